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
///
/// A value type whose fields live in one shared, copy-on-write box: a finding is copied from the rule's
/// list to the document's, through suppressions, into the run's list and the sort's buffer, and each of
/// those copies is now one reference instead of the ~200 bytes of fields (a document full of findings
/// held several copies of each at its peak; docs/robustness.md has the figures).
public struct Finding: Sendable {
    /// The fields. Only reached through `storage` (read) and `uniqueStorage()` (write), so a box is
    /// never written while another finding holds it: copies stay independent values, hence Sendable.
    private final class Storage: @unchecked Sendable {
        var rule: String
        var kind: String
        var severity: Severity
        var message: String
        var path: String
        var range: SourceRange
        var contributor: String?
        var data: FindingData
        var fix: Fix?
        var related: [RelatedLocation]

        init(
            rule: String, kind: String, severity: Severity, message: String, path: String, range: SourceRange,
            contributor: String?, data: FindingData, fix: Fix?, related: [RelatedLocation]
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

        func copy() -> Storage {
            Storage(
                rule: rule, kind: kind, severity: severity, message: message, path: path, range: range,
                contributor: contributor, data: data, fix: fix, related: related)
        }
    }

    private var storage: Storage

    private mutating func uniqueStorage() -> Storage {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        return storage
    }

    public var rule: String {
        get { storage.rule }
        set { uniqueStorage().rule = newValue }
    }
    public var kind: String {
        get { storage.kind }
        set { uniqueStorage().kind = newValue }
    }
    public var severity: Severity {
        get { storage.severity }
        // The linter sets every finding's configured severity while the rule's list still holds it:
        // setting the one it has must not copy the box.
        set { if storage.severity != newValue { uniqueStorage().severity = newValue } }
    }
    public var message: String {
        get { storage.message }
        set { uniqueStorage().message = newValue }
    }
    public var path: String {
        get { storage.path }
        set { uniqueStorage().path = newValue }
    }
    public var range: SourceRange {
        get { storage.range }
        set { uniqueStorage().range = newValue }
    }
    public var contributor: String? {
        get { storage.contributor }
        set { uniqueStorage().contributor = newValue }
    }
    /// Machine-readable details (`section`, `found`, `expected`…), printed in JSON and SARIF.
    public var data: FindingData {
        get { storage.data }
        set { uniqueStorage().data = newValue }
    }
    public var fix: Fix? {
        get { storage.fix }
        set { uniqueStorage().fix = newValue }
    }
    public var related: [RelatedLocation] {
        get { storage.related }
        set { uniqueStorage().related = newValue }
    }

    public init(
        rule: String, kind: String, severity: Severity, message: String, path: String, range: SourceRange,
        contributor: String? = nil, data: FindingData = FindingData(), fix: Fix? = nil,
        related: [RelatedLocation] = []
    ) {
        storage = Storage(
            rule: rule, kind: kind, severity: severity, message: message, path: path, range: range,
            contributor: contributor, data: data, fix: fix, related: related)
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
