/// Searching a string's UTF-8 bytes for a literal, without Foundation's `range(of:)` (which goes
/// through `NSString` and costs a bridge and a locale-aware search per call: 5% of a whole check, as
/// the rules call it for every item they read).
extension String {
    /// The first place `needle`'s bytes occur, as string indices; nil when absent or `needle` is empty.
    ///
    /// A match is literal, byte for byte: no case folding, no canonical equivalence.
    package func utf8Range(of needle: String) -> Range<String.Index>? {
        var pattern = needle
        var text = self
        // Contiguous bytes on both sides: the generic UTF-8 view's `firstIndex(of:)` cost more than the
        // comparisons (bold labels search every item's text for a score of phrases).
        let found: Range<Int>? = pattern.withUTF8 { pattern in
            text.withUTF8 { bytes in
                guard let head = pattern.first, pattern.count <= bytes.count else { return nil }
                var start = 0
                while start + pattern.count <= bytes.count {
                    if bytes[start] == head {
                        var offset = 1
                        while offset < pattern.count, bytes[start + offset] == pattern[offset] { offset += 1 }
                        if offset == pattern.count { return start..<(start + pattern.count) }
                    }
                    start += 1
                }
                return nil
            }
        }
        guard let found else { return nil }
        let lower = utf8.index(startIndex, offsetBy: found.lowerBound)
        return lower..<utf8.index(lower, offsetBy: found.count)
    }

    /// Whether the string holds the ASCII character `ascii` (one byte, never part of another character's encoding).
    package func containsASCII(_ ascii: Unicode.Scalar) -> Bool {
        utf8.contains(UInt8(ascii: ascii))
    }
}
