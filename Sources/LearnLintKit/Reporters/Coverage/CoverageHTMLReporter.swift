/// One self-contained HTML page (inline CSS and JavaScript, no external assets, works offline): the
/// verdict and totals, then a contributor × item heat map with sticky headers, a filter box,
/// sortable columns and a tooltip on every cell naming the document(s) that cover it.
///
/// Built for large corpora: cells carry only a class and a `title` (native tooltips, no per-cell
/// listeners); sorting and filtering use one delegated listener each. The page also reads
/// `#sort=KEY&desc=1&filter=TEXT` from its address, so a sorted or filtered view can be linked.
/// Every piece of document or configuration text is escaped; no data is put inside the script.
public struct CoverageHTMLReporter: CoverageReporter {
    public init() {}

    public func render(_ input: CoverageReportInput) -> String {
        let report = input.report
        let score = CoverageReport.formatPercent(report.score)
        var page = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Learnings coverage: \(score)</title>
            <style>\(CoverageHTMLAssets.style)</style>
            </head>
            <body>

            """
        page += header(input)
        page += controls(report)
        page += table(report)
        page += "<script>\(CoverageHTMLAssets.script)</script>\n</body>\n</html>\n"
        return page
    }

    /// Escapes text for HTML content and quoted attribute values.
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }

    /// `h0`…`h4`: the heat bucket of a 0–1 ratio (below 20%, 40%, 60%, 80%, and the rest).
    static func heat(_ ratio: Double) -> String {
        "h" + String(min(4, max(0, Int((ratio * 100).rounded(.down)) / 20)))
    }

    // MARK: - Page parts

    private func header(_ input: CoverageReportInput) -> String {
        let report = input.report
        let esc = CoverageHTMLReporter.escape
        var verdict = "no pass mark"
        var verdictClass = "neutral"
        if let failUnder = report.failUnder {
            verdict = (report.passed ? "passed" : "failed") + " · fail under " + CoverageReport.formatPercent(failUnder)
            verdictClass = report.passed ? "pass" : "fail"
        }
        let kinds = report.itemCounts.map { "\($0.count) \($0.kind.rawValue)\($0.count == 1 ? "" : "s")" }.joined(separator: ", ")
        var html = "<header>\n<h1>Learnings coverage</h1>\n"
        html += "<p class=\"meta\">\(esc(LearnLint.name)) \(esc(LearnLint.version)) · configuration \(esc(input.configurationSource))</p>\n"
        html += "<div class=\"cards\">\n"
        html += "<div class=\"card \(verdictClass)\" id=\"verdict\"><b>\(CoverageReport.formatPercent(report.score))</b><span>overall · \(esc(verdict))</span></div>\n"
        html += "<div class=\"card\"><b>\(report.contributors.count)</b><span>contributors</span></div>\n"
        html += "<div class=\"card\"><b>\(report.documentCount)</b><span>documents</span></div>\n"
        html += "<div class=\"card\"><b>\(report.items.count)</b><span>items: \(esc(kinds))</span></div>\n"
        html += "</div>\n</header>\n"
        return html
    }

    private func controls(_ report: CoverageReport) -> String {
        var html = "<div class=\"controls\">\n"
        html += "<input id=\"filter\" type=\"search\" placeholder=\"Filter contributors…\" aria-label=\"Filter contributors\" autocomplete=\"off\">\n"
        html += "<span id=\"shown\" aria-live=\"polite\">\(report.contributors.count) of \(report.contributors.count) contributors</span>\n"
        html += "<span class=\"legend\"><i class=\"sw y\"></i>covered <i class=\"sw n\"></i>not covered"
        for kind in CoverageItem.Kind.allCases where report.items.contains(where: { $0.kind == kind }) {
            html += " <i class=\"kb k-\(kind.rawValue)\"></i>\(kind.rawValue)"
        }
        html += " · click a column to sort</span>\n</div>\n"
        return html
    }

    private func table(_ report: CoverageReport) -> String {
        let esc = CoverageHTMLReporter.escape
        let totals = report.itemTotals
        var html = "<div class=\"scroll\">\n<table id=\"heat\">\n<thead><tr>"
        html += "<th class=\"name\" data-key=\"name\" tabindex=\"0\">Contributor</th>"
        html += "<th class=\"num\" data-key=\"documents\" data-type=\"num\" tabindex=\"0\">Docs</th>"
        html += "<th class=\"num\" data-key=\"score\" data-type=\"num\" tabindex=\"0\">Score</th>"
        for (index, item) in report.items.enumerated() {
            let tip = "\(item.kind.rawValue): \(item.title) · covered by \(totals[index].coveredBy) of \(report.contributors.count)"
            html += "<th class=\"item k-\(item.kind.rawValue)\" data-key=\"\(esc(item.key))\" data-type=\"num\" tabindex=\"0\" title=\"\(esc(tip))\"><span>\(esc(item.title))</span></th>"
        }
        if report.hasChallenges {
            html += "<th class=\"num\" data-key=\"challenges\" data-type=\"num\" tabindex=\"0\" title=\"challenges paired with a solution / found\">Paired / found</th>"
        }
        html += "</tr></thead>\n<tbody>\n"
        for contributor in report.contributors {
            html += row(contributor, report: report)
        }
        html += "</tbody>\n<tfoot><tr><th class=\"name\" scope=\"row\">Covered by</th>"
        html += "<td class=\"num\">\(report.documentCount)</td>"
        html += "<td class=\"num \(CoverageHTMLReporter.heat(report.ratio))\">\(CoverageReport.formatPercent(report.score))</td>"
        for (index, total) in totals.enumerated() {
            let percent = CoverageReport.formatPercent(CoverageReport.percent(total.ratio))
            let tip = "\(report.items[index].title): \(total.coveredBy) of \(report.contributors.count) contributors (\(percent))"
            html += "<td class=\"num \(CoverageHTMLReporter.heat(total.ratio))\" title=\"\(esc(tip))\">\(total.coveredBy)</td>"
        }
        if report.hasChallenges {
            let found = report.contributors.compactMap(\.challenges).reduce(0, +)
            let paired = report.contributors.compactMap(\.challengesPaired).reduce(0, +)
            html += "<td class=\"num\">\(paired) / \(found)</td>"
        }
        html += "</tr></tfoot>\n</table>\n</div>\n"
        return html
    }

    private func row(_ contributor: ContributorCoverage, report: CoverageReport) -> String {
        let esc = CoverageHTMLReporter.escape
        let name = esc(contributor.name)
        var html = "<tr><th class=\"name\" scope=\"row\" title=\"\(esc(contributor.documents.joined(separator: "\n")))\">\(name)</th>"
        html += "<td class=\"num\">\(contributor.documents.count)</td>"
        html += "<td class=\"num \(CoverageHTMLReporter.heat(contributor.ratio))\" data-v=\"\(contributor.score)\">\(CoverageReport.formatPercent(contributor.score))</td>"
        for (index, item) in report.items.enumerated() {
            let documents = contributor.coveredIn.indices.contains(index) ? contributor.coveredIn[index] : []
            let where_ = documents.isEmpty ? "not covered" : documents.joined(separator: ", ")
            html += "<td class=\"\(documents.isEmpty ? "n" : "y")\" title=\"\(name) · \(esc(item.title)): \(esc(where_))\"></td>"
        }
        if report.hasChallenges {
            if let found = contributor.challenges {
                let paired = contributor.challengesPaired ?? 0
                html += "<td class=\"num\" data-v=\"\(paired)\">\(paired) / \(found)</td>"
            } else {
                html += "<td class=\"num\" data-v=\"-1\"></td>"
            }
        }
        return html + "</tr>\n"
    }
}
