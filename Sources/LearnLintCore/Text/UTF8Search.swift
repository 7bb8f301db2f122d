/// Searching a string's UTF-8 bytes for a literal, without Foundation's `range(of:)` (which goes
/// through `NSString` and costs a bridge and a locale-aware search per call: 5% of a whole check, as
/// the rules call it for every item they read).
extension String {
    /// The first place `needle`'s bytes occur, as string indices; nil when absent or `needle` is empty.
    ///
    /// A match is literal, byte for byte: no case folding, no canonical equivalence.
    package func utf8Range(of needle: String) -> Range<String.Index>? {
        let pattern = Array(needle.utf8)
        guard let head = pattern.first else { return nil }
        let bytes = utf8
        var from = bytes.startIndex
        while let start = bytes[from...].firstIndex(of: head) {
            var cursor = start
            var matched = true
            for byte in pattern {
                guard cursor != bytes.endIndex, bytes[cursor] == byte else {
                    matched = false
                    break
                }
                cursor = bytes.index(after: cursor)
            }
            if matched { return start..<cursor }
            from = bytes.index(after: start)
        }
        return nil
    }

    /// Whether the string holds the ASCII character `ascii` (one byte, never part of another character's encoding).
    package func containsASCII(_ ascii: Unicode.Scalar) -> Bool {
        utf8.contains(UInt8(ascii: ascii))
    }
}
