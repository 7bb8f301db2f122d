import LearnLintEngine
import LearnLintRules

/// GitHub-flavoured Markdown for `$GITHUB_STEP_SUMMARY` and pull-request comments: the verdict, who
/// needs help (no document, not on the roster, below the pass mark, near-duplicates), a summary
/// table of contributors (grouped by the roster column when asked), the items in labelled groups,
/// and the full contributor × item grid folded in a `<details>` block.
public struct CoverageMarkdownReporter: CoverageReporter {
    public init() {}

    public func render(_ input: CoverageReportInput) -> String {
        let report = input.report
        var output = "## learnlint coverage: \(CoverageReport.formatPercent(report.score))"
        if let failUnder = report.failUnder {
            output += report.passed ? " ✅ passed" : " ❌ failed"
            output += " (fail under \(CoverageReport.formatPercent(failUnder)))"
        }
        let counts = report.itemCounts.filter { $0.count > 0 }.map { CoverageTextReporter.plural($0.count, $0.kind.rawValue) }
        output += "\n\n\(report.scored.count) contributors with a document · \(report.documentCount) documents · "
        output += "\(report.items.count) items (\(counts.joined(separator: ", ")))"
        if let source = report.rosterSource {
            output += " · roster `\(Self.code(source))`: \(report.missing.count) without a document, \(report.unexpected.count) not on it"
        }
        if let filter = report.filter { output += " · only `\(Self.code(filter))`" }
        output += "\n"
        output += needsHelp(report)
        guard !report.contributors.isEmpty else { return output }
        output += summaryTable(report)
        guard !report.items.isEmpty else { return output }
        output += itemTable(report)
        output += "\n<details><summary>Full grid: every contributor × every item</summary>\n\n" + grid(report) + "\n</details>\n"
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

    /// Text inside a code span: no backticks or line breaks to break out of it, `|` escaped for tables.
    static func code(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "`": result += "'"
            case "|": result += "\\|"
            case "\n", "\r", "\t": result += " "
            default: result.append(character)
            }
        }
        return result
    }

    // MARK: - Private helpers

    private func needsHelp(_ report: CoverageReport) -> String {
        var lines: [String] = []
        let names = { (list: [ContributorCoverage]) in list.map { Self.escape($0.name) }.joined(separator: ", ") }
        if !report.missing.isEmpty { lines.append("- **No document (\(report.missing.count)):** " + names(report.missing)) }
        if !report.unexpected.isEmpty { lines.append("- **Not on the roster (\(report.unexpected.count)):** " + names(report.unexpected)) }
        if let failUnder = report.failUnder, !report.belowPass.isEmpty {
            let below = report.belowPass.map { "\(Self.escape($0.name)) \(CoverageReport.formatPercent($0.score))" }
            lines.append("- **Below the pass mark of \(CoverageReport.formatPercent(failUnder)) (\(below.count)):** " + below.joined(separator: ", "))
        }
        for pair in report.duplicatePairs {
            let owner = report.contributors.first { $0.documents.contains(pair.path) }?.name ?? pair.path
            lines.append(
                "- **Near-duplicates:** \(Self.escape(owner)) and \(Self.escape(report.displayName(pair.twinContributor))), "
                    + "\(Int((pair.similarity * 100).rounded()))% similar: `\(Self.code(pair.compareCommand))`")
        }
        return lines.isEmpty ? "" : "\n" + lines.joined(separator: "\n") + "\n"
    }

    private func summaryTable(_ report: CoverageReport) -> String {
        let codes = CoverageTextReporter.codes(for: report.items)
        let groupColumn = report.groupBy
        var output = "\n| contributor |" + (groupColumn.map { " \(Self.escape($0)) |" } ?? "")
        output += " documents | score | missing required sections | flags |\n|---|" + (groupColumn == nil ? "" : "---|")
        output += "---:|---:|---|---|\n"
        let ordered = groupColumn == nil ? report.contributors : report.groups.flatMap(\.contributors)
        for contributor in ordered {
            var row = "| \(Self.escape(contributor.name)) |"
            if groupColumn != nil { row += " \(Self.escape(report.group(of: contributor) ?? "")) |" }
            let score = contributor.hasDocuments ? CoverageReport.formatPercent(contributor.score) : "—"
            row += " \(contributor.documents.count) | \(report.isBelowPass(contributor) ? "**\(score)**" : score) |"
            let missing = report.missingSections(of: contributor).map { item in
                let index = report.items.firstIndex(of: item) ?? 0
                return "\(codes[index]) \(Self.escape(item.title))"
            }
            row += " \(contributor.hasDocuments ? (missing.isEmpty ? "none" : missing.joined(separator: ", ")) : "—") |"
            row += " \(report.flags(of: contributor).map(Self.escape).joined(separator: ", ")) |"
            output += row + "\n"
        }
        if groupColumn != nil {
            output += "\n| \(Self.escape(groupColumn ?? "")) | contributors | without a document | below pass | score |\n|---|---:|---:|---:|---:|\n"
            for group in report.groups {
                let score = CoverageReport.meanScore(group.contributors).map(CoverageReport.formatPercent) ?? "—"
                output += "| \(Self.escape(group.name)) | \(group.contributors.count) | \(group.contributors.filter { !$0.hasDocuments }.count) | "
                output += "\(group.contributors.filter(report.isBelowPass).count) | \(score) |\n"
            }
        }
        return output
    }

    private func itemTable(_ report: CoverageReport) -> String {
        let codes = CoverageTextReporter.codes(for: report.items)
        var output = "\n| code | item | group | covered by | ratio |\n|---|---|---|---:|---:|\n"
        for (index, total) in report.itemTotals.enumerated() {
            output += "| \(codes[index]) | \(Self.escape(total.item.title)) | \(total.item.kind.groupLabel) | "
            output += "\(total.coveredBy) / \(report.scored.count) | \(CoverageReport.formatPercent(CoverageReport.percent(total.ratio))) |\n"
        }
        return output
    }

    private func grid(_ report: CoverageReport) -> String {
        let codes = CoverageTextReporter.codes(for: report.items)
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
        var output = header + "\n" + rule + "\n"
        for contributor in report.scored {
            var row = "| \(Self.escape(contributor.name)) | \(contributor.documents.count) | \(CoverageReport.formatPercent(contributor.score)) |"
            for index in report.items.indices { row += contributor.covers(index) ? " ✅ |" : " ❌ |" }
            if report.hasChallenges {
                row += contributor.challenges.map { " \(contributor.challengesPaired ?? 0) / \($0) |" } ?? " |"
            }
            output += row + "\n"
        }
        return output
    }
}
