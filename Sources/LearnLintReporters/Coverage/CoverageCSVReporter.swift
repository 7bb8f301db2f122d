import LearnLintCore
import LearnLintEngine

/// One header row and one row per contributor, roster rows without a document included (RFC 4180:
/// CRLF line ends, fields quoted when they hold a comma, quote or line break, quotes doubled).
///
/// Every row has every column: `contributor`, the roster's columns, `on_roster`, `status`,
/// `documents` (a count, as in every format), `score` (one decimal; empty without a document),
/// `missing_sections` and `flags` (`;`-separated), one column per item key holding 1 or 0, then
/// `challenges_found`, `challenges_paired` when recorded.
///
/// A field that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, tab or
/// carriage return) is prefixed with `'`, so opening the file cannot execute document text.
public struct CoverageCSVReporter: CoverageReporter {
    public init() {}

    public func render(_ input: CoverageReportInput) -> String {
        let report = input.report
        var header = ["contributor"] + report.rosterColumns
        if report.rosterSource != nil { header.append("on_roster") }
        header += ["status", "documents", "score", "missing_sections", "flags"] + report.items.map(\.key)
        if report.hasChallenges { header += ["challenges_found", "challenges_paired"] }
        var output = line(header)
        for contributor in report.contributors {
            var fields = [contributor.name]
            fields += report.rosterColumns.indices.map { index in
                contributor.rosterValues.map { $0.indices.contains(index) ? $0[index] : "" } ?? ""
            }
            if report.rosterSource != nil { fields.append(contributor.rosterValues == nil ? "0" : "1") }
            fields += [
                report.status(of: contributor), String(contributor.documents.count),
                contributor.hasDocuments ? CoverageReport.formatNumber(contributor.score) : "",
                report.missingSections(of: contributor).map(\.id).joined(separator: ";"),
                report.flags(of: contributor).joined(separator: ";"),
            ]
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
        return "\"" + value.replacingEach("\"", with: "\"\"") + "\""
    }

    // MARK: - Private helpers

    private func line(_ fields: [String]) -> String {
        fields.map(CoverageCSVReporter.field).joined(separator: ",") + "\r\n"
    }
}
