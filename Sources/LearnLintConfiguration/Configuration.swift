import LearnLintCore
import LearnLintRules

/// A loaded, validated rules.yaml (with its `extends` applied).
public struct Configuration: Sendable {
    /// Where the configuration came from: a path, or `<built-in>`.
    public var source: String
    /// The folder relative paths in the file (globs, extends) are resolved against.
    public var baseDirectory: String
    public var documents: DocumentSelection
    public var contributors: [ContributorSource]
    public var overrides: [Override]
    public var rules: [RuleSpec]
    public var coverage: CoverageSettings
    /// Concepts for coverage, matched like vocabulary terms.
    public var concepts: [YAMLNode]
    /// A hash of the text of every rules file this configuration was read from (`extends` included), so
    /// `merge` can tell shard reports written under another configuration; empty when built in code.
    public var fingerprint = ""

    public init(
        source: String, baseDirectory: String, documents: DocumentSelection = DocumentSelection(),
        contributors: [ContributorSource] = ContributorSource.defaults, overrides: [Override] = [],
        rules: [RuleSpec] = [], coverage: CoverageSettings = CoverageSettings(), concepts: [YAMLNode] = []
    ) {
        self.source = source
        self.baseDirectory = baseDirectory
        self.documents = documents
        self.contributors = contributors
        self.overrides = overrides
        self.rules = rules
        self.coverage = coverage
        self.concepts = concepts
    }
}

/// Which files are learnings documents. Its globs ignore the case of ASCII letters: GitHub renders
/// `readme.md` and `Readme.md` as a repository's README, and macOS and Windows treat them as one name.
public struct DocumentSelection: Sendable {
    public var include: [PathGlob]
    public var exclude: [PathGlob]
    public var maxBytes: Int

    public init(
        include: [PathGlob] = [.ignoringCase("**/README.md"), .ignoringCase("**/LEARNINGS.md")],
        exclude: [PathGlob] = [.ignoringCase(".build/**"), .ignoringCase("**/node_modules/**")],
        maxBytes: Int = 1_048_576
    ) {
        self.include = include
        self.exclude = exclude
        self.maxBytes = maxBytes
    }

    /// Whether a relative path is selected by the globs.
    public func selects(_ path: String) -> Bool {
        include.contains { $0.matches(path) } && !exclude.contains { $0.matches(path) }
    }
}

/// One way of naming a document's contributor; the first that yields a name wins.
public enum ContributorSource: Sendable, Equatable {
    case frontMatter(key: String)
    case path(PathGlob)
    case git
    case folder

    public static let defaults: [ContributorSource] = [.frontMatter(key: "author"), .folder]
}

/// Per-glob rule changes (`overrides: [{files: [...], rules: {id: off}}]`).
public struct Override: Sendable {
    public var files: [PathGlob]
    public var rules: [(id: String, setting: SeveritySetting, location: ConfigLocation)]

    public init(files: [PathGlob], rules: [(id: String, setting: SeveritySetting, location: ConfigLocation)]) {
        self.files = files
        self.rules = rules
    }
}

/// The `coverage:` block: which rules and items coverage counts, the roster, and the pass mark.
public struct CoverageSettings: Sendable {
    public var sectionsRule: String?
    /// `coverage.terms`: ids of vocabulary rules (their terms are candidates) or canonical terms (always items).
    public var termRules: [String]
    /// `coverage.concepts`: the concepts that count (nil: every top-level concept).
    public var conceptNames: [String]?
    /// Where each name of `conceptNames` was written, for "unknown concept" messages.
    public var conceptReferences: [(name: String, location: ConfigLocation)] = []
    /// `coverage.min_share` (0–1): a rule's term becomes an item only when at least this share of the
    /// contributors with a document mention it (terms named in `coverage.terms` always are).
    public var minShare: Double?
    /// `coverage.roster`: the roster file, resolved against the rules file's folder.
    public var roster: String?
    /// `coverage.group_by`: the roster column reports group and subtotal by.
    public var groupBy: String?
    public var failUnder: Double?
    /// Where each referenced rule id was written, for "unknown rule id" messages.
    public var references: [(id: String, location: ConfigLocation)] = []
    /// Where each `coverage.terms` entry was written (a rule id or a term).
    public var termReferences: [(id: String, location: ConfigLocation)] = []

    public init(sectionsRule: String? = nil, termRules: [String] = [], failUnder: Double? = nil) {
        self.sectionsRule = sectionsRule
        self.termRules = termRules
        self.failUnder = failUnder
    }
}
