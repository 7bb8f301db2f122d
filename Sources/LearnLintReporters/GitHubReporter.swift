import LearnLintCore
import LearnLintEngine

/// GitHub Actions workflow-command annotations: `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`.
///
/// Paths and messages come from documents, which anyone opening a pull request controls, so every value
/// is percent-escaped as the runner's parser expects: an escaped line can never end early, and so no
/// document can make the runner read a second command (`::add-mask::`, `::stop-commands::`…).
public struct GitHubReporter: Reporter {
    public init() {}

    public func render(_ input: ReportInput) -> String {
        var output = ""
        for finding in input.result.findings {
            output += GitHubReporter.command(for: finding) + "\n"
        }
        // A plain line of our own words: it cannot start with `::`, so the runner just logs it.
        output += TextReporter().summary(input.result) + "\n"
        return output
    }

    /// The annotation command for one finding (without the newline).
    public static func command(for finding: Finding) -> String {
        let properties: [(String, String)] = [
            ("file", finding.path),
            ("line", String(finding.range.start.line)),
            ("col", String(finding.range.start.column)),
            ("endLine", String(finding.range.end.line)),
            ("endColumn", String(finding.range.end.column)),
            ("title", "learnlint: \(finding.rule)"),
        ]
        let list = properties.map { "\($0.0)=\(escapeProperty($0.1))" }.joined(separator: ",")
        return "::\(command(for: finding.severity)) \(list)::\(escapeData(finding.message))"
    }

    /// The command name: `info` findings are `notice`s.
    public static func command(for severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .info: return "notice"
        }
    }

    /// Escapes a message: `%` first (so later escapes are not escaped again), then CR and LF.
    public static func escapeData(_ text: String) -> String {
        escape(ControlCharacters.escape(text, keepingLineBreaks: true), ["%": "%25", "\r": "%0D", "\n": "%0A"])
    }

    /// Escapes a property value: as data, plus `:` (which would end the properties) and `,` (which separates them).
    public static func escapeProperty(_ text: String) -> String {
        escape(ControlCharacters.escape(text, keepingLineBreaks: true), ["%": "%25", "\r": "%0D", "\n": "%0A", ":": "%3A", ",": "%2C"])
    }

    // MARK: - Private helpers

    /// One pass over the code points: equivalent to replacing `%` first, and immune to CRLF being one Character.
    private static func escape(_ text: String, _ table: [Unicode.Scalar: String]) -> String {
        var output = ""
        for scalar in text.unicodeScalars {
            if let replacement = table[scalar] { output += replacement } else { output.unicodeScalars.append(scalar) }
        }
        return output
    }
}
