/// Repairs text that went through a UTF-8 → Windows-1252 → UTF-8 round trip (`ðŸ“š` for 📚).
///
/// Real learnings documents carry emoji headings mangled this way. A run of characters that all map
/// back to single Windows-1252 bytes, and whose bytes form valid multi-byte UTF-8, is replaced by its
/// decoding; everything else is left alone, so ordinary accented text (`café`) is never touched.
public enum Mojibake {
    public static func repair(_ text: String) -> String {
        // Fast path: mojibake needs a lead byte of a multi-byte sequence, which shows as Â..ô.
        guard text.unicodeScalars.contains(where: { (0xC2...0xF4).contains($0.value) }) else { return text }
        var output = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            if let (decoded, consumed) = decodeSequence(scalars, at: index) {
                output.append(decoded)
                index += consumed
            } else {
                output.append(scalars[index])
                index += 1
            }
        }
        return String(output)
    }

    /// A run of mangled characters in a line: its byte range and the text it stood for, when every
    /// sequence in it decodes (nil when a byte was lost on the way, so the original is unknown).
    public struct Damage: Sendable, Equatable {
        public var range: Range<Int>
        public var original: String?
    }

    /// The mangled runs in UTF-8 text (offsets are the slice's indices), for reporting and repairing.
    ///
    /// Stricter than `repair`, which only normalises titles: a two-byte sequence counts only when it
    /// starts with `Â` or `Ã` (Latin-1 characters, nearly all real cases), so `É…` in French text is
    /// left alone; an emoji whose last bytes were lost (`ðŸ` then `?`) is reported without a repair.
    public static func damage(in bytes: ArraySlice<UInt8>) -> [Damage] {
        guard bytes.contains(where: { $0 >= 0xC3 }) else { return [] }
        var scalars: [Unicode.Scalar] = []
        var offsets: [Int] = []
        var offset = bytes.startIndex
        for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars {
            scalars.append(scalar)
            offsets.append(offset)
            offset += UTF8.width(scalar)
        }
        offsets.append(offset)
        var found: [Damage] = []
        func record(_ range: Range<Int>, _ original: String?) {
            if let last = found.last, last.range.upperBound == range.lowerBound {
                // One unknown piece makes the whole run unknown.
                let joined = last.original.flatMap { before in original.map { before + $0 } }
                found[found.count - 1] = Damage(range: last.range.lowerBound..<range.upperBound, original: joined)
            } else {
                found.append(Damage(range: range, original: original))
            }
        }
        var index = 0
        while index < scalars.count {
            if let (decoded, consumed) = decodeSequence(scalars, at: index),
                consumed > 2 || scalars[index] == "Â" || scalars[index] == "Ã", decoded.value >= 0xA0
            {
                record(offsets[index]..<offsets[index + consumed], String(decoded))
                index += consumed
            } else if let lost = lostSequence(scalars, at: index) {
                record(offsets[index]..<offsets[index + lost], nil)
                index += lost
            } else {
                index += 1
            }
        }
        return found
    }

    /// The length of a mangled emoji (`ðŸ`) or punctuation (`â€`) whose last byte was lost or replaced.
    private static func lostSequence(_ scalars: [Unicode.Scalar], at index: Int) -> Int? {
        guard index + 1 < scalars.count else { return nil }
        let pair = (scalars[index], scalars[index + 1])
        guard (pair.0 == "ð" && pair.1 == "Ÿ") || (pair.0 == "â" && pair.1 == "€") else { return nil }
        var length = 2
        let limit = pair.0 == "ð" ? 4 : 3
        while index + length < scalars.count, length < limit {
            let next = scalars[index + length]
            let isContinuation = byte(for: next).map { $0 & 0xC0 == 0x80 } ?? false
            guard next == "?" || next == "\u{FFFD}" || isContinuation else { break }
            length += 1
        }
        return length
    }

    /// Decodes one mangled UTF-8 sequence starting at `index`, if there is one.
    private static func decodeSequence(_ scalars: [Unicode.Scalar], at index: Int) -> (Unicode.Scalar, Int)? {
        guard let lead = byte(for: scalars[index]) else { return nil }
        let length: Int
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF4: length = 4
        default: return nil
        }
        guard index + length <= scalars.count else { return nil }
        var bytes = [lead]
        for offset in 1..<length {
            guard let next = byte(for: scalars[index + offset]), next & 0xC0 == 0x80 else { return nil }
            bytes.append(next)
        }
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return nil }
        return (scalar, length)
    }

    /// The Windows-1252 byte a scalar stands for, when it is one (C1 controls map to themselves).
    private static func byte(for scalar: Unicode.Scalar) -> UInt8? {
        let value = scalar.value
        if value < 0x80 { return nil }
        if value <= 0xFF { return UInt8(value) }
        return windows1252High[value]
    }

    private static let windows1252High: [UInt32: UInt8] = [
        0x20AC: 0x80, 0x201A: 0x82, 0x0192: 0x83, 0x201E: 0x84, 0x2026: 0x85, 0x2020: 0x86, 0x2021: 0x87,
        0x02C6: 0x88, 0x2030: 0x89, 0x0160: 0x8A, 0x2039: 0x8B, 0x0152: 0x8C, 0x017D: 0x8E, 0x2018: 0x91,
        0x2019: 0x92, 0x201C: 0x93, 0x201D: 0x94, 0x2022: 0x95, 0x2013: 0x96, 0x2014: 0x97, 0x02DC: 0x98,
        0x2122: 0x99, 0x0161: 0x9A, 0x203A: 0x9B, 0x0153: 0x9C, 0x017E: 0x9E, 0x0178: 0x9F,
    ]
}
