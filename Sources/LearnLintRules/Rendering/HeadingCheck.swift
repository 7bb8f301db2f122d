import LearnLintCore

/// `##Key Technologies`: a heading written without the space GitHub needs after its `#`s, so it shows
/// as text. One `#` before a word is a hashtag (`#100DaysOfCode`) or code (`#include`); it counts only
/// before a capitalised title of two words or more standing alone as its paragraph.
enum HeadingCheck {
    /// A heading-like line without its space: the `#`s, and the title after them.
    struct Line {
        var line: Int
        var hashes: Range<Int>
        var title: Range<Int>
    }

    static func pitfalls(_ lines: RenderingLines) -> [RenderingPitfall] {
        candidates(lines).map { candidate in
            let hashes = lines.text(candidate.hashes)
            let title = lines.text(candidate.title)
            let message =
                "“\(hashes)\(title)” is not a heading: GitHub needs a space after “\(hashes)”; write “\(hashes) \(title)”"
            let insertion = candidate.hashes.upperBound
            return RenderingPitfall(
                .headingWithoutSpace, candidate.hashes.lowerBound..<candidate.title.upperBound, message,
                fix: (insertion..<insertion, " "))
        }
    }

    static func candidates(_ lines: RenderingLines) -> [Line] {
        var found: [Line] = []
        let bytes = lines.bytes
        for block in lines.leaves where block.kind == .paragraph {
            let single = block.range.start.line == block.range.end.line
            for (line, start, end) in lines.contentLines(of: block) {
                var index = start
                while index < end, index - start < 7, bytes[index] == UInt8(ascii: "#") { index += 1 }
                let level = index - start
                guard (1...6).contains(level), index < end else { continue }
                // A letter or an emoji (any byte past ASCII), not a digit (`#1 priority`) or punctuation.
                guard ASCIIByte.isLetter(bytes[index]) || bytes[index] >= 0xC2 else { continue }
                let title = lines.trimmed(index..<end)
                // `#include <stdio.h>` is C, `#python` a tag: one `#` needs a capital or an emoji first.
                let capital = ASCIIByte.isUpper(bytes[index]) || bytes[index] >= 0xC2
                if level == 1 && !(single && capital && bytes[title].contains(0x20)) { continue }
                guard !lines.inCodeSpan(start..<end) else { continue }
                found.append(Line(line: line, hashes: start..<index, title: title))
            }
        }
        return found
    }
}
