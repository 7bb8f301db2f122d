import LearnLintEngine

/// `coverage --wide`: the full contributor × item grid, one short column per item (codes as in the
/// legend), a "covered by" row, and the challenge counts when recorded. As wide as the items need.
struct CoverageTextGrid {
    var report: CoverageReport
    var paint: Painter

    func render() -> String {
        let codes = CoverageTextReporter.codes(for: report.items)
        let totals = report.itemTotals
        let pad = CoverageTextReporter.pad
        let nameWidth = max("contributor".count, "covered by".count, report.contributors.map(\.name.count).max() ?? 0)
        let itemWidths = report.items.indices.map { max(codes[$0].count, String(totals[$0].coveredBy).count) }
        let scoreWidth = 6
        var header = pad("contributor", nameWidth, false) + "  docs  " + pad("score", scoreWidth, true)
        for index in report.items.indices { header += separator(before: index) + pad(codes[index], itemWidths[index], true) }
        if report.hasChallenges { header += "  paired/found" }
        var output = paint.bold(header.trailingSpacesRemoved) + "\n"
        for contributor in report.contributors {
            var row = pad(contributor.name, nameWidth, false) + "  " + pad(String(contributor.documents.count), 4, true) + "  "
            let score = pad(contributor.hasDocuments ? CoverageReport.formatPercent(contributor.score) : "—", scoreWidth, true)
            row += report.isBelowPass(contributor) ? paint.red(score) : (contributor.hasDocuments ? paint.green(score) : score)
            for index in report.items.indices {
                let mark =
                    contributor.covers(index)
                    ? paint.green(CoverageTextReporter.coveredMark) : paint.dim(CoverageTextReporter.missingMark)
                row += separator(before: index) + String(repeating: " ", count: itemWidths[index] - 1) + mark
            }
            if report.hasChallenges, let found = contributor.challenges {
                row += "  " + pad("\(contributor.challengesPaired ?? 0)/\(found)", 12, true)
            }
            output += row.trailingSpacesRemoved + "\n"
        }
        var footer = pad("covered by", nameWidth, false) + "        " + String(repeating: " ", count: scoreWidth)
        for index in report.items.indices {
            footer += separator(before: index) + pad(String(totals[index].coveredBy), itemWidths[index], true)
        }
        return output + paint.bold(footer.trailingSpacesRemoved) + "\n"
    }

    /// Two spaces between item columns of a kind, three where the kind changes (groups stay visible).
    private func separator(before index: Int) -> String {
        guard index > 0 else { return "  " }
        return report.items[index].kind == report.items[index - 1].kind ? " " : "  "
    }
}
