/// The words of one text as byte ranges, with their folded forms' hashes and what separates each word
/// from the one before: the one tokenizer of learnlint (`ProseAnalysis` keeps one per prose run).
///
/// A word is a maximal run of letters and digits (Unicode alphabetic or numeric code points); `C++`,
/// `C#` and `F#` are single words (one letter followed by `++` or `#` and nothing word-like). Its
/// folded form is `String.lowercased()` of the word; no `String` is built while tokenizing: texts,
/// folded forms and the code points around a word are read from the bytes when a consumer asks.
public struct TextTokens: Sendable {
    /// What stands between a word and the word before it, for consumers that read words as sentences.
    public enum Gap: UInt8, Sendable, Hashable {
        /// The first word of the text.
        case start
        /// Spaces or punctuation that ends no clause (`Docker and Compose`, `Node.js`, `CI/CD`).
        case joined
        /// One apostrophe, straight or curly, inside a word: `don't`, `it’s`, `Docker's`.
        case apostrophe
        /// A clause ends: `,` `;` `:` `(` `)` or a dash between spaces.
        case clause
        /// A sentence ends: `.` `!` or `?` before white space.
        case sentence
    }

    /// One word: byte offsets into the text (end exclusive) and its folded form's FNV-1a hash.
    public struct Word: Sendable, Hashable {
        public let start: Int
        /// FNV-1a of the UTF-8 bytes of the folded form (what vocabulary keys and MinHash shingles use).
        public let foldedHash: UInt64
        // 32-bit counts keep a word at 32 bytes instead of 40: a document's tokens live as long as it does,
        // and they were the largest part of a large document's heap. A word is never 4 GiB long; the
        // clamp only keeps an impossible one from trapping.
        private let length: UInt32
        private let scalars: UInt32
        /// Whether every byte is ASCII (then the folded form is the bytes with capitals lowered).
        public let isASCII: Bool
        /// Whether an ASCII capital is among the bytes.
        public let hasCapital: Bool
        public let gap: Gap

        public var end: Int { start + Int(length) }
        /// The number of code points (`NearMissIndex` and one-letter rules count them).
        public var scalarCount: Int { Int(scalars) }

        init(start: Int, end: Int, foldedHash: UInt64, isASCII: Bool, hasCapital: Bool, gap: Gap, scalarCount: Int) {
            self.start = start
            self.foldedHash = foldedHash
            self.length = UInt32(clamping: end - start)
            self.scalars = UInt32(clamping: scalarCount)
            self.isASCII = isASCII
            self.hasCapital = hasCapital
            self.gap = gap
        }
    }

    /// The text's bytes: `bytes[base..<(base + count)]` (a prose run shares the document's bytes).
    public let bytes: [UInt8]
    public let base: Int
    public let count: Int
    public let words: [Word]

    /// Tokenizes a whole text.
    public init(_ text: String) {
        let bytes = Array(text.utf8)
        self.init(bytes: bytes, base: 0, count: bytes.count)
    }

    /// Tokenizes `bytes[base..<(base + count)]`, which must be whole UTF-8 (a range of a valid text).
    public init(bytes: [UInt8], base: Int, count: Int) {
        let base = min(max(0, base), bytes.count)
        let count = min(max(0, count), bytes.count - base)
        self.bytes = bytes
        self.base = base
        self.count = count
        self.words = bytes.withUnsafeBufferPointer { buffer in
            TextTokens.split(UnsafeBufferPointer(rebasing: buffer[base..<(base + count)]))
        }
    }

    // MARK: - Reading around words

    /// The word as written.
    public func text(of word: Word) -> String { text(fromByte: word.start, to: word.end) }

    /// The word case-folded (`String.lowercased()`), the form vocabulary keys are built from.
    public func folded(_ word: Word) -> String {
        guard word.isASCII else { return text(of: word).lowercased() }
        let lower = base + max(0, word.start), upper = base + min(count, word.end)
        guard lower < upper else { return "" }
        guard word.hasCapital else { return String(decoding: bytes[lower..<upper], as: UTF8.self) }
        return String(decoding: bytes[lower..<upper].map(ASCIIByte.lowercased), as: UTF8.self)
    }

    /// The text between two byte offsets, as written ("" outside the text or for an empty range).
    public func text(fromByte start: Int, to end: Int) -> String {
        guard start < end, start >= 0, end <= count else { return "" }
        return String(decoding: bytes[(base + start)..<(base + end)], as: UTF8.self)
    }

    /// The byte at an offset of the text, or nil outside it (inlinable: rules read words byte by byte).
    @inlinable public func byte(at offset: Int) -> UInt8? {
        offset >= 0 && offset < count ? bytes[base + offset] : nil
    }

    /// The code point that starts at a byte offset, or nil outside the text.
    public func scalar(at offset: Int) -> Unicode.Scalar? { decode(at: offset)?.scalar }

    /// The code point that ends right before a byte offset, or nil at the text's start.
    public func scalar(before offset: Int) -> Unicode.Scalar? {
        guard offset > 0, offset <= count else { return nil }
        var start = offset - 1
        while start > 0, offset - start < 4, bytes[base + start] & 0xC0 == 0x80 { start -= 1 }
        return decode(at: start)?.scalar
    }

    /// The offset right after the code point that starts at `offset` (`offset + 1` for ASCII).
    public func offset(afterScalarAt offset: Int) -> Int {
        guard let (_, width) = decode(at: offset) else { return offset + 1 }
        return offset + width
    }

    public static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return ASCIIByte.isAlphanumeric(UInt8(truncatingIfNeeded: scalar.value)) }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    // MARK: - Private helpers

    /// The code point starting at a byte offset and its width; nil outside the text.
    private func decode(at offset: Int) -> (scalar: Unicode.Scalar, width: Int)? {
        guard offset >= 0, offset < count else { return nil }
        return bytes.withUnsafeBufferPointer { buffer in
            TextTokens.decode(UnsafeBufferPointer(rebasing: buffer[base..<(base + count)]), at: offset)
        }
    }

    /// The code point at `offset` of whole UTF-8 bytes; a stray byte reads as U+FFFD of width one.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> (scalar: Unicode.Scalar, width: Int) {
        let lead = bytes[offset]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let width = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        guard width > 1, offset + width <= bytes.count else { return ("\u{FFFD}", 1) }
        var value = UInt32(lead) & (0x7F >> UInt32(width))
        for index in (offset + 1)..<(offset + width) {
            let byte = bytes[index]
            guard byte & 0xC0 == 0x80 else { return ("\u{FFFD}", 1) }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", width)
    }

    /// One pass over the bytes. ASCII bytes are classified by value; a non-ASCII code point is decoded
    /// and classified by its Unicode properties, so both kinds of text go through the same loop.
    private static func split(_ bytes: UnsafeBufferPointer<UInt8>) -> [Word] {
        var words: [Word] = []
        // Prose has about a word per six bytes: reserving that spares most of the doubling copies.
        words.reserveCapacity(bytes.count / 6 + 4)
        var index = 0
        var gapStart = 0
        while index < bytes.count {
            let (scalar, width) = decode(bytes, at: index)
            guard isWordScalar(scalar) else {
                index += width
                continue
            }
            let start = index
            var hash = FNV1a.offsetBasis
            var isASCII = true
            var hasCapital = false
            var scalars = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 {
                    guard ASCIIByte.isAlphanumeric(byte) else { break }
                    if ASCIIByte.isUpper(byte) { hasCapital = true }
                    hash = (hash ^ UInt64(ASCIIByte.lowercased(byte))) &* FNV1a.prime
                    index += 1
                } else {
                    let (next, nextWidth) = decode(bytes, at: index)
                    guard isWordScalar(next) else { break }
                    isASCII = false
                    index += nextWidth
                }
                scalars += 1
            }
            // C++, C#, F#: one letter and the suffix, when nothing word-like follows.
            if scalars == 1, let end = languageSuffixEnd(bytes, at: index) {
                for offset in index..<end { hash = (hash ^ UInt64(bytes[offset])) &* FNV1a.prime }
                scalars += end - index
                index = end
            }
            if !isASCII {
                hash = FNV1a.hash(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self).lowercased())
            }
            let gap = words.isEmpty ? Gap.start : classify(UnsafeBufferPointer(rebasing: bytes[gapStart..<start]))
            words.append(
                Word(start: start, end: index, foldedHash: hash, isASCII: isASCII, hasCapital: hasCapital, gap: gap,
                     scalarCount: scalars))
            gapStart = index
        }
        // A document's tokens live as long as it does (`Document.prose`): an array's slack from doubling
        // was half the heap of a large document, so a run with much slack keeps an exact copy.
        if words.capacity - words.count > words.count / 8 + 4 { return Array(words[...]) }
        return words
    }

    /// The end of `++` or `#` at `index` when no word code point or `+` follows it.
    private static func languageSuffixEnd(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        let plus = UInt8(ascii: "+")
        for suffix in [[plus, plus], [UInt8(ascii: "#")]] {
            let end = index + suffix.count
            guard end <= bytes.count, zip(bytes[index..<end], suffix).allSatisfy({ $0 == $1 }) else { continue }
            if end < bytes.count {
                if bytes[end] == plus { continue }
                if isWordScalar(decode(bytes, at: end).scalar) { continue }
            }
            return end
        }
        return nil
    }

    /// What the bytes between two words say about where the first ends.
    private static func classify(_ gap: UnsafeBufferPointer<UInt8>) -> Gap {
        if gap.count == 1, gap[0] == UInt8(ascii: "'") { return .apostrophe }
        if gap.count == 3, gap[0] == 0xE2, gap[1] == 0x80, gap[2] == 0x99 { return .apostrophe }  // ’
        var result = Gap.joined
        for (offset, byte) in gap.enumerated() {
            switch byte {
            case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"):
                // Right before the next word (`Node.js`) it joins; white space after it ends a sentence.
                let next = offset + 1 < gap.count ? gap[offset + 1] : 0
                if next == 0x20 || next == 0x09 || next == 0x0A || next == 0x0D { return .sentence }
            case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "("), UInt8(ascii: ")"):
                result = .clause
            case 0xE2 where offset + 2 < gap.count && gap[offset + 1] == 0x80 && (gap[offset + 2] == 0x93 || gap[offset + 2] == 0x94):
                result = .clause  // – —
            case UInt8(ascii: "-") where offset > 0 && gap[offset - 1] == 0x20:
                result = .clause
            default:
                continue
            }
        }
        return result
    }
}
