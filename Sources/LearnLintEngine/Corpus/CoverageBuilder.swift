import LearnLintCore
import LearnLintRules
import LearnLintConfiguration

/// A rule that can list the canonical terms it knows, so coverage shows terms nobody mentions yet.
///
/// The vocabulary kind adopts this; until then coverage's term items are the terms documents mention.
public protocol CoverageTermProvider {
    var canonicalTerms: [String] { get }
}

/// What a coverage run adds to the facts: the pass mark, the roster, a filter, the run's findings.
public struct CoverageOptions: Sendable {
    /// Overrides `coverage.fail_under` when given.
    public var failUnder: Double?
    public var roster: Roster?
    /// Overrides `coverage.group_by` when given.
    public var groupBy: String?
    /// Keep only the contributors whose roster `column` holds `value` (case-insensitively).
    public var only: (column: String, value: String)?
    /// The run's findings: near-duplicate flags and each contributor's findings panel come from them.
    public var findings: [Finding]

    public init(
        failUnder: Double? = nil, roster: Roster? = nil, groupBy: String? = nil, only: (column: String, value: String)? = nil,
        findings: [Finding] = []
    ) {
        self.failUnder = failUnder
        self.roster = roster
        self.groupBy = groupBy
        self.only = only
        self.findings = findings
    }
}

/// Builds a `CoverageReport` from per-document facts (and the run's findings) only, so `learnlint
/// merge` can build the same report from shard reports as `learnlint coverage` builds from one run.
public enum CoverageBuilder {
    /// Label for documents whose contributor is unknown and that sit in no folder.
    public static let unknownContributor = "(unknown)"

    /// The items the configuration defines, then the report over `facts`.
    ///
    /// `failUnder` (a percentage) overrides `coverage.fail_under` when given.
    public static func build(facts: [DocumentFacts], ruleSet: RuleSet, failUnder: Double? = nil) -> CoverageReport {
        build(facts: facts, ruleSet: ruleSet, options: CoverageOptions(failUnder: failUnder))
    }

    /// The report with a roster, grouping, a filter and the run's findings.
    public static func build(facts: [DocumentFacts], ruleSet: RuleSet, options: CoverageOptions) -> CoverageReport {
        let items = CoverageItemSelection.items(for: ruleSet, facts: facts)
        var report = build(facts: facts, items: items, failUnder: options.failUnder ?? ruleSet.configuration.coverage.failUnder)
        // Findings grouped by document once, so attaching them stays linear in findings + contributors.
        var findingsByPath: [String: [Finding]] = [:]
        for finding in options.findings { findingsByPath[finding.path, default: []].append(finding) }
        var owners: [String: String] = [:]
        for fact in facts { owners[fact.path] = contributorName(of: fact) }
        report.contributors = report.contributors.map { contributor in
            var contributor = contributor
            let own = contributor.documents.flatMap { findingsByPath[$0] ?? [] }
            contributor.findings = notes(own)
            contributor.duplicates = duplicateFlags(own, owners: owners)
            return contributor
        }
        if let roster = options.roster { apply(roster, to: &report, items: items) }
        report.groupBy = options.groupBy ?? ruleSet.configuration.coverage.groupBy
        if let groupBy = report.groupBy, !report.rosterColumns.contains(groupBy) { report.groupBy = nil }
        if let only = options.only {
            let wanted = Roster.key(only.value)
            let index = report.rosterColumns.firstIndex(of: only.column)
            report.contributors = report.contributors.filter { contributor in
                guard let index, let values = contributor.rosterValues, values.indices.contains(index) else { return false }
                return Roster.key(values[index]) == wanted
            }
            report.documentCount = report.contributors.reduce(0) { $0 + $1.documents.count }
            report.filter = "\(only.column)=\(only.value)"
        }
        return report
    }

    /// The report over `facts` for a given list of items.
    public static func build(facts: [DocumentFacts], items: [CoverageItem], failUnder: Double?) -> CoverageReport {
        var byContributor: [String: [DocumentFacts]] = [:]
        for fact in facts { byContributor[contributorName(of: fact), default: []].append(fact) }
        let contributors = sortedByName(byContributor.keys.map { name in
            contributor(name, documents: (byContributor[name] ?? []).sorted { $0.path < $1.path }, items: items)
        })
        return CoverageReport(items: items, contributors: contributors, documentCount: facts.count, failUnder: failUnder)
    }

    /// Whether one document covers an item, from its facts.
    public static func covers(_ fact: DocumentFacts, _ item: CoverageItem) -> Bool {
        guard fact.readable else { return false }
        switch item.kind {
        case .section: return fact.sections.contains(item.id)
        case .term: return fact.terms.contains(item.id)
        case .concept: return concepts(of: fact).contains(item.id)
        }
    }

    /// The concept names recorded in a document's facts (as a run or a shard report left them).
    public static func concepts(of fact: DocumentFacts) -> [String] {
        fact.concepts ?? []
    }

    /// The contributor a document counts for: its resolved name, else its folder, else “(unknown)”.
    public static func contributorName(of fact: DocumentFacts) -> String {
        if let name = fact.contributor?.trimmed, !name.isEmpty { return name }
        let parts = fact.path.split(separator: "/")
        if parts.count >= 2 { return String(parts[parts.count - 2]) }
        return unknownContributor
    }

    // MARK: - Private helpers

    private static func contributor(_ name: String, documents: [DocumentFacts], items: [CoverageItem]) -> ContributorCoverage {
        let coveredIn = items.map { item in documents.filter { covers($0, item) }.map(\.path) }
        let found = documents.compactMap(\.challenges)
        let paired = documents.compactMap(\.challengesPaired)
        return ContributorCoverage(
            name: name, documents: documents.map(\.path), coveredIn: coveredIn,
            challenges: found.isEmpty ? nil : saturatingSum(found),
            challengesPaired: paired.isEmpty ? nil : saturatingSum(paired), itemKinds: items.map(\.kind))
    }

    /// Counts may come from shard reports: a sum stops at `Int.max` instead of trapping.
    static func saturatingSum(_ counts: [Int]) -> Int {
        counts.reduce(0) { total, count in
            let (sum, overflow) = total.addingReportingOverflow(max(0, count))
            return overflow ? Int.max : sum
        }
    }

    private static func sortedByName(_ contributors: [ContributorCoverage]) -> [ContributorCoverage] {
        contributors.sorted { left, right in
            let (l, r) = (left.name.lowercased(), right.name.lowercased())
            return l == r ? left.name < right.name : l < r
        }
    }

    /// Roster names replace matching contributor names (the roster's spelling wins), roster rows
    /// without a document join as empty rows, and every row on the roster carries its values.
    private static func apply(_ roster: Roster, to report: inout CoverageReport, items: [CoverageItem]) {
        report.rosterSource = roster.source
        report.rosterColumns = roster.columns
        var seen: Set<String> = []
        var entries: [String: Roster.Entry] = [:]
        for entry in roster.entries { entries[Roster.key(entry.name)] = entry }
        var rows = report.contributors.map { contributor in
            var contributor = contributor
            if let entry = entries[Roster.key(contributor.name)] {
                contributor.name = entry.name
                contributor.rosterValues = entry.values
                seen.insert(Roster.key(entry.name))
            }
            return contributor
        }
        for entry in roster.entries where !seen.contains(Roster.key(entry.name)) {
            var row = ContributorCoverage(
                name: entry.name, documents: [], coveredIn: items.map { _ in [] }, itemKinds: items.map(\.kind))
            row.rosterValues = entry.values
            rows.append(row)
        }
        report.contributors = sortedByName(rows)
    }

    /// The findings as the page's panel lists them, in report order.
    private static func notes(_ findings: [Finding]) -> [FindingNote] {
        findings.sorted(by: Finding.reportOrder).map { finding in
            FindingNote(
                path: finding.path, line: finding.range.start.line, severity: finding.severity, rule: finding.rule,
                message: finding.message)
        }
    }

    /// One flag per twin of a near-duplicate finding (kind `duplicates`).
    private static func duplicateFlags(_ findings: [Finding], owners: [String: String]) -> [DuplicateFlag] {
        var flags: [DuplicateFlag] = []
        for finding in findings where finding.kind == DuplicatesRule.description.kind {
            for twin in finding.related {
                // The closest twin's similarity is in the finding's data; the others only in their messages.
                let exact = finding.data.twin == twin.path ? finding.data.similarity : nil
                let similarity = exact ?? DuplicateFlag.similarity(in: twin.message) ?? 0
                let flag = DuplicateFlag(
                    path: finding.path, twin: twin.path, twinContributor: owners[twin.path] ?? twin.path, similarity: similarity)
                if !flags.contains(where: { $0.path == flag.path && $0.twin == flag.twin }) { flags.append(flag) }
            }
        }
        return flags.sorted { ($0.path, $0.twin) < ($1.path, $1.twin) }
    }
}
