import FoundationEssentials

/// A MinHash signature of a document's word shingles: 128 minima of 128 hash functions, so that the
/// share of equal positions in two signatures estimates the Jaccard similarity of the shingle sets.
///
/// Hashes are fixed functions of the text (FNV-1a, then `a·x + b mod 2³²` per position with odd
/// constants from a fixed seed), never Swift's per-process seeded `Hasher`: signatures computed on
/// different machines for different shards must compare.
public struct MinHashSignature: Sendable, Equatable {
    public static let size = 128
    /// Words per shingle: four keeps common short phrases from matching while a few edited words
    /// still leave most shingles intact.
    public static let shingleSize = 4

    public let values: [UInt32]

    public init?(values: [UInt32]) {
        guard values.count == MinHashSignature.size else { return nil }
        self.values = values
    }

    /// The signature of a document's words (their folded forms' hashes, `TextTokens.Word.foldedHash`), or nil when they make fewer
    /// than `minimumShingles` distinct shingles.
    public init?(wordHashes words: [UInt64], minimumShingles: Int) {
        guard words.count >= MinHashSignature.shingleSize else { return nil }
        // A minimum taken twice over one shingle is the same minimum: each distinct shingle is hashed
        // once, and their count says whether the text is long enough.
        let shingles = MinHashSignature.distinctShingles(words)
        guard shingles.count >= max(1, minimumShingles) else { return nil }
        let (multipliers, offsets) = MinHashSignature.coefficients
        // One group of 8 hash functions at a time over all shingles: its coefficients and minima stay
        // in registers (with 16 lanes they spilled to the stack on x86-64's 16 vector registers). The
        // minimum is a compare and select, which inlines where `pointwiseMin` did not.
        // The values are compared as signed numbers offset by 2³¹ (the offset is folded into `b`): the
        // same order as unsigned, without the two sign flips an unsigned vector compare costs on x86.
        var values: [UInt32] = []
        values.reserveCapacity(MinHashSignature.size)
        shingles.withUnsafeBufferPointer { shingles in
            for chunk in multipliers.indices {
                let a = multipliers[chunk]
                let b = offsets[chunk]
                var low = SIMD8<Int32>(repeating: .max)
                for shingle in shingles {
                    let value = a &* SIMD8<Int32>(repeating: shingle) &+ b
                    low.replace(with: value, where: value .< low)
                }
                for lane in low.indices { values.append(UInt32(bitPattern: low[lane]) ^ 0x8000_0000) }
            }
        }
        self.values = values
    }

    // MARK: - Compact encoding

    /// Base64 of the values as little-endian bytes (684 characters for 128 values).
    public var encoded: String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(values.count * 4)
        for value in values {
            bytes += [UInt8(value & 0xFF), UInt8((value >> 8) & 0xFF), UInt8((value >> 16) & 0xFF), UInt8(value >> 24)]
        }
        return Data(bytes).base64EncodedString()
    }

    /// Decodes `encoded`; nil for anything that is not exactly a signature of this size.
    public init?(encoded: String) {
        guard let data = Data(base64Encoded: encoded), data.count == MinHashSignature.size * 4 else { return nil }
        let bytes = [UInt8](data)
        var values: [UInt32] = []
        values.reserveCapacity(MinHashSignature.size)
        var index = 0
        while index + 3 < bytes.count {
            values.append(
                UInt32(bytes[index]) | UInt32(bytes[index + 1]) << 8 | UInt32(bytes[index + 2]) << 16
                    | UInt32(bytes[index + 3]) << 24)
            index += 4
        }
        self.init(values: values)
    }

    // MARK: - Private helpers

    /// The distinct 32-bit hashes of the word shingles, in order of first occurrence, found with an
    /// open-addressing table keyed by the values themselves (they are already well-mixed hashes): no
    /// hashing and no sorting. As `Int32` bit patterns, the form the minima are taken in.
    private static func distinctShingles(_ words: [UInt64]) -> [Int32] {
        let size = MinHashSignature.shingleSize
        let count = words.count - size + 1
        guard count > 0 else { return [] }
        var capacity = 16
        while capacity < count * 2 { capacity *= 2 }
        let mask = capacity - 1
        // Slot value 0 means empty, so a shingle equal to 0 is kept apart.
        var table = [UInt32](repeating: 0, count: capacity)
        var distinct: [Int32] = []
        distinct.reserveCapacity(count)
        var sawZero = false
        words.withUnsafeBufferPointer { words in
            table.withUnsafeMutableBufferPointer { table in
                for start in 0..<count {
                    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
                    for offset in 0..<size { hash = (hash ^ words[start + offset]) &* 0x0000_0100_0000_01b3 }
                    let shingle = fold(hash)
                    guard shingle != 0 else {
                        if !sawZero { distinct.append(0) }
                        sawZero = true
                        continue
                    }
                    var slot = Int(shingle) & mask
                    while table[slot] != 0, table[slot] != shingle { slot = (slot + 1) & mask }
                    if table[slot] == 0 {
                        table[slot] = shingle
                        distinct.append(Int32(bitPattern: shingle))
                    }
                }
            }
        }
        return distinct
    }

    /// Folds a 64-bit hash to 32 well-mixed bits (the MurmurHash3 finaliser).
    static func fold(_ hash: UInt64) -> UInt32 {
        var h = hash
        h ^= h >> 33
        h = h &* 0xff51_afd7_ed55_8ccd
        h ^= h >> 33
        h = h &* 0xc4ce_b9fe_1a85_ec53
        h ^= h >> 33
        return UInt32(truncatingIfNeeded: h)
    }

    /// Odd multipliers and offsets for the 128 hash functions, from a fixed SplitMix64 sequence, as
    /// `Int32` bit patterns; each offset carries the 2³¹ that makes signed order unsigned order.
    private static let coefficients: ([SIMD8<Int32>], [SIMD8<Int32>]) = {
        var state: UInt64 = 0x6c65_6172_6e6c_696e  // "learnlin"
        func next() -> UInt64 {
            state = state &+ 0x9e37_79b9_7f4a_7c15
            var z = state
            z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
            z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
            return z ^ (z >> 31)
        }
        var multipliers: [SIMD8<Int32>] = []
        var offsets: [SIMD8<Int32>] = []
        for _ in 0..<(size / 8) {
            var a = SIMD8<Int32>()
            var b = SIMD8<Int32>()
            for lane in 0..<8 {
                a[lane] = Int32(bitPattern: UInt32(truncatingIfNeeded: next()) | 1)
                b[lane] = Int32(bitPattern: UInt32(truncatingIfNeeded: next()) ^ 0x8000_0000)
            }
            multipliers.append(a)
            offsets.append(b)
        }
        return (multipliers, offsets)
    }()
}
