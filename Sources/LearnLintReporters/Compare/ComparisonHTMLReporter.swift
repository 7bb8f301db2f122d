import LearnLintEngine
import LearnLintCore

/// `learnlint compare A B --format html`: one self-contained page with the two documents side by
/// side and the passages they share highlighted (numbered alike on both sides), as MOSS and JPlag
/// show a match. The coverage page embeds the same fragment for every near-duplicate pair.
public struct ComparisonHTMLReporter: Sendable {
    public init() {}

    public func render(_ comparison: DocumentComparison) -> String {
        let esc = CoverageHTMLReporter.escape
        var page = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        page += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        page += "<title>Shared passages: \(esc(comparison.first.path)) and \(esc(comparison.second.path))</title>\n"
        page += "<style>\(ComparisonHTMLReporter.style)</style>\n</head>\n<body class=\"cmp-page\">\n"
        page += "<h1>Shared passages</h1>\n<p class=\"meta\">\(esc(LearnLint.name)) \(esc(LearnLint.version)) compare · "
        page += "runs of at least \(comparison.minimumWords) words</p>\n"
        page += fragment(comparison, id: "cmp")
        return page + "</body>\n</html>\n"
    }

    /// The summary, the list of passages and the two documents side by side; `id` prefixes anchors.
    public func fragment(_ comparison: DocumentComparison, id: String) -> String {
        let esc = CoverageHTMLReporter.escape
        let copied = comparison.copied
        let words = copied.reduce(0) { $0 + $1.words }
        var html = "<section class=\"cmp\" id=\"\(esc(id))\">\n<p class=\"cmp-sum\">"
        html += "<b>\(esc(comparison.first.path))</b> and <b>\(esc(comparison.second.path))</b>: "
        if copied.isEmpty {
            html += "no shared passage of \(comparison.minimumWords) words or more"
        } else {
            html += "\(copied.count) shared passage\(copied.count == 1 ? "" : "s"), \(words) words ("
            html += CoverageReport.formatPercent(CoverageReport.percent(comparison.copiedShare(ofFirst: true))) + " of the first, "
            html += CoverageReport.formatPercent(CoverageReport.percent(comparison.copiedShare(ofFirst: false))) + " of the second)"
        }
        let boilerplate = comparison.passages.filter(\.boilerplate).count
        if boilerplate > 0 { html += "; \(boilerplate) boilerplate passage\(boilerplate == 1 ? "" : "s") the corpus shares (grey)" }
        html += "</p>\n"
        if !comparison.passages.isEmpty {
            html += "<ol class=\"cmp-list\">\n"
            for (number, passage) in comparison.passages.enumerated() {
                let a = DocumentComparison.lineLabel(comparison.first.lines(passage.first))
                let b = DocumentComparison.lineLabel(comparison.second.lines(passage.second))
                html += "<li class=\"\(passage.boilerplate ? "bp" : "cp")\"><a href=\"#\(esc(id))-a\(number + 1)\">"
                html += "\(passage.boilerplate ? "boilerplate" : "shared"), \(passage.words) words</a>: lines \(a) ↔ lines \(b)</li>\n"
            }
            html += "</ol>\n"
        }
        html += "<div class=\"cmp-sides\">\n"
        html += side(comparison.first, ranges: comparison.passages.map(\.first), comparison.passages, id: id, anchor: "a")
        html += side(comparison.second, ranges: comparison.passages.map(\.second), comparison.passages, id: id, anchor: "b")
        return html + "</div>\n</section>\n"
    }

    /// Shared by the compare page and the coverage page.
    static let style = #"""

        .cmp-page{margin:0;padding:16px 20px;font:14px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d2330}
        .cmp-page h1{margin:0 0 2px;font-size:22px}.cmp-page .meta{margin:0 0 12px;color:#5b6472;font-size:12px}
        .cmp-sum{margin:4px 0}.cmp-list{margin:4px 0 8px;padding-left:22px;font-size:13px}
        .cmp-list li.bp,.cmp-list li.bp a{color:#6b7280}
        .cmp-sides{display:grid;grid-template-columns:1fr 1fr;gap:10px}
        .cmp-side{min-width:0;border:1px solid #d9dde3;border-radius:6px;overflow:hidden}
        .cmp-side h4{margin:0;padding:4px 8px;background:#f6f7f9;font-size:13px;overflow-wrap:anywhere}
        .cmp-side pre{margin:0;padding:8px;white-space:pre-wrap;overflow-wrap:anywhere;font:12px/1.45 ui-monospace,SFMono-Regular,Menlo,monospace;max-height:60vh;overflow:auto}
        mark.cp{background:#ffe08a;color:inherit;border-bottom:2px solid #d4a20a}
        mark.bp{background:#e5e7eb;color:inherit}
        mark sup{font-size:9px;font-weight:700;color:#7a5b00;margin-right:2px}
        @media (prefers-color-scheme:dark){.cmp-page{background:#15181d;color:#e6e9ef}.cmp-side{border-color:#343b46}
        .cmp-side h4{background:#20252d}mark.cp{background:#5c4a12}mark.bp{background:#343b46}mark sup{color:#f5d77a}}
        @media (max-width:700px){.cmp-sides{grid-template-columns:1fr}}

        """#

    // MARK: - Private helpers

    /// One document as written, each passage wrapped in a numbered `<mark>`.
    private func side(
        _ side: DocumentComparison.Side, ranges: [Range<Int>], _ passages: [SharedPassage], id: String, anchor: String
    ) -> String {
        let esc = CoverageHTMLReporter.escape
        let utf8 = side.bytes
        var spans: [(start: Int, end: Int, number: Int, boilerplate: Bool)] = []
        for (number, range) in ranges.enumerated() where !range.isEmpty && range.upperBound <= side.words.count {
            spans.append((side.words.starts[range.lowerBound], side.words.ends[range.upperBound - 1], number + 1, passages[number].boilerplate))
        }
        spans.sort { $0.start < $1.start }
        var html = "<div class=\"cmp-side\"><h4>\(esc(side.path))</h4><pre>"
        var cursor = 0
        for span in spans where span.start >= cursor && span.end <= utf8.count && span.start <= span.end {
            html += esc(String(decoding: utf8[cursor..<span.start], as: UTF8.self))
            let lines = DocumentComparison.lineLabel(side.lines(ranges[span.number - 1]))
            let what = span.boilerplate ? "boilerplate" : "shared passage \(span.number)"
            html += "<mark class=\"\(span.boilerplate ? "bp" : "cp")\" id=\"\(esc(id))-\(anchor)\(span.number)\" title=\"\(what), lines \(lines)\">"
            html += "<sup>\(span.number)</sup>" + esc(String(decoding: utf8[span.start..<span.end], as: UTF8.self)) + "</mark>"
            cursor = span.end
        }
        html += esc(String(decoding: utf8[min(cursor, utf8.count)...], as: UTF8.self))
        return html + "</pre></div>\n"
    }
}
