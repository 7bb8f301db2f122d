/// Splits text into words (maximal runs of letters and digits) with exact UTF-8 byte offsets, and
/// remembers every code point so matchers can look at what surrounds a word.
///
/// `C++`, `C#` and `F#` are single words: one letter followed by `++` or `#` keeps them.
public struct WordTokenizer: Sendable {
    /// One word of the text.
    public struct Word: Sendable, Hashable {
        /// The word as written.
        public var text: String
        /// The word case-folded, the form vocabulary keys are built from.
        public var folded: String
        /// Index of the word's first code point in `scalars`.
        public var firstScalar: Int
        /// Index one past the word's last code point in `scalars`.
        public var endScalar: Int
    }

    /// Every code point of the text, with the byte offset where it starts.
    public var scalars: [(scalar: Unicode.Scalar, offset: Int)] {
        if let ascii { return ascii.enumerated().map { (Unicode.Scalar($0.element), $0.offset) } }
        return storedScalars
    }
    public let words: [Word]
    /// Byte length of the whole text.
    public let byteCount: Int
    /// The text's bytes when it is all ASCII (most texts): then code point `i` is byte `i`, and no
    /// array of code points is built.
    private let ascii: [UInt8]?
    /// The code points with their offsets, for texts with non-ASCII characters (empty otherwise).
    private let storedScalars: [(scalar: Unicode.Scalar, offset: Int)]

    public init(_ text: String) {
        let bytes = Array(text.utf8)
        if !bytes.contains(where: { $0 >= 0x80 }) {
            self.ascii = bytes
            self.storedScalars = []
            self.byteCount = bytes.count
            self.words = WordTokenizer.splitASCII(bytes)
            return
        }
        var scalars: [(scalar: Unicode.Scalar, offset: Int)] = []
        var offset = 0
        for scalar in text.unicodeScalars {
            scalars.append((scalar, offset))
            offset += UTF8.width(scalar)
        }
        self.ascii = nil
        self.storedScalars = scalars
        self.byteCount = offset
        self.words = WordTokenizer.split(scalars)
    }

    /// Byte offset where a word starts.
    public func startOffset(of word: Word) -> Int { offset(ofScalar: word.firstScalar) }

    /// Byte offset one past a word's last byte.
    public func endOffset(of word: Word) -> Int { offset(ofScalar: word.endScalar) }

    /// The code point at an index, or nil outside the text.
    public func scalar(at index: Int) -> Unicode.Scalar? {
        if let ascii { return ascii.indices.contains(index) ? Unicode.Scalar(ascii[index]) : nil }
        return storedScalars.indices.contains(index) ? storedScalars[index].scalar : nil
    }

    /// The text between two words (or any two scalar indices), as written.
    public func text(fromScalar start: Int, to end: Int) -> String {
        if let ascii {
            guard start < end, start >= 0, end <= ascii.count else { return "" }
            return String(decoding: ascii[start..<end], as: UTF8.self)
        }
        guard start < end, start >= 0, end <= storedScalars.count else { return "" }
        var result = String.UnicodeScalarView()
        for index in start..<end { result.append(storedScalars[index].scalar) }
        return String(result)
    }

    /// The text between two byte offsets, as written (whole code points starting in the range).
    public func text(fromByte start: Int, to end: Int) -> String {
        guard start < end else { return "" }
        if let ascii {
            guard start >= 0, end <= ascii.count else { return "" }
            return String(decoding: ascii[start..<end], as: UTF8.self)
        }
        var result = String.UnicodeScalarView()
        for (scalar, offset) in storedScalars where offset >= start && offset < end { result.append(scalar) }
        return String(result)
    }

    public static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            return ASCIIByte.isAlphanumeric(UInt8(truncatingIfNeeded: scalar.value))
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    // MARK: - Private helpers

    private func offset(ofScalar index: Int) -> Int {
        if let ascii { return ascii.indices.contains(index) ? index : byteCount }
        return storedScalars.indices.contains(index) ? storedScalars[index].offset : byteCount
    }

    /// `split` over an all-ASCII text's bytes (scalar indices are byte offsets): the same words.
    private static func splitASCII(_ bytes: [UInt8]) -> [Word] {
        func isWordByte(_ byte: UInt8) -> Bool {
            ASCIIByte.isAlphanumeric(byte)
        }
        var words: [Word] = []
        var folded: [UInt8] = []
        var index = 0
        while index < bytes.count {
            guard isWordByte(bytes[index]) else {
                index += 1
                continue
            }
            let start = index
            while index < bytes.count, isWordByte(bytes[index]) { index += 1 }
            // C++, C#, F#: see `languageSuffixEnd`.
            if index - start == 1, index < bytes.count {
                for suffix in ["++", "#"] {
                    let end = index + suffix.utf8.count
                    guard end <= bytes.count, bytes[index..<end].elementsEqual(suffix.utf8) else { continue }
                    let followedByWord = end < bytes.count && (isWordByte(bytes[end]) || bytes[end] == UInt8(ascii: "+"))
                    if !followedByWord {
                        index = end
                        break
                    }
                }
            }
            let text = String(decoding: bytes[start..<index], as: UTF8.self)
            // Most words have no capital: their folded form is the same string.
            guard bytes[start..<index].contains(where: ASCIIByte.isUpper) else {
                words.append(Word(text: text, folded: text, firstScalar: start, endScalar: index))
                continue
            }
            folded.removeAll(keepingCapacity: true)
            for byte in bytes[start..<index] { folded.append(ASCIIByte.lowercased(byte)) }
            words.append(
                Word(text: text, folded: String(decoding: folded, as: UTF8.self), firstScalar: start, endScalar: index))
        }
        return words
    }

    private static func split(_ scalars: [(scalar: Unicode.Scalar, offset: Int)]) -> [Word] {
        var words: [Word] = []
        var buffer: [UInt8] = []
        var index = 0
        while index < scalars.count {
            guard isWordScalar(scalars[index].scalar) else {
                index += 1
                continue
            }
            let start = index
            while index < scalars.count, isWordScalar(scalars[index].scalar) { index += 1 }
            index = languageSuffixEnd(scalars, wordStart: start, wordEnd: index)
            words.append(word(scalars, from: start, to: index, buffer: &buffer))
        }
        return words
    }

    /// The word between two scalar indices. Most words are ASCII: their text and folded form are
    /// made from bytes (ASCII lowercasing is what `lowercased()` does there), not scalar by scalar.
    private static func word(
        _ scalars: [(scalar: Unicode.Scalar, offset: Int)], from start: Int, to end: Int, buffer: inout [UInt8]
    ) -> Word {
        buffer.removeAll(keepingCapacity: true)
        for position in start..<end {
            let scalar = scalars[position].scalar
            guard scalar.isASCII else {
                var view = String.UnicodeScalarView()
                for position in start..<end { view.append(scalars[position].scalar) }
                let text = String(view)
                return Word(text: text, folded: text.lowercased(), firstScalar: start, endScalar: end)
            }
            buffer.append(UInt8(scalar.value))
        }
        let text = String(decoding: buffer, as: UTF8.self)
        for position in buffer.indices where ASCIIByte.isUpper(buffer[position]) {
            buffer[position] += 32
        }
        return Word(text: text, folded: String(decoding: buffer, as: UTF8.self), firstScalar: start, endScalar: end)
    }

    /// Extends a one-letter word over `++` or `#` (C++, C#, F#) when nothing word-like follows.
    private static func languageSuffixEnd(
        _ scalars: [(scalar: Unicode.Scalar, offset: Int)], wordStart: Int, wordEnd: Int
    ) -> Int {
        guard wordEnd - wordStart == 1, wordEnd < scalars.count else { return wordEnd }
        let suffixes: [[Unicode.Scalar]] = [["+", "+"], ["#"]]
        for suffix in suffixes {
            let end = wordEnd + suffix.count
            guard end <= scalars.count else { continue }
            let matches = zip(scalars[wordEnd..<end], suffix).allSatisfy { $0.0.scalar == $0.1 }
            let followedByWord =
                end < scalars.count && (isWordScalar(scalars[end].scalar) || scalars[end].scalar == "+")
            if matches, !followedByWord { return end }
        }
        return wordEnd
    }
}
