/// Everything a coverage reporter may print.
public struct CoverageReportInput: Sendable {
    public var report: CoverageReport
    /// The configuration's path as reports show it (`<built-in>` for the compiled-in rules).
    public var configurationSource: String
    /// Whether to colour the output (text only; the CLI decides from the terminal).
    public var colored: Bool

    public init(report: CoverageReport, configurationSource: String, colored: Bool = false) {
        self.report = report
        self.configurationSource = configurationSource
        self.colored = colored
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
