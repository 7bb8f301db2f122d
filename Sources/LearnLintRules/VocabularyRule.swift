import LearnLintCore

/// Kind `vocabulary`: technology names written the canonical way (`GitHub Actions`, not `Github Actions`),
/// with a fix; unknown names in the technologies section reported as hints to grow the vocabulary.
public struct VocabularyRule: DocumentRule {
    public static let description = VocabularyRuleExamples.description

    /// What an accepted alias (`K8s`) gives: nothing, or an `info` finding.
    public enum AliasPolicy: String, Sendable {
        case ok, info
    }

    public let spec: RuleSpec
    public let vocabulary: Vocabulary
    public let matcher: TermMatcher
    public let aliases: AliasPolicy
    /// The section whose items are technologies and where ambiguous spellings count (nil: none).
    public let section: String?
    public let reportUnknown: Bool
    /// Near misspellings of known names (see `VocabularyRule+NearMisses.swift`), nil when switched off.
    public let nearMisses: NearMissIndex?

    public init(spec: RuleSpec, catalog: SectionCatalog) throws(ConfigurationError) {
        try spec.validateParameters(VocabularyRule.description.parameters)
        self.spec = spec
        self.vocabulary = try VocabularyRule.vocabulary(of: spec)
        self.matcher = TermMatcher(vocabulary: vocabulary)
        if let node = spec["aliases_are"] {
            let text = try node.string()
            guard let policy = AliasPolicy(rawValue: text) else {
                throw .invalid(node.location, "aliases_are must be ok or info, not '\(text)'")
            }
            self.aliases = policy
        } else {
            self.aliases = .ok
        }
        if let node = spec["section"] {
            let id = try node.string()
            guard catalog.ids.contains(id) else { throw .unknownSection(node.location, id, known: catalog.ids) }
            self.section = id
        } else {
            self.section = catalog.ids.contains("technologies") ? "technologies" : nil
        }
        self.reportUnknown = try spec["unknown"]?.bool() ?? true
        self.nearMisses = try spec["near_misses"]?.bool() ?? true ? NearMissIndex(vocabulary: vocabulary) : nil
    }

    /// Whether a text is only known names (`Docker and Kubernetes`, any spellings, ambiguous ones too)
    /// and the words that join them, or (near misses on) one near misspelling of a name.
    public var isNameListOnly: @Sendable (String) -> Bool {
        let matcher = self.matcher
        let index = self.nearMisses
        return { text in
            let tokens = TextTokens(text)
            let matches = matcher.matches(in: tokens, allowAmbiguous: true)
            if matches.isEmpty { return index.map { VocabularyRule.isNearMiss(text, index: $0) } ?? false }
            return tokens.words.allSatisfy { word in
                let range = word.start..<word.end
                return matches.contains { $0.range.overlaps(range) } || TermMatcher.wordJoiners.contains(tokens.folded(word))
                    || (index.map { VocabularyRule.isNearMiss(tokens.text(of: word), index: $0) } ?? false)
            }
        }
    }

    /// Whether a text names a known term (any spelling, ambiguous ones too) or, with near misses on,
    /// is a near misspelling of one.
    public var isKnownName: @Sendable (String) -> Bool {
        let matcher = self.matcher
        let index = self.nearMisses
        return { text in
            !matcher.matches(in: text, allowAmbiguous: true).isEmpty
                || (index.map { VocabularyRule.isNearMiss(text, index: $0) } ?? false)
        }
    }

    /// Line ranges sorted and merged, so `contains` can search them (a document repeating its
    /// technologies section thousands of times costs a binary search per prose run, not a scan).
    static func disjoint(_ ranges: [ClosedRange<Int>]) -> [ClosedRange<Int>] {
        var merged: [ClosedRange<Int>] = []
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = merged.last, range.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound...max(last.upperBound, range.upperBound)
            } else {
                merged.append(range)
            }
        }
        return merged
    }

    static func contains(_ disjoint: [ClosedRange<Int>], _ line: Int) -> Bool {
        let low = partitionPoint(disjoint.count) { disjoint[$0].upperBound < line }
        return low < disjoint.count && disjoint[low].contains(line)
    }

    public func check(_ context: RuleContext, facts: inout DocumentFacts) -> [Finding] {
        let document = context.document
        let sectionLines = VocabularyRule.disjoint(
            (section.flatMap { context.sections[$0] } ?? []).compactMap { index in
                document.sections.indices.contains(index)
                    ? document.sections[index].line...max(document.sections[index].line, document.sections[index].endLine) : nil
            })
        var findings: [Finding] = []
        var mentioned = Set(facts.terms)
        var spellings = facts.termSpellings ?? []
        var recorded: Set<[String]> = []
        let prose = document.prose
        for (runIndex, run) in document.proseRuns.enumerated() where prose.tokens.indices.contains(runIndex) {
            let line = document.lines.line(ofOffset: run.offset)
            let inSection = VocabularyRule.contains(sectionLines, line)
            let locator = RunLocator(run: run, document: document, line: line)
            var previous: TermMatcher.Match?
            var shouted: Bool?
            let tokens = prose.tokens[runIndex]
            let matches = matcher.matches(in: tokens, allowAmbiguous: inSection)
            if let nearMisses {
                for miss in VocabularyRule.nearMisses(in: tokens, mentions: matches, inSection: inSection, index: nearMisses) {
                    mentioned.insert(vocabulary.terms[miss.target.term].name)
                    let (bytes, exact) = locator.locate(miss.range)
                    let fix = exact ? Fix(range: fixRange(bytes, in: document), replacement: miss.target.spelling) : nil
                    findings.append(
                        finding(
                            "'\(miss.text)' → '\(miss.target.spelling)' (a near misspelling)", in: context,
                            at: sourceRange(bytes, in: document),
                            data: FindingData(
                                found: miss.text, expected: miss.target.spelling,
                                term: vocabulary.terms[miss.target.term].name, nearMiss: true),
                            fix: fix))
                }
            }
            for match in matches {
                defer { previous = match }
                // `PYTHON` in `## KEY TECHNOLOGIES` / `* PYTHON`: the author shouts everything, and the case
                // of a shouted word says nothing about how they spell the name.
                if case .variant(let expected) = match.status, VocabularyRule.isCapitalsOf(expected, match.text) {
                    let isShouted = shouted ?? VocabularyRule.isShouted(run, line: line, in: document)
                    shouted = isShouted
                    if isShouted {
                        mentioned.insert(vocabulary.terms[match.term].name)
                        continue
                    }
                }
                let name = vocabulary.terms[match.term].name
                mentioned.insert(name)
                let (bytes, exact) = locator.locate(match.range)
                let range = sourceRange(bytes, in: document)
                if recorded.insert([name, match.text]).inserted {
                    spellings.append(
                        TermSpelling(term: name, text: match.text, line: range.start.line, column: range.start.column))
                }
                if let finding = finding(
                    for: match, after: previous, in: run, range: range, fixable: exact ? bytes : nil, context: context)
                {
                    findings.append(finding)
                }
            }
        }
        if reportUnknown, let section, let indices = context.sections[section] {
            findings += unknownTechnologies(in: indices, context: context)
        }
        facts.terms = mentioned.sorted()
        // Like other recorded facts, present only when there is something to record.
        if !spellings.isEmpty { facts.termSpellings = spellings }
        return findings
    }

    // MARK: - Private helpers

    private func finding(
        for match: TermMatcher.Match, after previous: TermMatcher.Match?, in run: ProseRun, range: SourceRange,
        fixable: Range<Int>?, context: RuleContext
    ) -> Finding? {
        let name = vocabulary.terms[match.term].name
        switch match.status {
        case .canonical:
            return nil
        case .alias:
            guard aliases == .info, !explains(match, previous, in: run.text) else { return nil }
            var info = finding(
                "'\(match.text)' is an alias of '\(name)'", in: context, at: range,
                data: FindingData(found: match.text, term: name))
            info.severity = .info
            return info
        case .variant(let expected):
            // Joined to a neighbour (`redis-py`, `Jenkins/Github`): likely a package or path, not prose.
            guard !match.attached else { return nil }
            let fix = fixable.map { Fix(range: fixRange($0, in: context.document), replacement: expected) }
            return finding(
                "'\(match.text)' → '\(expected)'", in: context, at: range,
                data: FindingData(found: match.text, expected: expected, term: name),
                fix: fix)
        }
    }

    /// `MYSQL` for `MySQL`: the same letters, all capitals.
    static func isCapitalsOf(_ expected: String, _ text: String) -> Bool {
        text != expected && text.uppercased() == text && text.lowercased() == expected.lowercased()
    }

    /// Whether a run is shouted: no lower-case letters, and either more capital letters than one name
    /// or a section title that shouts too (a list of one-word items under `## KEY TECHNOLOGIES`).
    static func isShouted(_ run: ProseRun, line: Int, in document: Document) -> Bool {
        let letters = run.text.filter(\.isLetter)
        guard !letters.isEmpty, letters.allSatisfy({ !$0.isLowercase }) else { return false }
        if SpellingForm.isShouted(run.text) && run.text.split(separator: " ").count > 1 { return true }
        guard let index = document.sectionIndex(containing: line) else { return false }
        return SpellingForm.isShouted(SpellingForm.surface(document.sections[index].title))
    }

    /// `Kubernetes (K8s)`: an alias in parentheses right after its own term explains it.
    private func explains(_ match: TermMatcher.Match, _ previous: TermMatcher.Match?, in text: String) -> Bool {
        guard let previous, previous.term == match.term else { return false }
        let bytes = Array(text.utf8)
        guard previous.range.upperBound <= match.range.lowerBound, match.range.lowerBound <= bytes.count else {
            return false
        }
        let between = String(decoding: bytes[previous.range.upperBound..<match.range.lowerBound], as: UTF8.self)
        return between.trimmed == "("
    }

    /// `info` findings for the technologies section's items that name no known term.
    private func unknownTechnologies(in indices: [Int], context: RuleContext) -> [Finding] {
        let document = context.document
        var findings: [Finding] = []
        var reported: Set<String> = []
        // A near misspelling is reported as one, not also as an unknown name.
        let isKnown = isKnownName
        // `bash` in the list is the term `Bash` (case-sensitive, so not matched as written): a
        // known technology in another case, never one to add to rules.yaml.
        let vocabulary = self.vocabulary
        let isListed = { (text: String) in vocabulary.canonicalName(of: text) != nil }
        // A section nested here that is another section of the rules (`#### Challenges` under the
        // technologies, `1. Program Highlights` listing concepts under `## What I Learned`) holds no
        // technologies: its items are not names to look up.
        let nested = context.sections.filter { !indices.contains($0.value.first ?? -1) }.values.flatMap { $0 }
            .filter { !indices.contains($0) && document.sections.indices.contains($0) }
            .map { document.sections[$0].line...max(document.sections[$0].line, document.sections[$0].endLine) }
        for index in indices {
            for item in document.items(of: index) where !nested.contains(where: { $0.contains(item.range.start.line) }) {
                for name in TechnologyItemNames.names(of: item, in: document, isKnown: isKnown) where !isKnown(name.text) && !isListed(name.text) {
                    guard reported.insert(name.text.lowercased()).inserted else { continue }
                    var info = finding(
                        "unknown technology '\(name.text)': add it to rules.yaml terms", in: context,
                        at: position(of: name, in: document), data: FindingData(name: name.text))
                    info.severity = .info
                    findings.append(info)
                }
            }
        }
        return findings
    }

    /// Where a name is written in its block (its first occurrence), else the block's start.
    private func position(of name: TechnologyItemNames.Name, in document: Document) -> SourceRange {
        let bytes = document.lines.bytes
        let needle = Array(name.text.utf8)
        let block = name.block.byteRange.clamped(to: 0..<bytes.count)
        if !needle.isEmpty, block.count >= needle.count {
            for start in block.lowerBound...(block.upperBound - needle.count)
            where bytes[start] == needle[0] && bytes[start..<(start + needle.count)].elementsEqual(needle) {
                return sourceRange(start..<(start + needle.count), in: document)
            }
        }
        return SourceRange(at: name.block.range.start)
    }

    /// The inclusive range a finding reports for bytes `range`: first to last code point.
    private func sourceRange(_ range: Range<Int>, in document: Document) -> SourceRange {
        let lines = document.lines
        var last = max(range.lowerBound, range.upperBound - 1)
        while last > range.lowerBound, last < lines.bytes.count, lines.bytes[last] & 0xC0 == 0x80 { last -= 1 }
        return SourceRange(start: lines.position(ofOffset: range.lowerBound), end: lines.position(ofOffset: last))
    }

    /// The range a fix replaces: end exclusive.
    private func fixRange(_ range: Range<Int>, in document: Document) -> SourceRange {
        SourceRange(
            start: document.lines.position(ofOffset: range.lowerBound),
            end: document.lines.position(ofOffset: range.upperBound))
    }
}

/// Where a prose run's bytes are in the document: the run's own offset when it is exact, else an
/// alignment over escapes and entities (`C\#`, `&amp;`) from the start cmark reported.
private struct RunLocator {
    let run: ProseRun
    let literal: [UInt8]
    let source: [UInt8]
    let alignment: SourceAlignment?

    init(run: ProseRun, document: Document, line: Int) {
        self.run = run
        // Only an inexact run is aligned, and only alignment reads the literal's bytes.
        self.literal = run.isExact ? [] : Array(run.text.utf8)
        self.source = document.lines.bytes
        let limit = document.lines.byteRange(ofLine: line).upperBound
        self.alignment =
            run.isExact ? nil : SourceAlignment(literal: literal, source: source, start: run.offset, limit: limit)
    }

    /// The document bytes of a range of the run's text, and whether they are exactly that text.
    func locate(_ range: Range<Int>) -> (Range<Int>, Bool) {
        if run.isExact { return ((run.offset + range.lowerBound)..<(run.offset + range.upperBound), true) }
        if let mapped = alignment?.sourceRange(of: range, literal: literal, source: source) { return mapped }
        return ((run.offset + range.lowerBound)..<(run.offset + range.upperBound), false)
    }
}
