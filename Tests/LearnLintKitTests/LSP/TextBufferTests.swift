import LearnLintCore
import Testing

@testable import LearnLintLSP

/// LSP positions count UTF-16 code units; the buffer stores UTF-8 and the linter counts code points.
@Suite struct TextBufferTests {
    private func position(_ line: Int, _ character: Int) -> LSPPosition {
        LSPPosition(line: line, character: character)
    }

    private func range(_ l1: Int, _ c1: Int, _ l2: Int, _ c2: Int) -> LSPRange {
        LSPRange(start: position(l1, c1), end: position(l2, c2))
    }

    @Test func utf16OffsetsCountSurrogatePairsAsTwoAndAccentsAsOne() {
        // "🚀" is 4 UTF-8 bytes and 2 UTF-16 units; "é" is 2 bytes and 1 unit; "語" is 3 bytes and 1 unit.
        let buffer = TextBuffer("a🚀é語b\n")
        #expect(buffer.offset(of: position(0, 1)) == 1)
        #expect(buffer.offset(of: position(0, 3)) == 5, "after the rocket")
        #expect(buffer.offset(of: position(0, 4)) == 7, "after é")
        #expect(buffer.offset(of: position(0, 5)) == 10, "after 語")
        #expect(buffer.position(ofOffset: 10) == position(0, 5))
        #expect(buffer.position(ofOffset: 5) == position(0, 3))
    }

    @Test func aPositionInsideASurrogatePairStaysBeforeTheCharacter() {
        let buffer = TextBuffer("x🚀y")
        #expect(buffer.offset(of: position(0, 2)) == 1)
        #expect(
            buffer.position(ofOffset: 3) == position(0, 1),
            "an offset inside a UTF-8 sequence counts the whole character as after it")
    }

    @Test func positionsOutsideTheTextAreClamped() {
        let buffer = TextBuffer("ab\ncd")
        #expect(buffer.offset(of: position(0, 99)) == 2, "past the line's end: its end, before the line break")
        #expect(buffer.offset(of: position(7, 0)) == 5, "past the last line: the end of the text")
        #expect(buffer.offset(of: position(-1, -4)) == 0)
        #expect(buffer.offset(of: position(1, -3)) == 3)
        #expect(buffer.position(ofOffset: 99) == position(1, 2))
    }

    @Test func crlfAndALoneCRAreLineBreaksAsTheProtocolSays() {
        let buffer = TextBuffer("one\r\ntwo\rthree\n")
        #expect(buffer.lineCount == 4)
        #expect(buffer.offset(of: position(1, 0)) == 5)
        #expect(buffer.offset(of: position(2, 1)) == 10)
        #expect(buffer.offset(of: position(0, 9)) == 3, "the end of a CRLF line is before the CR")
    }

    @Test func incrementalChangesApplyInOrder() {
        var buffer = TextBuffer("## Key Technologies\n- Github Actions 🚀\n")
        buffer.apply(range(1, 2, 1, 8), "GitHub")
        buffer.apply(range(1, 17, 1, 19), "✅")
        buffer.apply(range(0, 3, 0, 6), "Main")
        buffer.apply(range(2, 0, 2, 0), "- Docker\n")
        #expect(buffer.text == "## Main Technologies\n- GitHub Actions ✅\n- Docker\n")
        buffer.apply(nil, "replaced")
        #expect(buffer.text == "replaced")
    }

    @Test func aReversedOrOutOfRangeChangeNeverTraps() {
        var buffer = TextBuffer("abc")
        buffer.apply(range(0, 2, 0, 1), "X")
        #expect(buffer.text == "abXc", "an end before the start inserts at the start")
        buffer.apply(range(5, 5, 9, 9), "!")
        #expect(buffer.text == "abXc!")
    }

    @Test func aFindingOnANonASCIILineMapsToUTF16Columns() {
        // The linter says column 5 (code points): "- 🚀 " is 4 code points, 5 UTF-16 units.
        let buffer = TextBuffer("# T\n- 🚀 Github Actions\n")
        let lines = LineIndex(buffer.text)
        let mapped = buffer.range(
            of: SourceRange(start: SourcePosition(line: 2, column: 5), end: SourcePosition(line: 2, column: 19)),
            in: lines)
        #expect(mapped == range(1, 5, 1, 19))
    }
}
