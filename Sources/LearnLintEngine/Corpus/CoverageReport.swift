import FoundationEssentials
import LearnLintRules

/// Contributors × items: who covered what, who handed nothing in, per-item totals and the overall score.
///
/// Definitions (also in docs/coverage.md):
/// - a contributor covers an item when at least one of their documents does;
/// - a contributor's score is the mean, over the item kinds (sections, terms, concepts), of the
///   percentage of that kind's items they cover;
/// - roster rows without a document are listed, never scored: totals, ratios and the overall score
///   are over the contributors with a document;
/// - the overall ratio is the mean of those contributors' ratios; with none, or no items, it is 0;
/// - the run passes when the overall score (a percentage rounded to one decimal, as printed) is at
///   least `fail_under`, or when there is no `fail_under`.
public struct CoverageReport: Sendable {
    public var items: [CoverageItem]
    /// Sorted by name (case-insensitively, then byte order); roster rows without a document included.
    public var contributors: [ContributorCoverage]
    public var documentCount: Int
    public var failUnder: Double?
    /// The roster's file and extra columns, when a roster was given.
    public var rosterSource: String?
    public var rosterColumns: [String] = []
    /// The roster column reports group by (one of `rosterColumns`).
    public var groupBy: String?
    /// A `column=value` filter the report was restricted to, as reports show it.
    public var filter: String?
    /// Side-by-side comparisons of the near-duplicate pairs, when their texts could be read.
    public var comparisons: [DocumentComparison] = []

    public init(items: [CoverageItem], contributors: [ContributorCoverage], documentCount: Int, failUnder: Double?) {
        self.items = items
        self.contributors = contributors
        self.documentCount = documentCount
        self.failUnder = failUnder
    }

    /// The contributors with at least one document: the ones scores and totals are over.
    public var scored: [ContributorCoverage] { contributors.filter(\.hasDocuments) }

    /// Roster rows without a document.
    public var missing: [ContributorCoverage] { contributors.filter { !$0.hasDocuments } }

    /// Contributors with documents who are not on the roster (none without a roster).
    public var unexpected: [ContributorCoverage] {
        rosterSource == nil ? [] : contributors.filter { $0.hasDocuments && $0.rosterValues == nil }
    }

    /// Contributors with documents whose score is below the pass mark.
    public var belowPass: [ContributorCoverage] {
        guard let failUnder else { return [] }
        return scored.filter { $0.score < failUnder }
    }

    /// Whether a contributor with documents is below the pass mark.
    public func isBelowPass(_ contributor: ContributorCoverage) -> Bool {
        guard let failUnder, contributor.hasDocuments else { return false }
        return contributor.score < failUnder
    }

    /// Every near-duplicate pair once (the pair's first path sorts first).
    public var duplicatePairs: [DuplicateFlag] {
        var seen: Set<String> = []
        var pairs: [DuplicateFlag] = []
        for flag in contributors.flatMap(\.duplicates) {
            let key = [flag.path, flag.twin].sorted().joined(separator: "\n")
            if seen.insert(key).inserted { pairs.append(flag) }
        }
        return pairs
    }

    public var itemTotals: [ItemCoverage] {
        let scored = scored
        return items.indices.map { index in
            let count = scored.filter { $0.covers(index) }.count
            let ratio = scored.isEmpty ? 0 : Double(count) / Double(scored.count)
            return ItemCoverage(item: items[index], coveredBy: count, ratio: ratio)
        }
    }

    /// The mean of the scored contributors' ratios (0 with none or no items).
    public var ratio: Double {
        let scored = scored
        guard !scored.isEmpty, !items.isEmpty else { return 0 }
        return scored.reduce(0) { $0 + $1.ratio } / Double(scored.count)
    }

    /// The overall ratio as a percentage with one decimal.
    public var score: Double { CoverageReport.percent(ratio) }

    public var passed: Bool {
        guard let failUnder else { return true }
        return score >= failUnder
    }

    /// How many items of each kind there are, in kind order.
    public var itemCounts: [(kind: CoverageItem.Kind, count: Int)] {
        CoverageItem.Kind.allCases.map { kind in (kind, items.filter { $0.kind == kind }.count) }
    }

    /// Whether any contributor has challenge counts (reports show the columns only then).
    public var hasChallenges: Bool { contributors.contains { $0.challenges != nil } }

    // MARK: - Groups

    /// A contributor's value of the `groupBy` column: `(not on the roster)` off the roster, `(none)` when empty.
    public func group(of contributor: ContributorCoverage) -> String? {
        guard let groupBy, let index = rosterColumns.firstIndex(of: groupBy) else { return nil }
        guard let values = contributor.rosterValues else { return CoverageReport.offRosterGroup }
        let value = values.indices.contains(index) ? values[index] : ""
        return value.isEmpty ? "(none)" : value
    }

    public static let offRosterGroup = "(not on the roster)"

    /// The groups in order (sorted, the off-roster group last), each with its contributors.
    public var groups: [(name: String, contributors: [ContributorCoverage])] {
        guard groupBy != nil else { return [] }
        var byName: [String: [ContributorCoverage]] = [:]
        for contributor in contributors { byName[group(of: contributor) ?? "", default: []].append(contributor) }
        let names = byName.keys.sorted { a, b in
            (a == CoverageReport.offRosterGroup ? 1 : 0, a.lowercased(), a) < (b == CoverageReport.offRosterGroup ? 1 : 0, b.lowercased(), b)
        }
        return names.map { ($0, byName[$0] ?? []) }
    }

    /// The mean score of the contributors with documents among `contributors` (nil with none).
    public static func meanScore(_ contributors: [ContributorCoverage]) -> Double? {
        let scored = contributors.filter(\.hasDocuments)
        guard !scored.isEmpty else { return nil }
        return percent(scored.reduce(0) { $0 + $1.ratio } / Double(scored.count))
    }

    // MARK: - Numbers

    /// A 0–1 ratio as a percentage rounded to one decimal.
    public static func percent(_ ratio: Double) -> Double {
        (ratio * 1000).rounded() / 10
    }

    /// A 0–1 ratio rounded to four decimals, as JSON carries it.
    public static func rounded(_ ratio: Double) -> Double {
        (ratio * 10000).rounded() / 10000
    }

    /// `83.3%`, `100.0%`, `0.0%`: always one decimal, so numbers line up and read alike in every format.
    public static func formatPercent(_ value: Double) -> String {
        formatNumber(value) + "%"
    }

    /// `83.3`, `100.0`: one decimal (CSV's score, and every percentage without its sign).
    public static func formatNumber(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        return "\(sign)\(abs(tenths) / 10).\(abs(tenths) % 10)"
    }
}
