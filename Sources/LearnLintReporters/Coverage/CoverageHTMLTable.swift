import LearnLintEngine
import LearnLintRules

/// The coverage page's heat map: sticky name and score columns, the roster group, documents and
/// flags, then one column per item under its group's label (required sections first), and totals
/// the page's script recounts for the rows a filter leaves.
struct CoverageHTMLTable {
    var report: CoverageReport

    func render() -> String {
        let esc = CoverageHTMLReporter.escape
        let totals = report.itemTotals
        let groupColumn = report.groupBy
        var column = 0
        func next() -> Int {
            defer { column += 1 }
            return column
        }
        var top = "<tr>"
        var bottom = "<tr>"
        top += sortable("name", "Contributor", column: next(), classes: "name", numeric: false, rowspan: 2)
        top += sortable("score", "Score", column: next(), classes: "num score", numeric: true, rowspan: 2, title: "The mean, over the item kinds, of the share of that kind's items covered")
        if let groupColumn { top += sortable("group", esc(groupColumn), column: next(), classes: "grp", numeric: false, rowspan: 2) }
        top += sortable("documents", "Docs", column: next(), classes: "num", numeric: true, rowspan: 2)
        top += sortable("flags", "Flags", column: next(), classes: "flags", numeric: false, rowspan: 2)
        for kind in CoverageItem.Kind.allCases {
            let count = report.items.filter { $0.kind == kind }.count
            guard count > 0 else { continue }
            top += "<th class=\"grp-label k-\(kind.rawValue)\" colspan=\"\(count)\" scope=\"colgroup\">\(kind.groupLabel)</th>"
        }
        for (index, item) in report.items.enumerated() {
            let tip = "\(item.kind.groupLabel): \(item.title) · covered by \(totals[index].coveredBy) of \(report.scored.count) with a document"
            bottom += sortable(
                item.key, "<span>\(esc(item.title))</span>", column: next(), classes: "item k-\(item.kind.rawValue)", numeric: true, title: tip)
        }
        if report.hasChallenges {
            top += sortable("challenges", "Paired / found", column: next(), classes: "num", numeric: true, rowspan: 2, title: "Challenges paired with a solution / found")
        }
        var html = "<div class=\"scroll\">\n<table id=\"heat\">\n<thead>\(top)</tr>\n\(bottom)</tr></thead>\n<tbody>\n"
        for (index, contributor) in report.contributors.enumerated() { html += row(contributor, panel: index + 1) }
        html += "</tbody>\n<tfoot><tr><th class=\"name\" scope=\"row\" title=\"Totals over the rows shown\">Covered by</th>"
        html += "<td class=\"num score \(CoverageHTMLReporter.heat(report.ratio))\" id=\"total-score\">\(CoverageReport.formatPercent(report.score))</td>"
        if groupColumn != nil { html += "<td></td>" }
        html += "<td class=\"num\" id=\"total-docs\">\(report.documentCount)</td><td></td>"
        for total in totals {
            html += "<td class=\"num total \(CoverageHTMLReporter.heat(total.ratio))\">\(total.coveredBy)/\(report.scored.count)</td>"
        }
        if report.hasChallenges {
            let found = report.contributors.compactMap(\.challenges).reduce(0, +)
            let paired = report.contributors.compactMap(\.challengesPaired).reduce(0, +)
            html += "<td class=\"num\" id=\"total-challenges\">\(paired) / \(found)</td>"
        }
        return html + "</tr></tfoot>\n</table>\n</div>\n"
    }

    // MARK: - Private helpers

    private func sortable(
        _ key: String, _ label: String, column: Int, classes: String, numeric: Bool, rowspan: Int = 1, title: String? = nil
    ) -> String {
        let esc = CoverageHTMLReporter.escape
        var html = "<th class=\"\(classes)\" data-key=\"\(esc(key))\" data-col=\"\(column)\""
        if numeric { html += " data-type=\"num\"" }
        if rowspan > 1 { html += " rowspan=\"\(rowspan)\"" }
        if let title { html += " title=\"\(esc(title))\"" }
        return html + " tabindex=\"0\" scope=\"col\">\(label)</th>"
    }

    private func row(_ contributor: ContributorCoverage, panel: Int) -> String {
        let esc = CoverageHTMLReporter.escape
        let name = esc(contributor.name)
        let status = report.status(of: contributor)
        var flagKinds: [String] = []
        if !contributor.duplicates.isEmpty { flagKinds.append("dup") }
        if contributor.unpairedChallenges > 0 { flagKinds.append("unpaired") }
        if report.rosterSource != nil, contributor.hasDocuments, contributor.rosterValues == nil { flagKinds.append("roster") }
        var html = "<tr class=\"\(status)\" data-status=\"\(status)\" data-flags=\"\(flagKinds.joined(separator: " "))\""
        if let group = report.group(of: contributor) { html += " data-group=\"\(esc(group))\"" }
        html += "><th class=\"name\" scope=\"row\"><a class=\"who\" href=\"#p\(panel)\" title=\"\(esc(contributor.documents.joined(separator: "\n")))\">\(name)</a></th>"
        if contributor.hasDocuments {
            html += "<td class=\"num score \(CoverageHTMLReporter.heat(contributor.ratio))\" data-v=\"\(CoverageReport.formatNumber(contributor.score))\" title=\"\(esc(scoreTip(contributor)))\">"
            html += "\(CoverageReport.formatPercent(contributor.score))</td>"
        } else {
            html += "<td class=\"num score\" data-v=\"-1\" title=\"\(name) handed in no document\">—</td>"
        }
        if let group = report.group(of: contributor) { html += "<td class=\"grp\">\(esc(group))</td>" }
        html += "<td class=\"num\">\(contributor.documents.count)</td>"
        html += "<td class=\"flags\" data-v=\"\(esc(report.flags(of: contributor).joined(separator: ", ")))\">\(flags(contributor))</td>"
        for (index, item) in report.items.enumerated() {
            guard contributor.hasDocuments else {
                html += "<td class=\"x\"></td>"
                continue
            }
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

    /// `Score 60.6% = the mean of required sections 4/4 (100.0%), terms 5/12 (41.7%), concepts 2/5 (40.0%)`.
    private func scoreTip(_ contributor: ContributorCoverage) -> String {
        let parts = contributor.kindShares.map { share in
            let label = share.kind == .section ? "required sections" : share.kind.rawValue + "s"
            let percent = CoverageReport.formatPercent(CoverageReport.percent(Double(share.covered) / Double(max(1, share.total))))
            return "\(label) \(share.covered)/\(share.total) (\(percent))"
        }
        var tip = "Score \(CoverageReport.formatPercent(contributor.score)) = the mean of " + parts.joined(separator: ", ")
        if let failUnder = report.failUnder {
            tip += report.isBelowPass(contributor) ? "; below the pass mark \(CoverageReport.formatPercent(failUnder))" : "; pass mark \(CoverageReport.formatPercent(failUnder))"
        }
        return tip
    }

    private func flags(_ contributor: ContributorCoverage) -> String {
        let esc = CoverageHTMLReporter.escape
        var html = ""
        if !contributor.hasDocuments { html += "<span class=\"flag missing\">no document</span>" }
        if report.rosterSource != nil, contributor.hasDocuments, contributor.rosterValues == nil {
            html += "<span class=\"flag roster\" title=\"a document nobody on the roster wrote\">not on roster</span>"
        }
        if report.isBelowPass(contributor) { html += "<span class=\"flag below\">below pass</span>" }
        let pairs = report.duplicatePairs
        for flag in contributor.duplicates {
            let number = (pairs.firstIndex { Set([$0.path, $0.twin]) == Set([flag.path, flag.twin]) } ?? 0) + 1
            let twin = report.displayName(flag.twinContributor)
            let percent = "\(Int((flag.similarity * 100).rounded()))%"
            html += "<a class=\"flag dup\" href=\"#cmp\(number)\" title=\"\(esc("near-duplicate of \(twin) (\(percent) similar): see the shared passages, or run \(flag.compareCommand)"))\">copy? \(esc(twin)) \(percent)</a>"
        }
        let unpaired = contributor.unpairedChallenges
        if unpaired > 0 {
            html += "<span class=\"flag unpaired\" title=\"\(unpaired) of \(contributor.challenges ?? 0) challenges without a solution\">\(unpaired) unpaired</span>"
        }
        return html
    }
}
