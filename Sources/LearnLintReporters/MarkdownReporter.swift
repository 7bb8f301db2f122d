import LearnLintCore
import LearnLintEngine

/// A Markdown summary for `$GITHUB_STEP_SUMMARY` and pull-request comments: totals, a table of
/// documents, and a table of findings.
///
/// Every piece of document-derived text is escaped (markup characters get a backslash, line
/// breaks become spaces), so a path or message cannot close a table cell, start a link or an image,
/// inject HTML, or @-mention anyone. Long runs are cut at `maximumFindings` rows: GitHub limits a step
/// summary to 1 MiB.
public struct MarkdownReporter: Reporter {
    public var maximumFindings: Int

    public init(maximumFindings: Int = 500) {
        self.maximumFindings = maximumFindings
    }

    public func render(_ input: ReportInput) -> String {
        let result = input.result
        var output = "## learnlint\n\n"
        let status = result.count(.error) > 0 ? "❌" : result.findings.isEmpty ? "✅" : "⚠️"
        output += "\(status) " + MarkdownReporter.escape(TextReporter().summary(result)) + "\n\n"
        guard !result.documents.isEmpty || !result.findings.isEmpty else { return output }

        output += "| document | contributor | errors | warnings | infos |\n|---|---|--:|--:|--:|\n"
        for path in paths(result) {
            let own = result.findings.filter { $0.path == path }
            let contributor = result.documents.first { $0.path == path }?.contributor ?? ""
            let counts = Severity.allCases.reversed().map { severity in
                String(own.filter { $0.severity == severity }.count)
            }
            output += "| \(MarkdownReporter.escape(path)) | \(MarkdownReporter.escape(contributor)) | "
            output += counts.joined(separator: " | ") + " |\n"
        }
        guard !result.findings.isEmpty else { return output }

        output += "\n| severity | location | rule | message |\n|---|---|---|---|\n"
        for finding in result.findings.prefix(maximumFindings) {
            let location = "\(finding.path):\(finding.range.start.line):\(finding.range.start.column)"
            output +=
                "| \(MarkdownReporter.icon(finding.severity)) \(finding.severity.rawValue) | \(MarkdownReporter.escape(location)) | "
            output += "\(MarkdownReporter.escape(finding.rule)) | \(MarkdownReporter.escape(finding.message)) |\n"
        }
        if result.findings.count > maximumFindings {
            output += "\n… and \(result.findings.count - maximumFindings) more findings (see the full report).\n"
        }
        return output
    }

    /// Escapes text for a table cell: a backslash before every markup character (GFM treats it as
    /// literal then), line breaks and tabs as spaces, other control and bidi characters as `\u{…}`.
    public static func escape(_ text: String) -> String {
        var output = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\r", "\n", "\t", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}": output += " "
            default:
                if asciiPunctuation.contains(scalar) { output += "\\" }
                // Other controls and bidi overrides: shown as `\u{…}`, never raw.
                if ControlCharacters.isUnsafe(scalar) {
                    output += ControlCharacters.escape(String(scalar))
                    continue
                }
                output.unicodeScalars.append(scalar)
            }
        }
        return output
    }

    // MARK: - Private helpers

    /// The ASCII punctuation (all backslash-escapable in CommonMark) that can start markup in a table
    /// cell on GitHub: emphasis, code, links and images, HTML and entities, cell ends, strikethrough,
    /// math, @-mentions and #-references. Others (`/ - . , : ;`) stay bare so the raw text reads well.
    private static let asciiPunctuation = Set("\\`*_[]()<>{}|&@#!~$".unicodeScalars)

    private static func icon(_ severity: Severity) -> String {
        switch severity {
        case .error: return "❌"
        case .warning: return "⚠️"
        case .info: return "ℹ️"
        }
    }

    /// Documents in report order, then any path only a finding names.
    private func paths(_ result: LintResult) -> [String] {
        var paths = result.documents.map(\.path)
        for finding in result.findings where !paths.contains(finding.path) { paths.append(finding.path) }
        return paths
    }
}
