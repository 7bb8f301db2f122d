import LearnLintCore

/// Markdown whose markers are backslash-escaped (`\#`, `\*\*`, `\-`, `1\.`): what a converter or a
/// rich-text editor writes when it "protects" Markdown, so headings, lists and bold show as typed.
///
/// Writers escape one idiom on purpose, however often (`\* footnote`, `1\. ` in a task list, `\*\*kwargs`);
/// a converter escapes everything. So escapes are reported only when a document escapes two kinds of
/// marker (headings and bold, bullets and headings…) or several headings. Code spans are never touched.
enum EscapeCheck {
    /// What an escaped marker would have been.
    enum Role: Hashable {
        case heading, bullet, ordered, quote, bold
    }

    /// One escaped marker: the backslashes to remove, and how it reads.
    struct Marker {
        var backslashes: [Int]
        var written: String
        var role: Role
    }

    /// The escaped markers of one paragraph or heading, and the title it hides (an escaped heading or bold line).
    struct BlockEscapes {
        var markers: [Marker]
        var titles: [(line: Int, title: Range<Int>)]
    }

    static func pitfalls(_ lines: RenderingLines) -> [RenderingPitfall] {
        let blocks = scan(lines)
        let roles = blocks.flatMap { $0.markers.map(\.role) }
        guard Set(roles).count >= 2 || roles.filter({ $0 == .heading }).count >= 2 else { return [] }
        return blocks.compactMap { block in
            let backslashes = block.markers.flatMap(\.backslashes).sorted()
            guard let first = backslashes.first, let last = backslashes.last else { return nil }
            let span = first..<(last + 1)
            let removed = Set(backslashes)
            let replacement = String(
                decoding: span.filter { !removed.contains($0) }.map { lines.bytes[$0] }, as: UTF8.self)
            var written: [String] = []
            for marker in block.markers where !written.contains(marker.written) { written.append(marker.written) }
            let quoted = written.prefix(3).map { "“\($0)”" }.joined(separator: ", ")
            let message =
                "escaped Markdown \(quoted): the backslashes make GitHub show these characters as typed instead of a heading, list or bold text; remove them"
            return RenderingPitfall(.escapedMarkdown, first..<(first + 2), message, fix: (span, replacement))
        }
    }

    /// Every paragraph or heading holding escaped markers (no threshold: a title hidden by one escape
    /// still explains a missing section).
    static func scan(_ lines: RenderingLines) -> [BlockEscapes] {
        var result: [BlockEscapes] = []
        for block in lines.leaves {
            let isParagraph = block.kind == .paragraph
            guard isParagraph || block.isHeading else { continue }
            var escapes = BlockEscapes(markers: [], titles: [])
            for (line, start, end) in lines.contentLines(of: block) {
                if isParagraph, let marker = lineMarker(from: start, to: end, lines) {
                    escapes.markers.append(marker.marker)
                    if let title = marker.title { escapes.titles.append((line, title)) }
                }
                let bold = boldMarkers(from: start, to: end, lines)
                escapes.markers += bold
                if isParagraph, bold.count == 2, let title = escapedBoldTitle(from: start, to: end, lines) {
                    escapes.titles.append((line, title))
                }
            }
            if !escapes.markers.isEmpty { result.append(escapes) }
        }
        return result
    }

    // MARK: - Private helpers

    /// An escaped block marker at the start of a line: `\## `, `\- `, `\* `, `\+ `, `\> `, `1\. `.
    private static func lineMarker(from start: Int, to end: Int, _ lines: RenderingLines) -> (
        marker: Marker, title: Range<Int>?
    )? {
        let bytes = lines.bytes
        let backslash = UInt8(ascii: "\\")
        var index = start
        var backslashes: [Int] = []
        var isHeading = false
        var role = Role.ordered
        if index + 2 < end, bytes[index] == backslash, bytes[index + 1] == UInt8(ascii: "#") {
            isHeading = true
            role = .heading
            // `\## `, `\#\# `: every `#` of the run, escaped or not.
            while index < end {
                if bytes[index] == UInt8(ascii: "#") {
                    index += 1
                } else if bytes[index] == backslash, index + 1 < end, bytes[index + 1] == UInt8(ascii: "#") {
                    backslashes.append(index)
                    index += 1
                } else {
                    break
                }
            }
        } else if index + 2 < end, bytes[index] == backslash, "-*+>".utf8.contains(bytes[index + 1]) {
            backslashes.append(index)
            role = bytes[index + 1] == UInt8(ascii: ">") ? .quote : .bullet
            index += 2
        } else {
            while index < end, index - start < 9, ASCIIByte.isDigit(bytes[index]) { index += 1 }
            guard index > start, index + 2 < end, bytes[index] == backslash,
                bytes[index + 1] == UInt8(ascii: ".") || bytes[index + 1] == UInt8(ascii: ")")
            else { return nil }
            backslashes.append(index)
            index += 2
        }
        guard index < end, bytes[index] == 0x20 || bytes[index] == 0x09, !backslashes.isEmpty else { return nil }
        let text = lines.trimmed(index..<end)
        guard !text.isEmpty, !lines.inCodeSpan(start..<index) else { return nil }
        return (
            Marker(backslashes: backslashes, written: lines.text(start..<index), role: role), isHeading ? text : nil
        )
    }

    /// `\*\*bold text\*\*` on one line, outside code spans: an opening `\*\*` before text and a
    /// closing one after text, as bold is written (`\*\*kwargs and \*\*options` is no pair).
    private static func boldMarkers(from start: Int, to end: Int, _ lines: RenderingLines) -> [Marker] {
        let bytes = lines.bytes
        func isSpace(_ offset: Int) -> Bool {
            offset < start || offset >= end || bytes[offset] == 0x20 || bytes[offset] == 0x09
        }
        var found: [Marker] = []
        var opener: Int?
        var index = start
        while index + 3 < end {
            guard bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "*"),
                bytes[index + 2] == UInt8(ascii: "\\"),
                bytes[index + 3] == UInt8(ascii: "*"), !lines.inCodeSpan(index..<(index + 4))
            else {
                index += 1
                continue
            }
            if let open = opener, !isSpace(index - 1), index + 4 >= end || !ASCIIByte.isAlphanumeric(bytes[index + 4]) {
                for position in [open, index] {
                    found.append(Marker(backslashes: [position, position + 2], written: "\\*\\*", role: .bold))
                }
                opener = nil
            } else if !isSpace(index + 4) {
                opener = index
            }
            index += 4
        }
        return found
    }

    /// `\*\*Title\*\*` alone on a line (after an optional list marker): the title.
    private static func escapedBoldTitle(from start: Int, to end: Int, _ lines: RenderingLines) -> Range<Int>? {
        let bytes = lines.bytes
        let open = lines.skipListMarker(from: start, to: end) ?? start
        let close = lines.trimmed(open..<end).upperBound
        var upper = close
        if upper > open, bytes[upper - 1] == UInt8(ascii: ":") { upper -= 1 }
        let marker = Array("\\*\\*".utf8)
        guard upper - open > 8, bytes[open..<(open + 4)].elementsEqual(marker),
            bytes[(upper - 4)..<upper].elementsEqual(marker)
        else { return nil }
        let title = lines.trimmed((open + 4)..<(upper - 4))
        return title.isEmpty ? nil : title
    }
}
