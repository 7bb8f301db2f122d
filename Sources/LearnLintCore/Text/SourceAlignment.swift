/// Maps the bytes of a text node's literal back to the document's bytes when Markdown escapes or
/// entities make them differ (`\*` is `*`, `&amp;` is `&`), so positions after them stay exact.
///
/// Only those two forms are undone; anything else makes the alignment fail (nil), and callers fall
/// back to reporting without a fix.
public struct SourceAlignment: Sendable {
    /// `offsets[i]` is the document offset of literal byte `i`; the last element is the end.
    public let offsets: [Int]

    /// Aligns `literal` with `source` starting at `start`, never reading at or past `limit`.
    public init?(literal: [UInt8], source: [UInt8], start: Int, limit: Int) {
        var offsets: [Int] = []
        offsets.reserveCapacity(literal.count + 1)
        var i = 0
        var j = start
        let end = min(limit, source.count)
        while i < literal.count {
            guard j < end else { return nil }
            if source[j] == UInt8(ascii: "&"), let semicolon = SourceAlignment.entityEnd(source, from: j, limit: end),
                !literal[i...].starts(with: source[j...semicolon])
            {
                // An entity stands for one character of the literal, however many bytes it takes.
                let width = SourceAlignment.sequenceLength(literal[i])
                guard i + width <= literal.count else { return nil }
                for _ in 0..<width { offsets.append(j) }
                i += width
                j = semicolon + 1
            } else if source[j] == literal[i] {
                offsets.append(j)
                i += 1
                j += 1
            } else if source[j] == UInt8(ascii: "\\"), j + 1 < end, source[j + 1] == literal[i] {
                offsets.append(j + 1)
                i += 1
                j += 2
            } else {
                return nil
            }
        }
        offsets.append(j)
        self.offsets = offsets
    }

    /// The document range of literal bytes `range`, and whether the document holds exactly those bytes there.
    public func sourceRange(of range: Range<Int>, literal: [UInt8], source: [UInt8]) -> (
        range: Range<Int>, exact: Bool
    )? {
        guard range.lowerBound >= 0, range.upperBound < offsets.count, range.upperBound <= literal.count else {
            return nil
        }
        let mapped = offsets[range.lowerBound]..<max(offsets[range.lowerBound], offsets[range.upperBound])
        guard mapped.upperBound <= source.count else { return nil }
        return (mapped, source[mapped].elementsEqual(literal[range]))
    }

    // MARK: - Private helpers

    /// The `;` closing an entity (`&amp;`, `&#35;`, `&#x1F600;`) that starts at `start`.
    private static func entityEnd(_ source: [UInt8], from start: Int, limit: Int) -> Int? {
        var index = start + 1
        while index < min(limit, start + 33) {
            let byte = source[index]
            if byte == UInt8(ascii: ";") { return index > start + 1 ? index : nil }
            let isName =
                ASCIIByte.isAlphanumeric(byte) || byte == UInt8(ascii: "#")
            guard isName else { return nil }
            index += 1
        }
        return nil
    }

    private static func sequenceLength(_ lead: UInt8) -> Int {
        switch lead {
        case 0xF0...0xF7: return 4
        case 0xE0...0xEF: return 3
        case 0xC0...0xDF: return 2
        default: return 1
        }
    }
}
