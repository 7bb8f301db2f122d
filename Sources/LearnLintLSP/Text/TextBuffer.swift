import LearnLintCore

/// An open document's text, edited by the client's changes, with the conversions between LSP
/// positions (0-based lines, UTF-16 code units) and the byte offsets the text is stored in.
///
/// The protocol counts a line break as `\n`, `\r\n` or a lone `\r`, so the buffer does too (the
/// linter's own positions count `\n` only; both meet at byte offsets). Every conversion clamps: a
/// position past a line's end is its end, a line past the last is the end of the text, and a
/// character in the middle of a surrogate pair is the start of that character, so no client
/// position can split a character or index out of bounds.
public struct TextBuffer: Sendable {
    /// The text as UTF-8; always valid, since it only ever changes at character boundaries.
    public private(set) var bytes: [UInt8]
    /// Byte offset of the first byte of each line.
    private var lineStarts: [Int]

    public init(_ text: String) {
        bytes = Array(text.utf8)
        lineStarts = TextBuffer.lineStarts(of: bytes)
    }

    public var text: String { String(decoding: bytes, as: UTF8.self) }

    public var lineCount: Int { lineStarts.count }

    // MARK: - Edits

    /// Replaces a range (or, without one, the whole text) with new text.
    public mutating func apply(_ range: LSPRange?, _ newText: String) {
        guard let range else {
            self = TextBuffer(newText)
            return
        }
        let start = offset(of: range.start)
        let end = max(start, offset(of: range.end))
        bytes.replaceSubrange(start..<end, with: Array(newText.utf8))
        lineStarts = TextBuffer.lineStarts(of: bytes)
    }

    // MARK: - Positions

    /// The byte offset of an LSP position, clamped as the type's summary says.
    public func offset(of position: LSPPosition) -> Int {
        guard position.line >= 0 else { return 0 }
        guard position.line < lineStarts.count else { return bytes.count }
        let line = contentRange(ofLine: position.line)
        var index = line.lowerBound
        var units = 0
        while index < line.upperBound, units < position.character {
            let (length, width) = TextBuffer.sequence(at: bytes[index])
            // A position between the two halves of a surrogate pair: stay before the character.
            if units + width > position.character { break }
            units += width
            index = min(index + length, line.upperBound)
        }
        return index
    }

    /// The LSP position of a byte offset (clamped to the text).
    public func position(ofOffset rawOffset: Int) -> LSPPosition {
        let offset = min(max(0, rawOffset), bytes.count)
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        var units = 0
        var index = lineStarts[low]
        while index < offset {
            let (length, width) = TextBuffer.sequence(at: bytes[index])
            guard index + length <= offset else { break }
            units += width
            index += length
        }
        return LSPPosition(line: low, character: units)
    }

    /// The LSP position of a linter position (1-based line counting `\n`, 1-based code-point column).
    public func position(of source: SourcePosition, in lines: LineIndex) -> LSPPosition {
        position(ofOffset: lines.offset(of: source))
    }

    /// The LSP range of a linter range.
    public func range(of source: SourceRange, in lines: LineIndex) -> LSPRange {
        let start = position(of: source.start, in: lines)
        return LSPRange(start: start, end: max(start, position(of: source.end, in: lines)))
    }

    /// The LSP range from one byte offset to another.
    public func range(fromOffset start: Int, to end: Int) -> LSPRange {
        LSPRange(start: position(ofOffset: start), end: position(ofOffset: max(start, end)))
    }

    /// The position just past the last character.
    public var endPosition: LSPPosition { position(ofOffset: bytes.count) }

    // MARK: - Private helpers

    /// The bytes of a 0-based line without its line break.
    private func contentRange(ofLine line: Int) -> Swift.Range<Int> {
        let start = lineStarts[line]
        var end = line + 1 < lineStarts.count ? lineStarts[line + 1] : bytes.count
        if end > start, bytes[end - 1] == UInt8(ascii: "\n") { end -= 1 }
        if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return start..<end
    }

    /// The byte length of the UTF-8 sequence a lead byte starts, and its width in UTF-16 code units.
    private static func sequence(at lead: UInt8) -> (length: Int, width: Int) {
        switch lead {
        case 0xF0...: return (4, 2)
        case 0xE0...: return (3, 1)
        case 0xC0...: return (2, 1)
        default: return (1, 1)
        }
    }

    private static func lineStarts(of bytes: [UInt8]) -> [Int] {
        var starts = [0]
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if byte == UInt8(ascii: "\n") {
                starts.append(index)
            } else if byte == UInt8(ascii: "\r") {
                if index < bytes.count, bytes[index] == UInt8(ascii: "\n") { index += 1 }
                starts.append(index)
            }
        }
        return starts
    }
}
