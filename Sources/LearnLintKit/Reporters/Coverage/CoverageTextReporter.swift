/// An aligned terminal table: one row per contributor, one short column per item (legend below),
/// per-item totals and the overall score; coloured only when the CLI says the output is a terminal.
public struct CoverageTextReporter: CoverageReporter {
    static let coveredMark = "✓"
    static let missingMark = "·"

    public init() {}

    public func render(_ input: CoverageReportInput) -> String {
        let report = input.report
        let paint = Painter(enabled: input.colored)
        let codes = CoverageTextReporter.codes(for: report.items)
        let totals = report.itemTotals
        let counts = report.itemCounts.map { "\($0.count) \($0.kind.rawValue)\($0.count == 1 ? "" : "s")" }
        var output = "Coverage of \(plural(report.contributors.count, "contributor")) (\(plural(report.documentCount, "document")))"
        output += " over \(plural(report.items.count, "item")): \(counts.joined(separator: ", "))\n"
        guard !report.contributors.isEmpty else { return output + "\n" + overall(report, paint) }

        // Columns: name, documents, score, one per item, then challenges when recorded.
        let nameWidth = max("contributor".count, "covered by".count, report.contributors.map { ControlCharacters.escape($0.name).count }.max() ?? 0)
        let itemWidths = report.items.indices.map { max(codes[$0].count, String(totals[$0].coveredBy).count) }
        let scoreWidth = max("score".count, report.contributors.map { CoverageReport.formatPercent($0.score).count }.max() ?? 0)
        var header = pad("contributor", nameWidth) + "  docs  " + pad("score", scoreWidth, right: true)
        for index in report.items.indices { header += separator(before: index, report.items) + pad(codes[index], itemWidths[index], right: true) }
        if report.hasChallenges { header += "  paired/found" }
        output += "\n" + paint.bold(header.trailingSpacesRemoved) + "\n"
        for contributor in report.contributors {
            var row = pad(contributor.name, nameWidth) + "  " + pad(String(contributor.documents.count), 4, right: true) + "  "
            let score = pad(CoverageReport.formatPercent(contributor.score), scoreWidth, right: true)
            row += report.failUnder.map { contributor.score >= $0 ? paint.green(score) : paint.red(score) } ?? score
            for index in report.items.indices {
                let mark = contributor.covers(index) ? paint.green(CoverageTextReporter.coveredMark) : paint.dim(CoverageTextReporter.missingMark)
                row += separator(before: index, report.items) + String(repeating: " ", count: itemWidths[index] - 1) + mark
            }
            if report.hasChallenges, let found = contributor.challenges {
                row += "  " + pad("\(contributor.challengesPaired ?? 0)/\(found)", 12, right: true)
            }
            output += row.trailingSpacesRemoved + "\n"
        }
        var footer = pad("covered by", nameWidth) + "        " + String(repeating: " ", count: scoreWidth)
        for index in report.items.indices {
            footer += separator(before: index, report.items) + pad(String(totals[index].coveredBy), itemWidths[index], right: true)
        }
        output += paint.bold(footer.trailingSpacesRemoved) + "\n\n"
        output += legend(report, codes: codes, totals: totals)
        return output + "\n" + overall(report, paint)
    }

    /// `S1`, `S2`… for sections, `T1`… for terms, `C1`… for concepts.
    static func codes(for items: [CoverageItem]) -> [String] {
        var seen: [CoverageItem.Kind: Int] = [:]
        return items.map { item in
            seen[item.kind, default: 0] += 1
            return String(item.kind.rawValue.prefix(1)).uppercased() + String(seen[item.kind] ?? 0)
        }
    }

    // MARK: - Private helpers

    private func legend(_ report: CoverageReport, codes: [String], totals: [ItemCoverage]) -> String {
        let codeWidth = codes.map(\.count).max() ?? 0
        let titleWidth = report.items.map { ControlCharacters.escape($0.title).count }.max() ?? 0
        let countWidth = String(report.contributors.count).count * 2 + 1
        var output = ""
        for index in report.items.indices {
            let item = report.items[index]
            let count = "\(totals[index].coveredBy)/\(report.contributors.count)"
            var line = "  " + pad(codes[index], codeWidth) + "  " + pad(item.kind.rawValue, 7) + "  " + pad(item.title, titleWidth)
            line += "  " + pad(count, countWidth, right: true) + "  " + pad(CoverageReport.formatPercent(CoverageReport.percent(totals[index].ratio)), 6, right: true)
            output += line.trailingSpacesRemoved + "\n"
        }
        return output
    }

    private func overall(_ report: CoverageReport, _ paint: Painter) -> String {
        var line = "Overall: \(CoverageReport.formatPercent(report.score)) covered"
        guard let failUnder = report.failUnder else { return line + ".\n" }
        line += " (fail under \(CoverageReport.formatPercent(failUnder))): "
        return line + (report.passed ? paint.green("passed") : paint.red("failed")) + ".\n"
    }

    /// Two spaces between item columns, three where the kind changes (groups stay visible).
    private func separator(before index: Int, _ items: [CoverageItem]) -> String {
        guard index > 0 else { return "  " }
        return items[index].kind == items[index - 1].kind ? " " : "  "
    }

    /// `text` (control characters escaped: names and titles come from documents) padded to `width`.
    private func pad(_ raw: String, _ width: Int, right: Bool = false) -> String {
        let text = ControlCharacters.escape(raw)
        let fill = String(repeating: " ", count: max(0, width - text.count))
        return right ? fill + text : text + fill
    }

    private func plural(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }
}

/// Wraps text in terminal colours when enabled, and leaves it alone otherwise.
struct Painter {
    var enabled: Bool

    func green(_ text: String) -> String { wrap(text, "\u{1B}[32m") }
    func red(_ text: String) -> String { wrap(text, "\u{1B}[31m") }
    func dim(_ text: String) -> String { wrap(text, ANSI.dim) }
    func bold(_ text: String) -> String { wrap(text, ANSI.bold) }

    private func wrap(_ text: String, _ code: String) -> String {
        enabled ? code + text + ANSI.reset : text
    }
}

extension String {
    /// The string without spaces at its end (table rows never end in padding).
    var trailingSpacesRemoved: String {
        var result = self
        while result.last == " " { result.removeLast() }
        return result
    }
}
