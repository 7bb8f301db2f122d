import LearnLintCore

/// What a paste from a word processor or a rendered web page leaves: `•` bullets, tab-separated
/// "tables", and headings that are bare short lines in a document with no Markdown at all.
enum PasteCheck {
    /// Bullet characters word processors and web pages use; U+F0B7 is Word's Symbol-font bullet.
    static let bullets: Set<UInt32> = [0x2022, 0x2981, 0x25AA, 0xF0B7, 0x25CF, 0x25E6, 0x25A0, 0x2023, 0x2043, 0x27A2]
    /// A bare line longer than this (characters or words) is a sentence, not a title.
    static let titleCharacters = 60
    static let titleWords = 8

    static func bullets(_ lines: RenderingLines) -> [RenderingPitfall] {
        var found: [RenderingPitfall] = []
        for block in lines.leaves where block.kind == .paragraph {
            var edits: [(range: Range<Int>, symbol: String)] = []
            for (_, start, end) in lines.contentLines(of: block) {
                if let bullet = bullet(at: start, to: end, lines) { edits.append((start..<bullet.text, bullet.symbol)) }
            }
            guard let first = edits.first, let last = edits.last else { continue }
            let span = first.range.lowerBound..<last.range.upperBound
            var replacement: [UInt8] = []
            var index = span.lowerBound
            for edit in edits {
                replacement += lines.bytes[index..<edit.range.lowerBound]
                replacement += Array("- ".utf8)
                index = edit.range.upperBound
            }
            let what =
                edits.count == 1
                ? "this line renders as plain text" : "these \(edits.count) lines render as one paragraph"
            let message =
                "“\(first.symbol)” is a bullet pasted from a word processor or web page, not a Markdown list marker: \(what); write “- ”"
            found.append(
                RenderingPitfall(
                    .pastedBullets, first.range.lowerBound..<(first.range.lowerBound + first.symbol.utf8.count),
                    message,
                    fix: (span, String(decoding: replacement, as: UTF8.self))))
        }
        return found
    }

    static func tabTables(_ lines: RenderingLines) -> [RenderingPitfall] {
        var found: [RenderingPitfall] = []
        for block in lines.leaves where block.kind == .paragraph {
            var run: (first: Int, start: Int, cells: Int, count: Int)?
            func flush() {
                if let table = run, table.count >= 2 {
                    let message =
                        "\(table.count) lines of \(table.cells) tab-separated cells (lines \(table.first)–\(table.first + table.count - 1)) are a table pasted from a spreadsheet or web page: they render as one paragraph; write a Markdown table (`| … | … |`)"
                    found.append(RenderingPitfall(.tabSeparatedTable, table.start..<(table.start + 1), message))
                }
                run = nil
            }
            for (line, start, end) in lines.contentLines(of: block) {
                let cells = bullet(at: start, to: end, lines) == nil ? tabCells(from: start, to: end, lines) : 0
                if cells >= 2, let table = run, table.cells == cells {
                    run?.count += 1
                } else {
                    flush()
                    if cells >= 2 { run = (line, start, cells, 1) }
                }
            }
            flush()
        }
        return found
    }

    static func bareHeadings(_ lines: RenderingLines) -> [RenderingPitfall] {
        guard !hasMarkup(lines) else { return [] }
        let candidates = bareLines(lines)
        guard candidates.count >= 2 else { return [] }
        return candidates.map { line in
            let title = lines.text(line.title)
            let message =
                "“\(title)” stands alone like a heading, but the document has no Markdown markup at all: it renders as a plain paragraph; write “## \(title)”"
            return RenderingPitfall(.bareHeadings, line.title, message)
        }
    }

    /// Short, title-like lines that make a paragraph of their own and introduce more text.
    static func bareLines(_ lines: RenderingLines) -> [(line: Int, title: Range<Int>)] {
        var found: [(line: Int, title: Range<Int>)] = []
        let leaves = lines.leaves
        for (index, block) in leaves.enumerated()
        where block.kind == .paragraph && block.range.start.line == block.range.end.line {
            guard index + 1 < leaves.count else { continue }
            let line = block.range.start.line
            let range = lines.trimmed(
                lines.contentStart(ofLine: line, in: block)..<lines.range(ofLine: line).upperBound)
            if isTitleLike(range, lines) { found.append((line, range)) }
        }
        return found
    }

    /// Whether a line reads as a title: short, not a sentence, not starting in lower case, not a bullet.
    static func isTitleLike(_ range: Range<Int>, _ lines: RenderingLines) -> Bool {
        let text = lines.text(range)
        guard let first = text.unicodeScalars.first, let last = text.last, text.count <= titleCharacters,
            text.split(separator: " ").count <= titleWords
        else { return false }
        // An escaped marker (`\## Title`) is the escape check's finding, not a bare title.
        if first.properties.isLowercase || first == "\\" || first == "#" || bullets.contains(first.value) {
            return false
        }
        // A line that is a link (`**[Challenges](#challenges)**`) is navigation, such as a table of
        // contents, never a title meant as a heading.
        if text.contains("](") { return false }
        return !".,;!".contains(last)
    }

    /// A pasted bullet at `start`: its symbol and where the item's text begins.
    static func bullet(at start: Int, to end: Int, _ lines: RenderingLines) -> (symbol: String, text: Int)? {
        let bytes = lines.bytes
        guard start < end, bytes[start] >= 0xC2 else { return nil }
        var iterator = bytes[start..<end].makeIterator()
        var decoder = UTF8()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator), bullets.contains(scalar.value) else {
            return nil
        }
        let after = start + String(scalar).utf8.count
        guard after < end, bytes[after] == 0x20 || bytes[after] == 0x09 else { return nil }
        let text = lines.skipSpaces(from: after, to: end)
        return text < end ? (String(scalar), text) : nil
    }

    /// Whether the document uses any Markdown at all: a heading, list, quote, code, table, HTML,
    /// thematic break, emphasis, link or image.
    static func hasMarkup(_ lines: RenderingLines) -> Bool {
        var found = false
        func visitInline(_ inline: Inline) {
            switch inline.kind {
            case .text, .softBreak, .lineBreak: break
            default: found = true
            }
        }
        lines.document.root.forEach { block in
            switch block.kind {
            case .document: break
            case .paragraph: block.inlines.forEach(visitInline)
            default: found = true
            }
        }
        return found
    }

    // MARK: - Private helpers

    /// Cells of a line split at tabs: 0 unless a tab separates two pieces of text.
    private static func tabCells(from start: Int, to end: Int, _ lines: RenderingLines) -> Int {
        let bytes = lines.bytes
        let range = lines.trimmed(start..<end)
        guard bytes[range].contains(0x09) else { return 0 }
        var cells = 0
        var inCell = false
        for byte in bytes[range] {
            if byte == 0x09 {
                inCell = false
            } else if byte != 0x20, !inCell {
                inCell = true
                cells += 1
            }
        }
        return cells
    }
}
