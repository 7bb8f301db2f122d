/// A document's words in order, each with where it sits, so shared passages can be named by line and
/// highlighted in place.
///
/// A word is a run of letters and digits, compared case-insensitively (`don't` is two words, in
/// both documents alike). Markdown punctuation (`#`, `*`, `|`, backticks) is not a word, so the same
/// sentence as a heading, a bullet or a table cell still matches.
public struct WordSequence: Sendable {
    /// Per word: a 64-bit hash of its lower-cased form (equal words, equal hashes).
    public private(set) var hashes: [UInt64] = []
    /// Per word: its 1-based line.
    public private(set) var lines: [Int] = []
    /// Per word: its UTF-8 byte range in the text (`starts[i]..<ends[i]`).
    public private(set) var starts: [Int] = []
    public private(set) var ends: [Int] = []

    public init(_ text: String) {
        var line = 1
        var offset = 0
        var wordStart = -1
        var hash = Self.offsetBasis
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                if wordStart < 0 {
                    wordStart = offset
                    hash = Self.offsetBasis
                }
                if scalar.isASCII {
                    var byte = UInt8(truncatingIfNeeded: scalar.value)
                    if byte >= 65 && byte <= 90 { byte += 32 }
                    hash = (hash ^ UInt64(byte)) &* Self.prime
                } else {
                    for unit in scalar.properties.lowercaseMapping.utf8 { hash = (hash ^ UInt64(unit)) &* Self.prime }
                }
            } else {
                if wordStart >= 0 { append(start: wordStart, end: offset, hash: hash, line: line) }
                wordStart = -1
                if scalar == "\n" { line += 1 }
            }
            offset += UTF8.width(scalar)
        }
        if wordStart >= 0 { append(start: wordStart, end: offset, hash: hash, line: line) }
    }

    public var count: Int { hashes.count }

    /// A hash of the `length` words from `start` (callers keep the range inside the sequence).
    func shingle(at start: Int, length: Int) -> UInt64 {
        var hash = Self.offsetBasis
        for index in start..<(start + length) { hash = (hash ^ hashes[index]) &* Self.prime }
        return hash
    }

    // MARK: - Private helpers

    private static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let prime: UInt64 = 0x100_0000_01b3

    private mutating func append(start: Int, end: Int, hash: UInt64, line: Int) {
        hashes.append(hash)
        lines.append(line)
        starts.append(start)
        ends.append(end)
    }
}
