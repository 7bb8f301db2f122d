import Foundation

/// One header row and one row per contributor (RFC 4180: CRLF line ends, fields quoted when they
/// hold a comma, quote or line break, quotes doubled). Item columns are named by item key
/// (`section:technologies`) and hold 1 (covered) or 0.
///
/// A field that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, tab or
/// carriage return) is prefixed with `'`, so opening the file cannot execute document text.
public struct CoverageCSVReporter: CoverageReporter {
    public init() {}

    public func render(_ input: CoverageReportInput) -> String {
        let report = input.report
        var header = ["contributor", "documents", "score"] + report.items.map(\.key)
        if report.hasChallenges { header += ["challenges_found", "challenges_paired"] }
        var output = line(header)
        for contributor in report.contributors {
            var fields = [contributor.name, contributor.documents.joined(separator: ";"), number(contributor.score)]
            fields += report.items.indices.map { contributor.covers($0) ? "1" : "0" }
            if report.hasChallenges {
                fields += [contributor.challenges.map(String.init) ?? "", contributor.challengesPaired.map(String.init) ?? ""]
            }
            output += line(fields)
        }
        return output
    }

    static func field(_ text: String) -> String {
        // Line breaks are CSV's to quote; every other control (ESC, bidi overrides) is shown as `\u{…}`.
        var value = ControlCharacters.escape(text, keepingLineBreaks: true)
        if let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) { value = "'" + value }
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    // MARK: - Private helpers

    private func line(_ fields: [String]) -> String {
        fields.map(CoverageCSVReporter.field).joined(separator: ",") + "\r\n"
    }

    private func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
