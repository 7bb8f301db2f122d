import FoundationEssentials
import LearnLintEngine

/// Everything a coverage reporter may print.
public struct CoverageReportInput: Sendable {
    public var report: CoverageReport
    /// The configuration's path as reports show it (`<built-in>` for the compiled-in rules).
    public var configurationSource: String
    /// Whether to colour the output (text only; the CLI decides from the terminal).
    public var colored: Bool
    /// The text table's full contributor × item grid instead of the summary (`--wide`).
    public var wide: Bool
    /// When the report was made (the HTML page shows it); the CLI honours `SOURCE_DATE_EPOCH`.
    public var generated: Date?
    /// Prepended to document paths in the HTML page's links: the way from the page's folder to the
    /// working folder (`../` for `build/coverage.html`), empty when the page is written there.
    public var linkPrefix: String = ""

    public init(report: CoverageReport, configurationSource: String, colored: Bool = false, wide: Bool = false, generated: Date? = nil) {
        self.report = report
        self.configurationSource = configurationSource
        self.colored = colored
        self.wide = wide
        self.generated = generated
    }
}

/// Turns a coverage report into bytes: a pure function, one per file, checked against golden files.
public protocol CoverageReporter: Sendable {
    func render(_ input: CoverageReportInput) -> String
}

/// The report formats of `coverage`.
public enum CoverageFormat: String, Sendable, CaseIterable {
    case text, json, markdown, csv, html

    public var reporter: any CoverageReporter {
        switch self {
        case .text: return CoverageTextReporter()
        case .json: return CoverageJSONReporter()
        case .markdown: return CoverageMarkdownReporter()
        case .csv: return CoverageCSVReporter()
        case .html: return CoverageHTMLReporter()
        }
    }
}
