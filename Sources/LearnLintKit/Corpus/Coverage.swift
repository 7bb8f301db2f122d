import Foundation

/// What coverage counts: a required section, a vocabulary term or a concept.
public struct CoverageItem: Sendable, Hashable {
    public enum Kind: String, Sendable, CaseIterable {
        case section, term, concept
    }

    public var kind: Kind
    /// The section id, the canonical term, or the concept name.
    public var id: String
    /// What reports show: the section's title, else the id.
    public var title: String

    public init(kind: Kind, id: String, title: String? = nil) {
        self.kind = kind
        self.id = id
        self.title = title ?? id
    }

    /// `kind:id`, unique across kinds (a concept and a section may share an id).
    public var key: String { "\(kind.rawValue):\(id)" }
}

/// One contributor's row: their documents and, for every item, the documents that cover it.
public struct ContributorCoverage: Sendable {
    public var name: String
    /// The contributor's documents, sorted by path.
    public var documents: [String]
    /// Per item (in `CoverageReport.items` order), the documents covering it; empty when not covered.
    public var coveredIn: [[String]]
    /// Challenges found and paired with a solution, summed over the documents that record them
    /// (nil when no document does, i.e. no pairing rule ran).
    public var challenges: Int?
    public var challengesPaired: Int?
    /// Per item, its kind (same order as `coveredIn`): the score weighs each kind alike.
    public var itemKinds: [CoverageItem.Kind]

    public init(
        name: String, documents: [String], coveredIn: [[String]], challenges: Int? = nil, challengesPaired: Int? = nil,
        itemKinds: [CoverageItem.Kind] = []
    ) {
        self.name = name
        self.documents = documents
        self.coveredIn = coveredIn
        self.challenges = challenges
        self.challengesPaired = challengesPaired
        self.itemKinds = itemKinds
    }

    public func covers(_ itemIndex: Int) -> Bool {
        coveredIn.indices.contains(itemIndex) && !coveredIn[itemIndex].isEmpty
    }

    public var coveredCount: Int { coveredIn.filter { !$0.isEmpty }.count }

    /// The mean, over the item kinds present, of the share of that kind's items covered, from 0 to 1
    /// (0 when there are no items).
    ///
    /// Each kind weighs alike: the four required sections count as much as the dozens of terms a
    /// corpus mentions, so a document with every section does not score below one that lists more
    /// technologies but misses sections. Without kinds, the plain share of items covered.
    public var ratio: Double {
        guard !coveredIn.isEmpty else { return 0 }
        guard itemKinds.count == coveredIn.count else { return Double(coveredCount) / Double(coveredIn.count) }
        var shares: [Double] = []
        for kind in CoverageItem.Kind.allCases {
            let indices = itemKinds.indices.filter { itemKinds[$0] == kind }
            guard !indices.isEmpty else { continue }
            shares.append(Double(indices.filter(covers).count) / Double(indices.count))
        }
        return shares.reduce(0, +) / Double(shares.count)
    }

    /// The ratio as a percentage with one decimal, as every report prints it.
    public var score: Double { CoverageReport.percent(ratio) }
}

/// One item's column: how many contributors cover it.
public struct ItemCoverage: Sendable {
    public var item: CoverageItem
    public var coveredBy: Int
    /// `coveredBy` over the number of contributors, from 0 to 1 (0 with no contributors).
    public var ratio: Double
}

/// Contributors × items: who covered what, per-item totals and the overall score.
///
/// Definitions (also in docs/coverage.md):
/// - a contributor covers an item when at least one of their documents does;
/// - a contributor's score is the mean, over the item kinds (sections, terms, concepts), of the
///   percentage of that kind's items they cover;
/// - the overall ratio is the mean of the contributors' ratios; with no contributors or items it is 0;
/// - the run passes when the overall score (a percentage rounded to one decimal, as printed) is at
///   least `fail_under`, or when there is no `fail_under`.
public struct CoverageReport: Sendable {
    public var items: [CoverageItem]
    /// Sorted by name (case-insensitively, then byte order).
    public var contributors: [ContributorCoverage]
    public var documentCount: Int
    public var failUnder: Double?

    public init(items: [CoverageItem], contributors: [ContributorCoverage], documentCount: Int, failUnder: Double?) {
        self.items = items
        self.contributors = contributors
        self.documentCount = documentCount
        self.failUnder = failUnder
    }

    public var itemTotals: [ItemCoverage] {
        items.indices.map { index in
            let count = contributors.filter { $0.covers(index) }.count
            let ratio = contributors.isEmpty ? 0 : Double(count) / Double(contributors.count)
            return ItemCoverage(item: items[index], coveredBy: count, ratio: ratio)
        }
    }

    /// The mean of the contributors' ratios (0 with no contributors or no items).
    public var ratio: Double {
        guard !contributors.isEmpty, !items.isEmpty else { return 0 }
        return contributors.reduce(0) { $0 + $1.ratio } / Double(contributors.count)
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

    /// A 0–1 ratio as a percentage rounded to one decimal.
    public static func percent(_ ratio: Double) -> Double {
        (ratio * 1000).rounded() / 10
    }

    /// A 0–1 ratio rounded to four decimals, as JSON carries it.
    public static func rounded(_ ratio: Double) -> Double {
        (ratio * 10000).rounded() / 10000
    }

    /// `83.3%`, `100%`, `0%`: one decimal, none when it is zero.
    public static func formatPercent(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value))%" : String(format: "%.1f%%", value)
    }
}
