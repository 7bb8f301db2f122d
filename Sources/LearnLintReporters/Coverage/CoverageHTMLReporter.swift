import FoundationEssentials
import LearnLintEngine
import LearnLintCore

/// One self-contained HTML page (inline CSS and JavaScript, no external assets, works offline)
/// that answers "who needs help": the verdict and counts, a filter box, a "show" choice (everyone,
/// below the pass mark, no document, flagged) and the roster group, then the heat map — required
/// sections first and labelled, then terms and concepts — with the name and score columns sticky,
/// flags in every row, a tooltip explaining every score, totals that follow the filter, one
/// findings panel per contributor, and the near-duplicate pairs side by side.
///
/// Built for large corpora: cells carry only a class and a `title` (native tooltips, no per-cell
/// listeners); panels open with CSS `:target`; sorting, filtering and the hash use one delegated
/// listener each. `#sort=KEY&desc=1&filter=TEXT&show=below&group=NAME` links to a view.
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
            <style>\(CoverageHTMLAssets.style)\(ComparisonHTMLReporter.style)</style>
            </head>
            <body>

            """
        page += header(input)
        page += controls(report)
        page += CoverageHTMLTable(report: report).render()
        page += CoverageHTMLPanels(report: report, linkPrefix: input.linkPrefix).render()
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

    /// `2026-12-01 07:30 UTC`.
    static func dateLabel(_ date: Date) -> String {
        let parts = UTCDateTime(date)
        func two(_ value: Int) -> String { Padding.digits(value, width: 2) }
        return "\(parts.year)-\(two(parts.month))-\(two(parts.day)) \(two(parts.hour)):\(two(parts.minute)) UTC"
    }

    // MARK: - Page parts

    private func header(_ input: CoverageReportInput) -> String {
        let report = input.report
        let esc = CoverageHTMLReporter.escape
        var verdict = "no pass mark"
        var verdictClass = "neutral"
        if let failUnder = report.failUnder {
            verdict = (report.passed ? "passed" : "failed") + " · pass mark " + CoverageReport.formatPercent(failUnder)
            verdictClass = report.passed ? "pass" : "fail"
        }
        var meta = ["\(esc(LearnLint.name)) \(esc(LearnLint.version))"]
        if let generated = input.generated { meta.append("generated \(CoverageHTMLReporter.dateLabel(generated))") }
        meta.append("configuration <code>\(esc(input.configurationSource))</code>")
        if let roster = report.rosterSource { meta.append("roster <code>\(esc(roster))</code>") }
        if let groupBy = report.groupBy { meta.append("grouped by \(esc(groupBy))") }
        if let filter = report.filter { meta.append("only <code>\(esc(filter))</code>") }
        let kinds = report.itemCounts.filter { $0.count > 0 }.map { CoverageTextReporter.plural($0.count, $0.kind.rawValue) }
        var html = "<header>\n<h1>Learnings coverage</h1>\n<p class=\"meta\" id=\"meta\">\(meta.joined(separator: " · "))</p>\n"
        html += "<div class=\"cards\">\n"
        html += "<div class=\"card \(verdictClass)\" id=\"verdict\"><b>\(CoverageReport.formatPercent(report.score))</b><span>overall · \(esc(verdict))</span></div>\n"
        html += card("with-documents", report.scored.count, "with a document", link: "everyone")
        if report.rosterSource != nil { html += card("missing", report.missing.count, "no document", link: "missing", alert: !report.missing.isEmpty) }
        if report.failUnder != nil { html += card("below", report.belowPass.count, "below the pass mark", link: "below", alert: !report.belowPass.isEmpty) }
        html += card("pairs", report.duplicatePairs.count, "near-duplicate pairs", link: "flagged", alert: !report.duplicatePairs.isEmpty)
        html += "<div class=\"card\"><b>\(report.items.count)</b><span>items: \(esc(kinds.joined(separator: ", ")))</span></div>\n"
        html += "</div>\n</header>\n"
        return html
    }

    private func card(_ id: String, _ count: Int, _ label: String, link: String, alert: Bool = false) -> String {
        "<a class=\"card\(alert ? " alert" : "")\" id=\"card-\(id)\" href=\"#show=\(link)\"><b>\(count)</b><span>\(label)</span></a>\n"
    }

    private func controls(_ report: CoverageReport) -> String {
        let esc = CoverageHTMLReporter.escape
        var html = "<div class=\"controls\" id=\"controls\">\n"
        html += "<input id=\"filter\" type=\"search\" placeholder=\"Filter contributors…\" aria-label=\"Filter contributors\" autocomplete=\"off\">\n"
        html += "<label>Show <select id=\"show\" aria-label=\"Show\"><option value=\"everyone\">everyone</option>"
        if report.failUnder != nil { html += "<option value=\"below\">below the pass mark</option>" }
        if report.rosterSource != nil { html += "<option value=\"missing\">no document</option>" }
        html += "<option value=\"flagged\">anyone flagged</option></select></label>\n"
        if let groupBy = report.groupBy {
            html += "<label>\(esc(groupBy)) <select id=\"group\" aria-label=\"\(esc(groupBy))\"><option value=\"\">all</option>"
            for group in report.groups { html += "<option value=\"\(esc(group.name))\">\(esc(group.name))</option>" }
            html += "</select></label>\n"
        }
        let count = report.contributors.count
        html += "<span id=\"shown\" aria-live=\"polite\">\(count) of \(count) contributors</span>\n</div>\n"
        html += "<p class=\"legend\" id=\"legend\"><i class=\"sw y\"></i>covered <i class=\"sw n\"></i>not covered "
        html += "<i class=\"sw x\"></i>no document · <b>Score</b>: the mean, over "
        html += report.itemCounts.filter { $0.count > 0 }.map { $0.kind == .section ? "required sections" : $0.kind.rawValue + "s" }.joined(separator: ", ")
        html += ", of the share of that kind's items covered (each kind weighs alike; hover a score for its parts)"
        if let failUnder = report.failUnder { html += "; below \(CoverageReport.formatPercent(failUnder)) is <span class=\"flag below\">below pass</span>" }
        html += " · <span class=\"flag dup\">near-duplicate</span> <span class=\"flag unpaired\">unpaired challenge</span> "
        html += "<span class=\"flag roster\">not on roster</span> · a name opens its findings · click a column to sort</p>\n"
        return html
    }
}
