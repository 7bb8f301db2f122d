/// Reading a document's bytes eight at a time where only a few bytes matter (line ends, `:`), so the
/// document model's passes over every byte stay a small part of parsing.
enum ByteWords {
    static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// `byte` in each of a word's eight bytes.
    static func repeated(_ byte: UInt8) -> UInt64 { UInt64(byte) &* 0x0101_0101_0101_0101 }

    /// Whether any byte of `word` equals the byte repeated in `pattern` (a zero byte of their
    /// exclusive or, found without a branch per byte; exact, no false positives).
    static func hasByte(_ word: UInt64, _ pattern: UInt64) -> Bool {
        let difference = word ^ pattern
        return (difference &- 0x0101_0101_0101_0101) & ~difference & highBits != 0
    }

    /// The eight bytes at `offset` (the caller checks that they exist).
    static func word(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> UInt64 {
        guard let base = bytes.baseAddress, offset >= 0, offset + 8 <= bytes.count else { return 0 }
        return UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self)
    }

    /// Whether `count` bytes from `start` in `a` and from 0 in `b` are equal (both ranges checked).
    static func equal(_ a: UnsafeBufferPointer<UInt8>, from start: Int, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard start >= 0, start + b.count <= a.count else { return false }
        var offset = 0
        while offset + 8 <= b.count {
            if word(a, at: start + offset) != word(b, at: offset) { return false }
            offset += 8
        }
        while offset < b.count {
            if a[start + offset] != b[offset] { return false }
            offset += 1
        }
        return true
    }
}
