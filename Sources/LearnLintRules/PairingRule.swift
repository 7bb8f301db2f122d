import LearnLintCore

/// Kind `pairing`: every challenge in the challenges section has a solution, in whichever of the
/// common formats the author wrote them (see docs/pairing.md for the heuristics and their limits).
public struct PairingRule: DocumentRule {
    public static let description = PairingRuleExamples.description

    /// The kinds of finding the rule makes; `report:` chooses among them.
    public enum Problem: String, Sendable, CaseIterable {
        case unpairedChallenge = "unpaired-challenge"
        case orphanSolution = "orphan-solution"
        case countMismatch = "count-mismatch"
        case noChallenge = "no-challenge"
    }

    public let spec: RuleSpec
    public let section: String
    public let solutionsSection: String?
    public let report: Set<Problem>
    let vocabulary: PairingVocabulary
    /// The other configured sections: a subsection matching one of them is not part of the challenges.
    let foreignSections: [SectionSpec]

    public init(spec: RuleSpec, catalog: SectionCatalog) throws(ConfigurationError) {
        self.spec = spec
        let known = catalog.ids
        let sectionNode = spec["section"]
        let section = try sectionNode?.string() ?? "challenges"
        guard known.contains(section) else {
            throw .unknownSection(sectionNode?.location ?? spec.location, section, known: known)
        }
        self.section = section
        if let node = spec["solutions_section"] {
            let id = node.isNull ? "" : try node.string()
            guard id.isEmpty || known.contains(id) else { throw .unknownSection(node.location, id, known: known) }
            self.solutionsSection = id.isEmpty ? nil : id
        } else {
            self.solutionsSection = known.contains("solutions") ? "solutions" : nil
        }
        self.vocabulary = PairingVocabulary(
            lexicon: try PairingLexicon.read({ spec[$0] }, over: { .english }),
            heuristics: try PairingHeuristicSet.read(spec["disable"]))
        var report = Set(Problem.allCases)
        if let node = spec["report"] {
            report = []
            for item in try node.list() {
                let name = try item.string()
                guard let problem = Problem(rawValue: name) else {
                    throw .invalid(item.location, "unknown problem '\(name)'; valid: " + Problem.allCases.map(\.rawValue).joined(separator: ", "))
                }
                report.insert(problem)
            }
        }
        self.report = report
        let own = [section, solutionsSection].compactMap { $0 }
        self.foreignSections = catalog.specs.filter { !own.contains($0.id) }
    }

    public func check(_ context: RuleContext, facts: inout DocumentFacts) -> [Finding] {
        // No challenges section: the sections rule reports that; counts stay null ("not assessed").
        guard let indices = context.sections[section], !indices.isEmpty else { return [] }
        let document = context.document
        var findings: [Finding] = []
        var total = 0
        var paired = 0
        for index in indices where document.sections.indices.contains(index) {
            let analysis = analyse(section: index, in: context)
            total += analysis.outcome.challenges.count
            paired += analysis.outcome.paired.count
            findings += judge(analysis, section: index, in: context)
        }
        facts.challenges = total
        facts.challengesPaired = paired
        return findings
    }

    // MARK: - Private helpers

    private func judge(_ analysis: PairingAnalysis, section index: Int, in context: RuleContext) -> [Finding] {
        let (outcome, units, extraction, follower) = (analysis.outcome, analysis.units, analysis.extraction, analysis.solutions)
        let document = context.document
        let sectionTitle = document.sections[index].title
        var findings: [Finding] = []
        let data = FindingData(section: section)
        let challengeCount = outcome.challenges.count
        let solutionCount = units.filter { $0.kind == .solution && $0.separate }.count
        let split = follower.map { document.sections[$0].title }
        if challengeCount == 0 {
            let hasSolutions = units.contains { $0.kind == .solution }
            if report.contains(.noChallenge), !extraction.hasUnreadContent, !hasSolutions || split != nil,
                !document.isEmpty(section: index)
            {
                findings.append(
                    finding(
                        "section “\(sectionTitle)” names no challenge", in: context,
                        at: document.sections[index].titleRange, data: data.with { $0.problem = Problem.noChallenge.rawValue }))
            }
            if split != nil { return findings }
        }
        let splitPairing = split != nil && solutionCount > 0
        for challenge in outcome.challenges where !outcome.paired.contains(challenge) {
            let unit = units[challenge]
            // Beside a separate solutions section a listed challenge is one by position, whatever its wording.
            guard analysis.verdicts[challenge].reportable || (splitPairing && unit.format == .item) else { continue }
            var message = "challenge “\(unit.excerpt)” has no solution"
            var problem = Problem.unpairedChallenge
            if let split, splitPairing {
                problem = .countMismatch
                message += ": “\(sectionTitle)” lists \(challengeCount) challenges but “\(split)” lists \(solutionCount) solution\(solutionCount == 1 ? "" : "s") (paired by order)"
            }
            guard report.contains(problem) else { continue }
            findings.append(
                finding(
                    message, in: context, at: unit.range,
                    data: data.with { $0.problem = problem.rawValue; $0.challenge = unit.excerpt }))
        }
        if report.contains(.orphanSolution) {
            for orphan in outcome.orphans {
                let unit = units[orphan]
                findings.append(
                    finding(
                        "solution “\(unit.excerpt)” follows no challenge", in: context, at: unit.range,
                        data: data.with { $0.problem = Problem.orphanSolution.rawValue; $0.solution = unit.excerpt }))
            }
        }
        if report.contains(.countMismatch), let split, let first = outcome.surplus.first, challengeCount > 0 {
            let unit = units[first]
            findings.append(
                finding(
                    "solution “\(unit.excerpt)” has no challenge: “\(split)” lists \(solutionCount) solutions but “\(sectionTitle)” lists \(challengeCount) challenge\(challengeCount == 1 ? "" : "s") (paired by order)",
                    in: context, at: unit.range,
                    data: data.with { $0.problem = Problem.countMismatch.rawValue; $0.solution = unit.excerpt }))
        }
        return findings
    }

    /// The solutions section written right after a challenges section ("## Challenges Faced" then
    /// "## Solutions Implemented"); one further away is not assumed to answer it.
    private func followingSolutions(after index: Int, in context: RuleContext) -> Int? {
        guard let id = solutionsSection, let candidates = context.sections[id] else { return nil }
        let sections = context.document.sections
        let end = sections[index].endLine
        guard let next = sections.indices.first(where: { sections[$0].line > end && sections[$0].style != .boldItem })
        else { return nil }
        return candidates.contains(next) ? next : nil
    }

    /// The structural pass, then the one judgement, then pairing, for one challenges section.
    func analyse(section index: Int, in context: RuleContext) -> PairingAnalysis {
        let document = context.document
        var extractor = makeExtractor(document)
        extractor.read(section: index, context: .challenges, titleMayBeUnit: true)
        let own = extractor.result
        var units = own.units
        let follower = followingSolutions(after: index, in: context)
        if let follower {
            var reader = makeExtractor(document)
            reader.read(section: follower, context: .solutions, titleMayBeUnit: false)
            units += reader.result.units.filter { $0.kind == .solution }.map { unit in
                var separate = unit
                separate.separate = true
                return separate
            }
        }
        let settled = ChallengePairer.settle(units)
        let scorer = PairingScorer(
            vocabulary: vocabulary, solutionsPromised: extractor.solutionsPromised,
            separateSolutions: units.contains { $0.separate })
        let verdicts = settled.map(scorer.verdict(of:))
        return PairingAnalysis(
            units: settled, verdicts: verdicts, outcome: ChallengePairer.pair(settled, verdicts: verdicts),
            extraction: own, solutions: follower)
    }

    private func makeExtractor(_ document: Document) -> ChallengeExtractor {
        let foreign = foreignSections
        return ChallengeExtractor(document: document, vocabulary: vocabulary) { candidate in
            foreign.contains { $0.matches(candidate) }
        }
    }
}

/// One challenges section as the rule read it: units, their verdicts, and how they paired.
struct PairingAnalysis: Sendable {
    let units: [PairingUnit]
    let verdicts: [PairingVerdict]
    let outcome: ChallengePairer.Outcome
    let extraction: PairingExtraction
    /// The separate solutions section read with it, if any.
    let solutions: Int?
}
