import FoundationEssentials
import LearnLintCore
import LearnLintRules

/// What coverage counts: a required section, a vocabulary term or a concept.
public struct CoverageItem: Sendable, Hashable {
    public enum Kind: String, Sendable, CaseIterable {
        case section, term, concept

        /// The heading reports give the kind's group of items.
        public var groupLabel: String {
            switch self {
            case .section: return "Required sections"
            case .term: return "Terms"
            case .concept: return "Concepts"
            }
        }
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
    /// The contributor's roster values (one per `CoverageReport.rosterColumns`); nil when there is
    /// no roster or the contributor is not on it.
    public var rosterValues: [String]?
    /// Near-duplicate findings of this run about the contributor's documents, one per pair.
    public var duplicates: [DuplicateFlag] = []
    /// This run's findings about the contributor's documents (messages and lines), in report order.
    public var findings: [FindingNote] = []

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

    /// Whether the contributor handed in anything (roster rows without a document have none).
    public var hasDocuments: Bool { !documents.isEmpty }

    /// Challenges found but not paired with a solution (0 when none were recorded).
    public var unpairedChallenges: Int { max(0, (challenges ?? 0) - (challengesPaired ?? 0)) }

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

    /// Per item kind present, in kind order: how many of its items are covered, and how many there are.
    public var kindShares: [(kind: CoverageItem.Kind, covered: Int, total: Int)] {
        CoverageItem.Kind.allCases.compactMap { kind in
            let indices = itemKinds.indices.filter { itemKinds[$0] == kind }
            return indices.isEmpty ? nil : (kind, indices.filter(covers).count, indices.count)
        }
    }

    /// The ratio as a percentage with one decimal, as every report prints it.
    public var score: Double { CoverageReport.percent(ratio) }
}

/// One item's column: how many contributors cover it.
public struct ItemCoverage: Sendable {
    public var item: CoverageItem
    public var coveredBy: Int
    /// `coveredBy` over the number of contributors with a document, from 0 to 1 (0 with none).
    public var ratio: Double
}

/// A finding as the coverage page lists it in a contributor's panel.
public struct FindingNote: Sendable, Hashable {
    public var path: String
    public var line: Int
    public var severity: Severity
    public var rule: String
    public var message: String

    public init(path: String, line: Int, severity: Severity, rule: String, message: String) {
        self.path = path
        self.line = line
        self.severity = severity
        self.rule = rule
        self.message = message
    }
}
