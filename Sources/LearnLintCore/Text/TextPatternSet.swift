/// Several `TextPattern`s searched in one pass over the bytes, with the same matches as searching
/// for each pattern on its own.
///
/// A table gives, for each byte, the patterns a match can start with; each pattern keeps its own
/// resume position, so its matches stay non-overlapping exactly as in `TextPattern.matches(in:)`.
/// Placeholder patterns run over every prose byte of every document: one pass instead of one per
/// pattern.
package struct TextPatternSet: Sendable {
    package let patterns: [TextPattern]
    /// Bit `i` of entry `b`: pattern `i` can start at byte `b`. Empty when there are more patterns
    /// than bits, and each pattern is then searched on its own.
    private let starts: [UInt64]

    package init(_ patterns: [TextPattern]) {
        self.patterns = patterns
        guard patterns.count <= UInt64.bitWidth else {
            starts = []
            return
        }
        var starts = [UInt64](repeating: 0, count: 256)
        for (index, pattern) in patterns.enumerated() {
            for head in pattern.heads { starts[Int(head)] |= 1 << UInt64(index) }
        }
        self.starts = starts
    }

    /// Each pattern's matches in `bytes` (in pattern order), as `TextPattern.matches(in:)` gives them.
    package func matches(in bytes: ArraySlice<UInt8>) -> [[Range<Int>]] {
        guard !starts.isEmpty else { return patterns.map { $0.matches(in: bytes) } }
        var found = [[Range<Int>]](repeating: [], count: patterns.count)
        // Where each pattern may next match: after the end of its previous match.
        var resume = [Int](repeating: bytes.startIndex, count: patterns.count)
        let base = bytes.startIndex
        bytes.withUnsafeBufferPointer { buffer in
            starts.withUnsafeBufferPointer { starts in
                for offset in buffer.indices {
                    var candidates = starts[Int(buffer[offset])]
                    while candidates != 0 {
                        let index = candidates.trailingZeroBitCount
                        candidates &= candidates - 1
                        let position = base + offset
                        guard position >= resume[index], let end = patterns[index].match(at: position, in: bytes)
                        else { continue }
                        found[index].append(position..<end)
                        resume[index] = end
                    }
                }
            }
        }
        return found
    }
}
