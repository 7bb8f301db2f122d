/// GitHub-flavoured Markdown for `$GITHUB_STEP_SUMMARY` and pull-request comments: the verdict,
/// a per-item table, then the contributor × item table (item codes as in the text report).
public struct CoverageMarkdownReporter: CoverageReporter {
    public init() {}

    public func render(_ input: CoverageReportInput) -> String {
        let report = input.report
        let codes = CoverageTextReporter.codes(for: report.items)
        var output = "## learnlint coverage: \(CoverageReport.formatPercent(report.score))"
        if let failUnder = report.failUnder {
            output += report.passed ? " ✅ passed" : " ❌ failed"
            output += " (fail under \(CoverageReport.formatPercent(failUnder)))"
        }
        let counts = report.itemCounts.map { "\($0.count) \($0.kind.rawValue)\($0.count == 1 ? "" : "s")" }
        output += "\n\n\(report.contributors.count) contributors · \(report.documentCount) documents · "
        output += "\(report.items.count) items (\(counts.joined(separator: ", ")))\n"
        guard !report.items.isEmpty else { return output }

        output += "\n| code | item | kind | covered by | ratio |\n|---|---|---|---:|---:|\n"
        for (index, total) in report.itemTotals.enumerated() {
            output += "| \(codes[index]) | \(Self.escape(total.item.title)) | \(total.item.kind.rawValue) | "
            output += "\(total.coveredBy) / \(report.contributors.count) | \(CoverageReport.formatPercent(CoverageReport.percent(total.ratio))) |\n"
        }
        guard !report.contributors.isEmpty else { return output }

        var header = "| contributor | documents | score |"
        var rule = "|---|---:|---:|"
        for code in codes {
            header += " \(code) |"
            rule += ":-:|"
        }
        if report.hasChallenges {
            header += " challenges paired / found |"
            rule += "---:|"
        }
        output += "\n" + header + "\n" + rule + "\n"
        for contributor in report.contributors {
            var row = "| \(Self.escape(contributor.name)) | \(contributor.documents.count) | \(CoverageReport.formatPercent(contributor.score)) |"
            for index in report.items.indices { row += contributor.covers(index) ? " ✅ |" : " ❌ |" }
            if report.hasChallenges {
                row += contributor.challenges.map { " \(contributor.challengesPaired ?? 0) / \($0) |" } ?? " |"
            }
            output += row + "\n"
        }
        return output
    }

    /// Text for a table cell: no line breaks, and nothing that Markdown or HTML would interpret.
    static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "\\", "|", "*", "_", "`", "[", "]", "#", "~", "!": result += "\\" + String(character)
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "&": result += "&amp;"
            case "\n", "\r", "\r\n", "\t": result += " "
            default: result += ControlCharacters.escape(String(character))
            }
        }
        return result
    }
}
