import LearnLintCore

/// The source lines of a document as the rendering checks read them: which lines are Markdown text
/// (paragraphs, headings, tables — never code, HTML or front matter), and the leaf blocks in order.
///
/// The checks look at the raw bytes a writer typed, because a pitfall is exactly a place where the
/// rendered tree differs from what the writer saw; the tree only tells them where text may be read.
struct RenderingLines {
    let document: Document
    let lines: LineIndex
    /// Paragraphs, headings, tables, code, HTML blocks and thematic breaks, in document order.
    private(set) var leaves: [Block] = []
    /// Index `line - 1` → whether the line belongs to a paragraph, heading or table.
    private(set) var isText: [Bool]
    /// Byte ranges of code spans, in document order (text a writer quoted on purpose).
    private(set) var codeSpans: [Range<Int>] = []
    /// Index `line - 1` → whether the line belongs to a code or HTML block (text shown as written).
    private(set) var isOpaque: [Bool]
    /// The first line of every code block.
    private(set) var codeStartLines: Set<Int> = []

    init(_ document: Document) {
        self.document = document
        self.lines = document.lines
        self.isText = Array(repeating: false, count: document.lines.lineCount)
        self.isOpaque = isText
        collect(document.root)
    }

    /// The last line a reader sees (a final newline does not start another one).
    var lastLine: Int {
        lines.lineCount - (lines.bytes.last == UInt8(ascii: "\n") && lines.lineCount > 1 ? 1 : 0)
    }

    var bytes: [UInt8] { lines.bytes }

    func isTextLine(_ line: Int) -> Bool { line >= 1 && line <= isText.count && isText[line - 1] }

    func isOpaqueLine(_ line: Int) -> Bool { line >= 1 && line <= isOpaque.count && isOpaque[line - 1] }

    func range(ofLine line: Int) -> Range<Int> { lines.byteRange(ofLine: line) }

    func text(_ range: Range<Int>) -> String {
        let lower = max(0, min(range.lowerBound, bytes.count))
        return String(decoding: bytes[lower..<max(lower, min(range.upperBound, bytes.count))], as: UTF8.self)
    }

    /// Whether a line holds nothing but spaces and tabs.
    func isBlank(_ line: Int) -> Bool {
        bytes[range(ofLine: line)].allSatisfy { $0 == 0x20 || $0 == 0x09 }
    }

    /// Where a text line's content starts: after indentation and block-quote markers; for the first line
    /// of a block, where the block starts (after a list marker too).
    func contentStart(ofLine line: Int, in block: Block) -> Int {
        let range = range(ofLine: line)
        if line == block.range.start.line, range.contains(block.byteRange.lowerBound) {
            return block.byteRange.lowerBound
        }
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            guard byte == 0x20 || byte == 0x09 || byte == UInt8(ascii: ">") else { break }
            index += 1
        }
        return index
    }

    /// The text lines of a block with where each one's content starts.
    func contentLines(of block: Block) -> [(line: Int, start: Int, end: Int)] {
        guard block.range.start.line >= 1 else { return [] }
        return (block.range.start.line...max(block.range.start.line, block.range.end.line)).map { line in
            (line, contentStart(ofLine: line, in: block), range(ofLine: line).upperBound)
        }
    }

    /// Whether a byte range overlaps a code span.
    func inCodeSpan(_ range: Range<Int>) -> Bool {
        // Binary search for the first span ending after the range starts.
        var low = 0
        var high = codeSpans.count
        while low < high {
            let mid = (low + high) / 2
            if codeSpans[mid].upperBound <= range.lowerBound { low = mid + 1 } else { high = mid }
        }
        return low < codeSpans.count && codeSpans[low].lowerBound < range.upperBound
    }

    // MARK: - Line shapes shared by several checks

    /// `## Title` (up to three spaces first): the title's byte range and the heading level.
    func atxHeading(from start: Int, to end: Int) -> (level: Int, title: Range<Int>)? {
        var index = start
        var spaces = 0
        while index < end, bytes[index] == 0x20, spaces < 3 {
            index += 1
            spaces += 1
        }
        var level = 0
        while index < end, bytes[index] == UInt8(ascii: "#") {
            level += 1
            index += 1
        }
        guard (1...6).contains(level), index < end, bytes[index] == 0x20 || bytes[index] == 0x09 else { return nil }
        let title = trimmed(index..<end)
        return title.isEmpty ? nil : (level, title)
    }

    /// `**Title**` alone on a line, optionally after a list marker and before a colon: the title's range.
    func boldOnlyLine(from start: Int, to end: Int) -> Range<Int>? {
        var index = skipListMarker(from: skipSpaces(from: start, to: end), to: end) ?? skipSpaces(from: start, to: end)
        guard index + 4 < end, bytes[index] == UInt8(ascii: "*"), bytes[index + 1] == UInt8(ascii: "*") else {
            return nil
        }
        index += 2
        var close = index
        while close + 1 < end, !(bytes[close] == UInt8(ascii: "*") && bytes[close + 1] == UInt8(ascii: "*")) {
            close += 1
        }
        guard close + 1 < end, close > index else { return nil }
        let rest = trimmed((close + 2)..<end)
        guard rest.isEmpty || (rest.count == 1 && bytes[rest.lowerBound] == UInt8(ascii: ":")) else { return nil }
        let title = trimmed(index..<close)
        return title.isEmpty ? nil : title
    }

    /// After `- `, `* `, `+ `, `1. ` or `1) `: where the item's text starts; nil when there is no marker.
    func skipListMarker(from start: Int, to end: Int) -> Int? {
        guard start < end else { return nil }
        var index = start
        if [UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "+")].contains(bytes[index]) {
            index += 1
        } else {
            while index < end, index - start < 9, ASCIIByte.isDigit(bytes[index]) { index += 1 }
            guard index > start, index < end, bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: ")")
            else { return nil }
            index += 1
        }
        guard index < end, bytes[index] == 0x20 || bytes[index] == 0x09 else { return nil }
        let text = skipSpaces(from: index, to: end)
        return text < end ? text : nil
    }

    func skipSpaces(from start: Int, to end: Int) -> Int {
        var index = start
        while index < end, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
        return index
    }

    /// A range without the spaces, tabs and closing `#`s around it.
    func trimmed(_ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, bytes[lower] == 0x20 || bytes[lower] == 0x09 { lower += 1 }
        while upper > lower, bytes[upper - 1] == 0x20 || bytes[upper - 1] == 0x09 || bytes[upper - 1] == 0x0D {
            upper -= 1
        }
        return lower..<upper
    }

    // MARK: - Private helpers

    private mutating func collect(_ block: Block) {
        switch block.kind {
        case .paragraph, .heading, .table:
            leaves.append(block)
            let first = max(1, block.range.start.line)
            let last = min(isText.count, max(first, block.range.end.line))
            if first <= last { for line in first...last { isText[line - 1] = true } }
            for inline in block.inlines { collectCodeSpans(inline) }
            if block.kind == .table { block.forEach { cell in cell.inlines.forEach { collectCodeSpans($0) } } }
        case .codeBlock, .htmlBlock, .thematicBreak:
            leaves.append(block)
            if block.isCode { codeStartLines.insert(block.range.start.line) }
            if block.kind != .thematicBreak {
                let first = max(1, block.range.start.line)
                let last = min(isOpaque.count, max(first, block.range.end.line))
                if first <= last { for line in first...last { isOpaque[line - 1] = true } }
            }
        default:
            for child in block.children { collect(child) }
        }
    }

    private mutating func collectCodeSpans(_ inline: Inline) {
        if inline.kind == .code {
            if codeSpans.last.map({ $0.lowerBound < inline.byteRange.lowerBound }) ?? true {
                codeSpans.append(inline.byteRange)
            }
            return
        }
        for child in inline.children { collectCodeSpans(child) }
    }
}
