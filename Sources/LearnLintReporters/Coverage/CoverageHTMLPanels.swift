import LearnLintEngine
import LearnLintCore
import LearnLintRules

/// The coverage page's per-contributor panels (opened by a name's link through CSS `:target`, so
/// they work without JavaScript) and the embedded side-by-side comparisons of near-duplicate pairs.
struct CoverageHTMLPanels {
    var report: CoverageReport
    /// Prepended to document paths in links, so they resolve from where the page is written.
    var linkPrefix: String

    func render() -> String {
        var html = "<div class=\"panels\">\n"
        for (index, contributor) in report.contributors.enumerated() { html += panel(contributor, id: "p\(index + 1)") }
        html += "</div>\n"
        return html + comparisons()
    }

    // MARK: - Private helpers

    private func panel(_ contributor: ContributorCoverage, id: String) -> String {
        let esc = CoverageHTMLReporter.escape
        var html = "<section class=\"panel\" id=\"\(id)\" aria-label=\"\(esc(contributor.name))\"><a class=\"close\" href=\"#\" aria-label=\"Close\">×</a>"
        html += "<h2>\(esc(contributor.name))</h2>\n<p class=\"facts\">"
        var facts: [String] = []
        if let values = contributor.rosterValues {
            for (index, column) in report.rosterColumns.enumerated() where values.indices.contains(index) && !values[index].isEmpty {
                facts.append("\(esc(column)) \(esc(values[index]))")
            }
        }
        facts.append(contributor.hasDocuments ? "score \(CoverageReport.formatPercent(contributor.score))" : "no document")
        facts += report.flags(of: contributor).filter { $0 != "no document" }.map(esc)
        html += facts.joined(separator: " · ") + "</p>\n"
        if contributor.hasDocuments {
            html += "<h3>Documents</h3><ul>"
            for path in contributor.documents { html += "<li><a href=\"\(esc(href(path)))\">\(esc(path))</a></li>" }
            html += "</ul>\n"
            let missing = report.missingSections(of: contributor)
            html += "<h3>Missing required sections</h3><p>"
            html += missing.isEmpty ? "none" : missing.map { esc($0.title) }.joined(separator: ", ")
            html += "</p>\n"
        }
        if !contributor.duplicates.isEmpty {
            html += "<h3>Near-duplicates</h3><ul>"
            for flag in contributor.duplicates {
                let number = (report.duplicatePairs.firstIndex { Set([$0.path, $0.twin]) == Set([flag.path, flag.twin]) } ?? 0) + 1
                html += "<li>\(esc(report.displayName(flag.twinContributor))) (\(Int((flag.similarity * 100).rounded()))% similar): "
                html += "<a href=\"#cmp\(number)\">shared passages</a> · <code>\(esc(flag.compareCommand))</code></li>"
            }
            html += "</ul>\n"
        }
        if contributor.hasDocuments {
            html += "<h3>Findings (\(contributor.findings.count))</h3>"
            if contributor.findings.isEmpty {
                html += "<p>none</p>"
            } else {
                html += "<ul class=\"findings\">"
                for note in contributor.findings {
                    html += "<li class=\"sev-\(note.severity.rawValue)\"><a href=\"\(esc(href(note.path)))\">\(esc(note.path)):\(note.line)</a> "
                    html += "<b>\(note.severity.rawValue)</b> \(esc(note.message)) <code>\(esc(note.rule))</code></li>"
                }
                html += "</ul>"
            }
            html += "\n"
        }
        return html + "</section>\n"
    }

    private func comparisons() -> String {
        let pairs = report.duplicatePairs
        guard !pairs.isEmpty else { return "" }
        let esc = CoverageHTMLReporter.escape
        var html = "<section class=\"pairs\" id=\"pairs\">\n<h2>Near-duplicate pairs</h2>\n"
        html += "<p class=\"meta\">Shared passages of at least \(CoverageRun.minimumWords) words; text most of the corpus shares (a template) is grey, not copying.</p>\n"
        for (index, pair) in pairs.enumerated() {
            html += "<div class=\"pair\" id=\"cmp\(index + 1)\">\n<h3>\(index + 1). \(esc(owner(of: pair.path))) and "
            html += "\(esc(report.displayName(pair.twinContributor))): \(Int((pair.similarity * 100).rounded()))% similar</h3>\n"
            html += "<p><code>\(esc(pair.compareCommand))</code></p>\n"
            if let comparison = report.comparisons.first(where: { Set([$0.first.path, $0.second.path]) == Set([pair.path, pair.twin]) }) {
                html += ComparisonHTMLReporter().fragment(comparison, id: "c\(index + 1)")
            } else {
                html += "<p>The documents could not be read for a side-by-side view; run the command above.</p>\n"
            }
            html += "</div>\n"
        }
        return html + "</section>\n"
    }

    private func owner(of path: String) -> String {
        report.contributors.first { $0.documents.contains(path) }?.name ?? path
    }

    private func href(_ path: String) -> String {
        path.hasPrefix("/") ? "file://" + path : linkPrefix + path
    }
}
