/// A run of prose: text a reader reads, outside code spans, code blocks, HTML and URLs.
public struct ProseRun: Sendable {
    /// Byte offset of `text`'s first byte in the document.
    public var offset: Int
    /// Whether `offset` is exact (the source bytes equal `text`); fixes are offered only when it is.
    public var isExact: Bool
    /// The block the run belongs to (heading, paragraph, table cell).
    public var blockKind: Block.Kind
    /// The length of `text` in UTF-8 bytes.
    public let length: Int
    /// The text of an inexact run (a literal with escapes or entities resolved); nil when the run is
    /// its bytes of `source`.
    private let ownText: String?
    /// The document's bytes (shared, not copied).
    private let source: [UInt8]

    /// The run's text: an exact run's bytes of the document, built when read (rules read the shared
    /// tokens, and only a match's run as text).
    public var text: String {
        if let ownText { return ownText }
        guard offset >= 0, offset + length <= source.count else { return "" }
        return String(decoding: source[offset..<(offset + length)], as: UTF8.self)
    }

    /// A run that is `length` bytes of the document from `offset`.
    init(exactAt offset: Int, length: Int, source: [UInt8], blockKind: Block.Kind) {
        self.offset = offset
        self.isExact = true
        self.blockKind = blockKind
        self.length = length
        self.ownText = nil
        self.source = source
    }

    /// A run with its own text, which starts at or near `offset`.
    init(text: String, offset: Int, isExact: Bool, blockKind: Block.Kind) {
        self.offset = offset
        self.isExact = isExact
        self.blockKind = blockKind
        self.length = text.utf8.count
        self.ownText = text
        self.source = []
    }
}

extension Document {
    /// Every prose run of a block tree in order (stored as `proseRuns`). Code spans, fenced and
    /// indented code, HTML, link destinations, autolinked URLs and image descriptions are never prose.
    static func collectProseRuns(_ root: Block, lines: LineIndex) -> [ProseRun] {
        var runs: [ProseRun] = []
        root.forEach { block in
            guard !block.inlines.isEmpty else { return }
            for inline in block.inlines { collect(inline, in: block.kind, lines: lines, into: &runs) }
        }
        return runs
    }

    private static func collect(_ inline: Inline, in kind: Block.Kind, lines: LineIndex, into runs: inout [ProseRun]) {
        switch inline.kind {
        case .text:
            // A literal that is the source's bytes (most): its runs are spans of them, no text copied.
            if let span = inline.literalSpan {
                appendOutsideBareURLs(span, lines: lines, kind: kind, into: &runs)
                return
            }
            guard !inline.literal.isEmpty else { return }
            let (offset, exact) = locate(inline, lines: lines)
            appendOutsideBareURLs(inline.literal, offset: offset, isExact: exact, kind: kind, into: &runs)
        case .code, .html, .image, .softBreak, .lineBreak:
            return
        case .link(let destination):
            // An autolink shows its own URL as text: that is not prose either.
            let text = inline.plainText
            if text == destination || destination.hasSuffix(text) || text.contains("://") { return }
            for child in inline.children { collect(child, in: kind, lines: lines, into: &runs) }
        default:
            for child in inline.children { collect(child, in: kind, lines: lines, into: &runs) }
        }
    }

    /// Appends `text` as prose, minus any bare URL in it (`redis://localhost:6379/0`, `amqp://guest@rabbitmq`):
    /// GitHub autolinks only web addresses, so other schemes stay text, yet their scheme and host names
    /// are an address, not a writer's spelling of a technology.
    private static func appendOutsideBareURLs(
        _ text: String, offset: Int, isExact: Bool, kind: Block.Kind, into runs: inout [ProseRun]
    ) {
        var literal = text
        literal.withUTF8 { bytes in
            let urls = bareURLRanges(in: bytes)
            guard !urls.isEmpty else {
                runs.append(ProseRun(text: text, offset: offset, isExact: isExact, blockKind: kind))
                return
            }
            // URLs start and end at ASCII bytes, so every piece between them is whole UTF-8.
            var start = 0
            for url in urls + [bytes.count..<bytes.count] {
                if url.lowerBound > start {
                    let piece = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<url.lowerBound]), as: UTF8.self)
                    runs.append(ProseRun(text: piece, offset: offset + start, isExact: isExact, blockKind: kind))
                }
                start = url.upperBound
            }
        }
    }

    /// `appendOutsideBareURLs` for a literal that is `span` of the document's bytes.
    private static func appendOutsideBareURLs(_ span: Range<Int>, lines: LineIndex, kind: Block.Kind, into runs: inout [ProseRun]) {
        let source = lines.bytes
        guard span.lowerBound >= 0, span.upperBound <= source.count, !span.isEmpty else { return }
        let urls = source.withUnsafeBufferPointer { bytes in
            bareURLRanges(in: UnsafeBufferPointer(rebasing: bytes[span]))
        }
        guard !urls.isEmpty else {
            runs.append(ProseRun(exactAt: span.lowerBound, length: span.count, source: source, blockKind: kind))
            return
        }
        var start = 0
        for url in urls + [span.count..<span.count] {
            if url.lowerBound > start {
                runs.append(ProseRun(exactAt: span.lowerBound + start, length: url.lowerBound - start, source: source, blockKind: kind))
            }
            start = url.upperBound
        }
    }

    /// Byte ranges of `scheme://…` tokens: the scheme (letters, digits, `+ . -`, starting with a letter)
    /// through the next space. Texts without `://` cost one byte scan.
    static func bareURLRanges(in bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var index = 1
        let colon = UInt8(ascii: ":"), slash = UInt8(ascii: "/")
        let colons = ByteWords.repeated(colon)
        while index + 2 < bytes.count {
            // Most texts have no `:` at all, or only far apart: skip eight bytes without one at a time.
            if index + 8 <= bytes.count, !ByteWords.hasByte(ByteWords.word(bytes, at: index), colons) {
                index += 8
                continue
            }
            guard bytes[index] == colon, bytes[index + 1] == slash, bytes[index + 2] == slash else {
                index += 1
                continue
            }
            var start = index
            while start > 0, isSchemeByte(bytes[start - 1]) { start -= 1 }
            // A scheme starts with a letter; skip digits or signs that only precede it.
            while start < index, !isLetter(bytes[start]) { start += 1 }
            var end = index + 3
            while end < bytes.count, !isSpace(bytes[end]) { end += 1 }
            if start < index { ranges.append(start..<end) }
            index = end
        }
        return ranges
    }

    private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }

    private static func isSchemeByte(_ byte: UInt8) -> Bool {
        isLetter(byte) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2B || byte == 0x2D || byte == 0x2E
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }

    /// Where a text node's literal really starts: cmark's span is checked against the source, and
    /// when escapes or entities make them differ, the literal is looked up on the node's line.
    private static func locate(_ inline: Inline, lines: LineIndex) -> (Int, Bool) {
        let bytes = lines.bytes
        let start = inline.byteRange.lowerBound
        // The usual case, compared as raw bytes without copying the literal.
        var text = inline.literal
        let sameAtStart = text.withUTF8 { literal in
            guard start >= 0, start + literal.count <= bytes.count else { return false }
            return bytes.withUnsafeBufferPointer { source in ByteWords.equal(source, from: start, literal) }
        }
        if sameAtStart { return (start, true) }
        let literal = Array(inline.literal.utf8)
        if start >= 0, start + literal.count <= bytes.count, bytes[start..<(start + literal.count)].elementsEqual(literal) {
            return (start, true)
        }
        let line = lines.byteRange(ofLine: inline.range.start.line)
        // A span cmark places past its line's end (line numbers it counts differently) must not trap.
        if let found = firstIndex(of: literal, in: bytes, range: min(max(line.lowerBound, start), line.upperBound)..<line.upperBound) {
            return (found, true)
        }
        // cmark reports lazy continuation lines of list items shifted by the item's indentation: the
        // text may start before the reported column.
        if start > line.lowerBound,
            let found = firstIndex(of: literal, in: bytes, range: line.lowerBound..<min(line.upperBound, start + literal.count))
        {
            return (found, true)
        }
        return (start, false)
    }

    private static func firstIndex(of needle: [UInt8], in haystack: [UInt8], range: Range<Int>) -> Int? {
        guard !needle.isEmpty, range.lowerBound >= 0, range.upperBound <= haystack.count, range.count >= needle.count
        else { return nil }
        var index = range.lowerBound
        while index + needle.count <= range.upperBound {
            if haystack[index] == needle[0], haystack[index..<(index + needle.count)].elementsEqual(needle) {
                return index
            }
            index += 1
        }
        return nil
    }
}
