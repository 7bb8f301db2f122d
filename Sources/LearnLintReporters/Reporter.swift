import FoundationEssentials
import LearnLintCore
import LearnLintEngine

/// Everything a reporter may print: the result, the rules that ran, and where the configuration came from.
public struct ReportInput: Sendable {
    public var result: LintResult
    public var ruleSet: RuleSet
    /// The configuration's path as reports show it (`<built-in>` for the compiled-in rules).
    public var configurationSource: String
    /// Whether to colour the output (text reporter only; decided by the CLI from the terminal).
    public var colored: Bool
    /// When the run started (JUnit `timestamp`); the CLI honours `SOURCE_DATE_EPOCH` so reports can be
    /// reproducible. Nil prints the Unix epoch, keeping reporters pure.
    public var timestamp: Date?
    /// The lowest severity that fails the run (`--fail-on`; nil for `never`): reports that have a
    /// notion of failure (JUnit) fail only what the exit code fails.
    public var failingSeverity: Severity? = .error
    /// Whether the JSON report records `config_fingerprint` (shard reports do, so `merge` can refuse
    /// shards checked under another configuration).
    public var recordsConfigurationFingerprint = false

    public init(
        result: LintResult, ruleSet: RuleSet, configurationSource: String, colored: Bool = false, timestamp: Date? = nil,
        failingSeverity: Severity? = .error
    ) {
        self.failingSeverity = failingSeverity
        self.result = result
        self.ruleSet = ruleSet
        self.configurationSource = configurationSource
        self.colored = colored
        self.timestamp = timestamp
    }
}

/// The report formats of `check`.
public enum ReportFormat: String, Sendable, CaseIterable {
    case text, json, junit, sarif, github, markdown

    public var reporter: any Reporter {
        switch self {
        case .text: return TextReporter()
        case .json: return JSONReporter()
        case .junit: return JUnitReporter()
        case .sarif: return SARIFReporter()
        case .github: return GitHubReporter()
        case .markdown: return MarkdownReporter()
        }
    }
}

/// Turns a result into bytes: a pure function, one per file, checked against golden files.
public protocol Reporter: Sendable {
    func render(_ input: ReportInput) -> String
}
