/// A run of prose: text a reader reads, outside code spans, code blocks, HTML and URLs.
public struct ProseRun: Sendable {
    public var text: String
    /// Byte offset of `text`'s first byte in the document.
    public var offset: Int
    /// Whether `offset` is exact (the source bytes equal `text`); fixes are offered only when it is.
    public var isExact: Bool
    /// The block the run belongs to (heading, paragraph, table cell).
    public var blockKind: Block.Kind
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
            guard !inline.literal.isEmpty else { return }
            let (offset, exact) = locate(inline, lines: lines)
            runs.append(ProseRun(text: inline.literal, offset: offset, isExact: exact, blockKind: kind))
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

    /// Where a text node's literal really starts: cmark's span is checked against the source, and
    /// when escapes or entities make them differ, the literal is looked up on the node's line.
    private static func locate(_ inline: Inline, lines: LineIndex) -> (Int, Bool) {
        let bytes = lines.bytes
        let start = inline.byteRange.lowerBound
        // The usual case, compared as raw bytes without copying the literal.
        var text = inline.literal
        let sameAtStart = text.withUTF8 { literal in
            guard start >= 0, start + literal.count <= bytes.count else { return false }
            return bytes.withUnsafeBufferPointer { source in
                for offset in literal.indices where source[start + offset] != literal[offset] { return false }
                return true
            }
        }
        if sameAtStart { return (start, true) }
        let literal = Array(inline.literal.utf8)
        if start + literal.count <= bytes.count, bytes[start..<(start + literal.count)].elementsEqual(literal) {
            return (start, true)
        }
        let line = lines.byteRange(ofLine: inline.range.start.line)
        if let found = firstIndex(of: literal, in: bytes, range: max(line.lowerBound, start)..<line.upperBound) {
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
        guard !needle.isEmpty, range.count >= needle.count else { return nil }
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
