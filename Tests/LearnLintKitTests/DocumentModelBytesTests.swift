import Testing
import LearnLintTestSupport

@testable import LearnLintCore

/// The document model reads bytes eight at a time (`ByteWords`: line ends, URLs in prose, exact prose
/// runs), converts positions without a line search, and searches labels for reference phrases in one
/// pass; each is checked against a plain reading of the same text.
@Suite struct DocumentModelBytesTests {
    /// Line starts and code-point columns as a plain loop computes them (the definition).
    private struct Reference {
        var starts: [Int] = [0]
        let bytes: [UInt8]

        init(_ text: String) {
            bytes = Array(text.utf8)
            for (offset, byte) in bytes.enumerated() {
                let bareReturn = byte == 0x0D && (offset + 1 == bytes.count || bytes[offset + 1] != 0x0A)
                if byte == 0x0A || bareReturn { starts.append(offset + 1) }
            }
        }

        func position(ofOffset offset: Int) -> SourcePosition {
            let line = starts.lastIndex { $0 <= offset } ?? 0
            let column = bytes[starts[line]..<offset].filter { $0 & 0xC0 != 0x80 }.count + 1
            return SourcePosition(line: line + 1, column: column)
        }
    }

    /// Pieces a document is made of: line ends of the three kinds, ASCII and multi-byte text.
    private static let pieces = ["\n", "\r\n", "\r", "a", "bc", "## Title", "é", "—", "🚀", " ", "12345678", "\t"]

    @Test func randomTextAgreesWithByteByByteReading() {
        var random = SeededRandom(seed: 0x6C69_6E65)
        for _ in 0..<300 {
            var text = ""
            for _ in 0..<Int(random.next() % 60) { text += Self.pieces[Int(random.next() % UInt64(Self.pieces.count))] }
            let index = LineIndex(text)
            let reference = Reference(text)
            #expect(index.lineStarts == reference.starts, "line starts of \(text.debugDescription)")
            for offset in 0...reference.bytes.count where offset == reference.bytes.count || reference.bytes[offset] & 0xC0 != 0x80 {
                let expected = reference.position(ofOffset: offset)
                #expect(index.position(ofOffset: offset) == expected, "offset \(offset) of \(text.debugDescription)")
                // The parser's path: an offset on a known line, found without a search.
                #expect(index.position(ofOffset: offset, onLine: expected.line) == expected)
            }
        }
    }

    @Test func aWrongLineFallsBackToTheSearch() {
        let index = LineIndex("ab\ncé\nd")
        #expect(index.position(ofOffset: 6, onLine: 1) == SourcePosition(line: 2, column: 3))
        #expect(index.position(ofOffset: 6, onLine: 3) == SourcePosition(line: 2, column: 3))
        #expect(index.position(ofOffset: 6, onLine: 9) == SourcePosition(line: 2, column: 3))
        #expect(index.position(ofOffset: 99, onLine: 0) == SourcePosition(line: 3, column: 2))
    }

    @Test func longASCIIAndNonASCIILinesAreMarked() {
        // Line ends and a multi-byte character just past a word boundary of eight bytes.
        let text = String(repeating: "x", count: 15) + "\n" + String(repeating: "y", count: 9) + "é" + "\r\nz"
        let index = LineIndex(text)
        #expect(index.lineStarts == [0, 16, 29])
        #expect(index.position(ofOffset: 27) == SourcePosition(line: 2, column: 11))
        #expect(index.position(ofOffset: 15) == SourcePosition(line: 1, column: 16))
    }
}

extension DocumentModelBytesTests {
    @Test func referencePhrasesAreFoundAsByASearchPerPhrase() {
        var random = SeededRandom(seed: 0x6C61_6265)
        let fragments = Document.documentReferences.flatMap { [$0, String($0.dropLast()), String($0.dropFirst())] }
            + ["th", "t", " ", "é", "this", "below!", "x"]
        for _ in 0..<2_000 {
            var text = ""
            for _ in 0..<Int(random.next() % 6) { text += fragments[Int(random.next() % UInt64(fragments.count))] }
            let expected = Document.documentReferences.contains { text.utf8Range(of: $0) != nil }
            #expect(Document.describesDocument(text) == expected, "\(text.debugDescription)")
        }
        #expect(Document.describesDocument("what you will find here"))
        #expect(!Document.describesDocument("docker: containers for the api"))
        #expect(!Document.describesDocument("b"))
    }

    @Test func wordComparisonAndColonSkipAgreeWithBytes() {
        var random = SeededRandom(seed: 0x7775_7264)
        let alphabet = Array("ab:/ x:/".utf8)
        for _ in 0..<1_000 {
            let a = (0..<Int(random.next() % 40)).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }
            let start = a.isEmpty ? 0 : Int(random.next() % UInt64(a.count))
            let length = Int(random.next() % 20)
            // Half the needles are cut from `a` itself, so equal ranges are common.
            let b = random.next() % 2 == 0 ? Array(a[start..<min(a.count, start + length)]) : Array(a.prefix(length))
            let expected = start + b.count <= a.count && Array(a[start..<(start + b.count)]) == b
            let equal = a.withUnsafeBufferPointer { a in b.withUnsafeBufferPointer { b in ByteWords.equal(a, from: start, b) } }
            #expect(equal == expected)
            // A URL is found wherever `scheme://` occurs, whatever the eight-byte skipping.
            let urls = a.withUnsafeBufferPointer { Document.bareURLRanges(in: $0) }
            #expect(urls == Self.urlsByteByByte(a), "\(String(decoding: a, as: UTF8.self).debugDescription)")
        }
        #expect(ByteWords.equal(UnsafeBufferPointer(start: nil, count: 0), from: 0, UnsafeBufferPointer(start: nil, count: 0)))
    }

    /// `Document.bareURLRanges` as it read every byte (before the eight-byte skip), for this alphabet.
    private static func urlsByteByByte(_ bytes: [UInt8]) -> [Range<Int>] {
        let letter = { (byte: UInt8) in byte == UInt8(ascii: "a") || byte == UInt8(ascii: "b") || byte == UInt8(ascii: "x") }
        var ranges: [Range<Int>] = []
        var index = 1
        while index + 2 < bytes.count {
            guard bytes[index] == UInt8(ascii: ":"), bytes[index + 1] == UInt8(ascii: "/"), bytes[index + 2] == UInt8(ascii: "/") else {
                index += 1
                continue
            }
            var start = index
            while start > 0, letter(bytes[start - 1]) { start -= 1 }
            var end = index + 3
            while end < bytes.count, bytes[end] != UInt8(ascii: " ") { end += 1 }
            if start < index { ranges.append(start..<end) }
            index = end
        }
        return ranges
    }
}

