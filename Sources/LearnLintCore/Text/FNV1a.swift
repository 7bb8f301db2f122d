/// 64-bit FNV-1a: tiny, dependency-free and the same on every machine and run, which is what shard
/// assignment, fingerprints and MinHash shingles need (Swift's `Hasher` is seeded per process).
public struct FNV1a: Sendable {
    public static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    public static let prime: UInt64 = 0x0000_0100_0000_01b3

    public private(set) var value: UInt64 = FNV1a.offsetBasis

    public init() {}

    public mutating func combine(_ unit: UInt64) {
        value = (value ^ unit) &* FNV1a.prime
    }

    public mutating func combine(_ text: String) {
        for byte in text.utf8 { combine(UInt64(byte)) }
    }

    /// The hash of a text's UTF-8 bytes.
    public static func hash(_ text: String) -> UInt64 {
        var hasher = FNV1a()
        hasher.combine(text)
        return hasher.value
    }

    /// A hash as 16 lower-case hex digits.
    public static func hex(_ value: UInt64) -> String {
        Padding.digits(value, radix: 16, width: 16)
    }
}
