import LearnLintCore
import LearnLintConfiguration
import LearnLintEngine

/// `path:line:col: severity: message [rule-id]` lines, then a summary line; coloured on a terminal.
public struct TextReporter: Reporter {
    public init() {}

    public func render(_ input: ReportInput) -> String {
        let result = input.result
        var output = ""
        for finding in result.findings {
            // Paths, messages and rule ids carry document and folder text: no control character is
            // written raw (a newline in a folder name would forge a finding line).
            let location = "\(ControlCharacters.escape(finding.path)):\(finding.range.start.line):\(finding.range.start.column)"
            let severity = finding.severity.rawValue
            let message = ControlCharacters.escape(finding.message), rule = ControlCharacters.escape(finding.rule)
            if input.colored {
                output += "\(ANSI.bold)\(location)\(ANSI.reset): \(ANSI.color(for: finding.severity))\(severity)\(ANSI.reset): "
                output += "\(message) \(ANSI.dim)[\(rule)]\(ANSI.reset)\n"
            } else {
                output += "\(location): \(severity): \(message) [\(rule)]\n"
            }
        }
        output += summary(result, rules: input.configurationSource) + "\n"
        return output
    }

    /// `2 documents checked against rules.yaml: 1 error, 3 warnings, 0 infos.` (or that there were no
    /// problems): which rules file judged them is the first question when a result surprises.
    /// Without `source` (one-line summaries in other formats) the rules file is not named.
    public func summary(_ result: LintResult, rules source: String? = nil) -> String {
        var documents = plural(result.documents.count, "document") + " checked"
        if let source { documents += " against " + (source == ConfigurationLoader.builtInSource ? "the built-in rules" : source) }
        if result.findings.isEmpty { return "\(documents): no problems." }
        let counts = [
            plural(result.count(.error), "error"), plural(result.count(.warning), "warning"),
            plural(result.count(.info), "info"),
        ]
        return "\(documents): " + counts.joined(separator: ", ") + "."
    }

    private func plural(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }
}

/// The few terminal escape codes the text formats use.
enum ANSI {
    static let reset = "\u{1B}[0m"
    static let bold = "\u{1B}[1m"
    static let dim = "\u{1B}[2m"

    static func color(for severity: Severity) -> String {
        switch severity {
        case .error: return "\u{1B}[31m"
        case .warning: return "\u{1B}[33m"
        case .info: return "\u{1B}[36m"
        }
    }
}
