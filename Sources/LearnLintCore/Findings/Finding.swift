/// How serious a finding is; ordered so that `error > warning > info`.
public enum Severity: String, Sendable, Codable, CaseIterable, Comparable {
    case info, warning, error

    private var rank: Int {
        switch self {
        case .info: return 0
        case .warning: return 1
        case .error: return 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// A replacement that repairs a finding: `range` (code points, end exclusive) becomes `replacement`.
public struct Fix: Sendable, Hashable {
    public var range: SourceRange
    public var replacement: String

    public init(range: SourceRange, replacement: String) {
        self.range = range
        self.replacement = replacement
    }
}

/// Another place a finding refers to (the twin of a near-duplicate, the first of a duplicated section).
public struct RelatedLocation: Sendable, Hashable {
    public var path: String
    public var range: SourceRange
    public var message: String

    public init(path: String, range: SourceRange, message: String) {
        self.path = path
        self.range = range
        self.message = message
    }
}

/// One problem found by one rule: the single model every rule produces and every reporter prints.
public struct Finding: Sendable {
    public var rule: String
    public var kind: String
    public var severity: Severity
    public var message: String
    public var path: String
    public var range: SourceRange
    public var contributor: String?
    /// Machine-readable details (`section`, `found`, `expected`…), printed in JSON and SARIF.
    public var data: FindingData
    public var fix: Fix?
    public var related: [RelatedLocation]

    public init(
        rule: String, kind: String, severity: Severity, message: String, path: String, range: SourceRange,
        contributor: String? = nil, data: FindingData = FindingData(), fix: Fix? = nil,
        related: [RelatedLocation] = []
    ) {
        self.rule = rule
        self.kind = kind
        self.severity = severity
        self.message = message
        self.path = path
        self.range = range
        self.contributor = contributor
        self.data = data
        self.fix = fix
        self.related = related
    }

    /// The order reports list findings in: by path, position, then rule. Findings of one rule at one
    /// place keep the order the rule gave them (Swift's sort is stable): missing sections come in the
    /// configured order, not alphabetically.
    public static func reportOrder(_ a: Finding, _ b: Finding) -> Bool {
        if a.path != b.path { return a.path < b.path }
        if a.range.start != b.range.start { return a.range.start < b.range.start }
        return a.rule < b.rule
    }

    /// `reportOrder`, then the message: a total order for findings whose production order carries no
    /// meaning (corpus rules), so reports stay deterministic.
    public static func totalOrder(_ a: Finding, _ b: Finding) -> Bool {
        if reportOrder(a, b) { return true }
        if reportOrder(b, a) { return false }
        return a.message < b.message
    }
}
