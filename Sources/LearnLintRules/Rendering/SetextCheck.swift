import LearnLintCore

/// Lines of `===` or `---` that turn the paragraph above into a heading by accident, and the markers
/// a merge conflict leaves (`<<<<<<<`, `=======`, `>>>>>>>`), which render as text, quotes and headings.
enum SetextCheck {
    /// A setext heading longer than this (characters or words) is a paragraph that was not meant as one.
    static let titleCharacters = 80
    static let titleWords = 12

    static func pitfalls(_ lines: RenderingLines) -> [RenderingPitfall] {
        let (conflicts, conflictLines) = mergeConflicts(lines)
        return conflicts + accidentalHeadings(lines, skipping: conflictLines)
    }

    // MARK: - Private helpers

    private enum ConflictMarker {
        case ours, separator, base, theirs
    }

    private static let markers: [UInt8: ConflictMarker] = [
        UInt8(ascii: "<"): .ours, UInt8(ascii: "="): .separator, UInt8(ascii: "|"): .base, UInt8(ascii: ">"): .theirs,
    ]

    /// Conflict regions (one finding from `<<<<<<<` to `>>>>>>>`) and stray markers, outside code and HTML.
    private static func mergeConflicts(_ lines: RenderingLines) -> ([RenderingPitfall], Set<Int>) {
        var found: [RenderingPitfall] = []
        var markerLines: Set<Int> = []
        var open: (line: Int, range: Range<Int>)?
        func stray(_ line: Int, _ range: Range<Int>) {
            let message =
                "merge-conflict marker “\(lines.text(range))” left in the document: resolve the conflict and delete it"
            found.append(RenderingPitfall(.mergeConflict, range, message))
        }
        guard lines.lastLine >= 1 else { return ([], []) }
        for line in 1...lines.lastLine where !lines.isOpaqueLine(line) {
            // Git writes markers at the line start: most lines are ruled out by their first byte.
            let raw = lines.range(ofLine: line)
            guard raw.count >= 7, markers[lines.bytes[raw.lowerBound]] != nil else { continue }
            let range = lines.trimmed(raw)
            guard range.lowerBound == raw.lowerBound, let marker = marker(range, lines) else { continue }
            switch marker {
            case .ours:
                if let earlier = open { stray(earlier.line, earlier.range) }
                open = (line, range)
                markerLines.insert(line)
            case .separator, .base:
                if open != nil { markerLines.insert(line) }
            case .theirs:
                markerLines.insert(line)
                if let start = open {
                    let message =
                        "merge-conflict leftover: lines \(start.line)–\(line) hold both sides of a conflict; keep the text you want and delete the “<<<<<<<”, “=======” and “>>>>>>>” lines"
                    found.append(RenderingPitfall(.mergeConflict, start.range, message))
                    open = nil
                } else {
                    stray(line, range)
                }
            }
        }
        if let earlier = open { stray(earlier.line, earlier.range) }
        return (found, markerLines)
    }

    private static func underline(of block: Block, _ lines: RenderingLines) -> Int? {
        let start = block.range.start.line
        guard start < block.range.end.line else { return nil }
        for line in (start + 1)...block.range.end.line {
            let range = lines.trimmed(lines.range(ofLine: line))
            guard let first = lines.bytes[range].first, first == UInt8(ascii: "=") || first == UInt8(ascii: "-") else {
                continue
            }
            if lines.bytes[range].allSatisfy({ $0 == first || $0 == 0x20 }) { return line }
        }
        return nil
    }

    /// `<<<<<<< HEAD`, `=======`, `||||||| base`, `>>>>>>> branch`: seven characters at the line start.
    private static func marker(_ range: Range<Int>, _ lines: RenderingLines) -> ConflictMarker? {
        let bytes = lines.bytes
        guard range.count >= 7 else { return nil }
        let first = bytes[range.lowerBound]
        guard let kind = markers[first], bytes[range.lowerBound..<(range.lowerBound + 7)].allSatisfy({ $0 == first })
        else { return nil }
        if range.count == 7 { return kind }
        // `=======` stands alone; the others may name a branch after one space.
        return kind != .separator && bytes[range.lowerBound + 7] == 0x20 ? kind : nil
    }

    /// Setext headings whose text is a sentence or several lines: a `---` meant as a horizontal rule,
    /// or an `===` meant as a divider, written right under a paragraph.
    private static func accidentalHeadings(_ lines: RenderingLines, skipping conflictLines: Set<Int>)
        -> [RenderingPitfall]
    {
        var found: [RenderingPitfall] = []
        for block in lines.leaves {
            guard case .heading(let level, true) = block.kind else { continue }
            // cmark may end a setext heading a line late: the underline is the first line of `=` or `-`.
            guard let underline = underline(of: block, lines), !conflictLines.contains(underline) else { continue }
            let text = block.plainText.trimmed
            let lineCount = underline - block.range.start.line
            let words = text.split(separator: " ").count
            let sentence = text.hasSuffix(".") && !text.hasSuffix("...")
            guard lineCount > 1 || sentence || text.count > titleCharacters || words > titleWords else { continue }
            let range = lines.trimmed(lines.range(ofLine: underline))
            let written = lines.text(range)
            let what = lineCount > 1 ? "these \(lineCount) lines" : "this paragraph"
            let message =
                level == 2
                ? "“\(written)” right under \(what) makes a heading of it; leave a blank line above “\(written)” for a horizontal rule"
                : "“\(written)” right under \(what) makes a level-1 heading of it; leave a blank line above it if it was meant as a divider"
            found.append(RenderingPitfall(.accidentalSetext, range, message))
        }
        return found
    }
}
