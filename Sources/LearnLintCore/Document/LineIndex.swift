/// Maps between byte offsets, cmark's (line, byte column) pairs and code-point columns.
///
/// cmark-gfm reports byte columns; findings must use code points, so every position a rule reports
/// passes through here. All lookups clamp instead of trapping: positions come from a parser that
/// has seen arbitrary input.
public struct LineIndex: Sendable {
    /// The document's bytes (UTF-8).
    public let bytes: [UInt8]
    /// Byte offset of the first byte of each line (line 1 is index 0).
    public let lineStarts: [Int]
    /// Whether each line (same index as `lineStarts`) is all ASCII: there a code-point column is the
    /// byte offset from the line start plus one, with no scan (most lines, and every position of
    /// every block and inline goes through `position(ofOffset:)`).
    private let asciiLines: [Bool]

    public init(_ text: String) {
        let bytes = Array(text.utf8)
        var starts = [0]
        starts.reserveCapacity(bytes.count / 40 + 1)
        var ascii: [Bool] = []
        ascii.reserveCapacity(bytes.count / 40 + 1)
        var lineIsASCII = true
        let newline = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r")
        let newlines = ByteWords.repeated(newline), returns = ByteWords.repeated(carriageReturn)
        bytes.withUnsafeBufferPointer { buffer in
            let count = buffer.count
            var offset = 0
            while offset < count {
                // Eight bytes at a time while none ends a line (most of a document); only the line
                // ends are looked at byte by byte.
                if offset + 8 <= count {
                    let word = ByteWords.word(buffer, at: offset)
                    if !ByteWords.hasByte(word, newlines), !ByteWords.hasByte(word, returns) {
                        if word & ByteWords.highBits != 0 { lineIsASCII = false }
                        offset += 8
                        continue
                    }
                }
                let byte = buffer[offset]
                if byte >= 0x80 { lineIsASCII = false }
                // Lines end as cmark ends them: `\n`, `\r\n`, or a bare `\r` (classic Mac text), so
                // cmark's line numbers and these agree.
                if byte == newline || (byte == carriageReturn && (offset + 1 == count || buffer[offset + 1] != newline)) {
                    starts.append(offset + 1)
                    ascii.append(lineIsASCII)
                    lineIsASCII = true
                }
                offset += 1
            }
        }
        ascii.append(lineIsASCII)
        self.bytes = bytes
        self.lineStarts = starts
        self.asciiLines = ascii
    }

    public var lineCount: Int { lineStarts.count }

    /// The byte range of a 1-based line, without its line terminator (`\n`, `\r\n` or `\r`).
    public func byteRange(ofLine line: Int) -> Range<Int> {
        guard line >= 1, line <= lineStarts.count else { return bytes.count..<bytes.count }
        let start = lineStarts[line - 1]
        // The byte before the next line's start is its terminator (`\n` or a bare `\r`); a `\r`
        // before a `\n` belongs to the terminator too.
        var end = line < lineStarts.count ? lineStarts[line] - 1 : bytes.count
        if end > start, end < bytes.count, bytes[end] == UInt8(ascii: "\n"), bytes[end - 1] == UInt8(ascii: "\r") {
            end -= 1
        }
        return start..<max(start, end)
    }

    /// The text of a 1-based line, without its terminator.
    public func text(ofLine line: Int) -> String {
        String(decoding: bytes[byteRange(ofLine: line)], as: UTF8.self)
    }

    /// Byte offset of a cmark position (1-based line, 1-based byte column), clamped to the line.
    public func offset(line: Int, byteColumn: Int) -> Int {
        let range = byteRange(ofLine: line)
        return min(max(range.lowerBound, range.lowerBound + byteColumn - 1), range.upperBound)
    }

    /// The 1-based line holding a byte offset.
    public func line(ofOffset offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low + 1
    }

    /// The position (code-point column) of a byte offset.
    public func position(ofOffset offset: Int) -> SourcePosition {
        let clamped = min(max(0, offset), bytes.count)
        return position(ofOffset: clamped, onLine: line(ofOffset: clamped))
    }

    /// The position of an offset already known to lie on `line` (from `offset(line:byteColumn:)`),
    /// without searching for the line: the parser converts two positions per node.
    func position(ofOffset clamped: Int, onLine line: Int) -> SourcePosition {
        // Anything else is a caller's mistake; the search (which always lands here with a good pair) answers it.
        guard line >= 1, line <= lineStarts.count, clamped >= lineStarts[line - 1], clamped <= bytes.count,
            line == lineStarts.count || clamped < lineStarts[line]
        else {
            return position(ofOffset: clamped)
        }
        let start = lineStarts[line - 1]
        if asciiLines[line - 1] { return SourcePosition(line: line, column: clamped - start + 1) }
        var column = 1
        var index = start
        while index < clamped {
            // Count only the leading byte of each UTF-8 sequence.
            if bytes[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        return SourcePosition(line: line, column: column)
    }

    /// Converts a cmark (line, byte column) pair into a code-point position.
    public func position(line: Int, byteColumn: Int) -> SourcePosition {
        guard line >= 1, line <= lineStarts.count else {
            return SourcePosition(line: max(1, min(line, lineStarts.count)), column: 1)
        }
        // `offset(line:byteColumn:)` stays within the line, so the line needs no search.
        return position(ofOffset: offset(line: line, byteColumn: byteColumn), onLine: line)
    }

    /// The byte offset of a code-point position, clamped to its line.
    public func offset(of position: SourcePosition) -> Int {
        let range = byteRange(ofLine: position.line)
        var index = range.lowerBound
        var column = 1
        while index < range.upperBound, column < position.column {
            index += 1
            while index < range.upperBound, bytes[index] & 0xC0 == 0x80 { index += 1 }
            column += 1
        }
        return index
    }
}
