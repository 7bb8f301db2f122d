import LearnLintCore

/// Finds pairs of MinHash signatures whose estimated Jaccard similarity reaches a threshold, in time
/// about linear in the number of signatures (LSH banding), ignoring boilerplate.
///
/// **Boilerplate.** A signature position holds the smallest hash of the document's shingles; when
/// the same value sits at the same position in many documents, it comes from text most documents
/// share (a template line, a stock phrase). Such values are *masked*: they neither make two
/// documents candidates nor count in their similarity, which is the share of equal values among
/// the positions where neither document holds a masked value.
public struct NearDuplicateIndex: Sendable {
    /// A pair of signatures (indices into the input) with their similarity.
    public struct Pair: Sendable, Equatable {
        public var first: Int
        public var second: Int
        public var similarity: Double
    }

    /// A value is boilerplate when at least this many documents hold it at one position...
    public static let boilerplateFloor = 5
    /// ...and no fewer than this share of all documents.
    public var boilerplateShare: Double
    public var threshold: Double
    /// Buckets larger than this are skipped: that many identical bands are a template, not copies.
    public static let maximumBucket = 200
    /// Positions that must be comparable (unmasked in both) before a similarity is trusted.
    public static let minimumCompared = 32

    public init(threshold: Double, boilerplateShare: Double) {
        self.threshold = threshold
        self.boilerplateShare = boilerplateShare
    }

    /// Rows per band: four (32 bands) finds pairs from about 0.42 similarity on; thresholds below
    /// 0.55 use two rows (64 bands) so they are not missed.
    public var rowsPerBand: Int { threshold < 0.55 ? 2 : 4 }

    /// Every pair at or above the threshold that `accept` allows (e.g. different contributors).
    public func pairs(_ signatures: [MinHashSignature], accept: (Int, Int) -> Bool) -> [Pair] {
        guard signatures.count > 1 else { return [] }
        let masked = boilerplate(signatures)
        var result: [Pair] = []
        for candidate in candidates(signatures, masked: masked).sorted() {
            let first = Int(candidate >> 32)
            let second = Int(candidate & 0xFFFF_FFFF)
            guard signatures.indices.contains(first), signatures.indices.contains(second), accept(first, second) else {
                continue
            }
            if let similarity = similarity(signatures[first], signatures[second], masked: masked), similarity >= threshold {
                result.append(Pair(first: first, second: second, similarity: similarity))
            }
        }
        return result
    }

    /// The share of equal values over the positions where neither signature is masked; nil when too
    /// few positions are comparable to tell.
    public func similarity(_ a: MinHashSignature, _ b: MinHashSignature, masked: [Set<UInt32>]) -> Double? {
        var compared = 0
        var equal = 0
        for position in 0..<min(a.values.count, b.values.count) {
            let left = a.values[position]
            let right = b.values[position]
            if masked.indices.contains(position), masked[position].contains(left) || masked[position].contains(right) {
                continue
            }
            compared += 1
            if left == right { equal += 1 }
        }
        guard compared >= NearDuplicateIndex.minimumCompared else { return nil }
        return Double(equal) / Double(compared)
    }

    /// Per position, the values held by too many documents to mean copying.
    public func boilerplate(_ signatures: [MinHashSignature]) -> [Set<UInt32>] {
        let cutoff = max(NearDuplicateIndex.boilerplateFloor, Int((boilerplateShare * Double(signatures.count)).rounded(.up)))
        var masked: [Set<UInt32>] = Array(repeating: [], count: MinHashSignature.size)
        guard signatures.count >= cutoff else { return masked }
        var column: [UInt32] = []
        column.reserveCapacity(signatures.count)
        for position in 0..<MinHashSignature.size {
            column.removeAll(keepingCapacity: true)
            for signature in signatures where signature.values.indices.contains(position) {
                column.append(signature.values[position])
            }
            column.sort()
            var start = 0
            while start < column.count {
                var end = start + 1
                while end < column.count, column[end] == column[start] { end += 1 }
                if end - start >= cutoff { masked[position].insert(column[start]) }
                start = end
            }
        }
        return masked
    }

    // MARK: - Private helpers

    /// Pairs (first << 32 | second, first < second) that share at least one unmasked band.
    private func candidates(_ signatures: [MinHashSignature], masked: [Set<UInt32>]) -> Set<UInt64> {
        let rows = rowsPerBand
        var pairs = Set<UInt64>()
        for band in 0..<(MinHashSignature.size / rows) {
            var buckets: [UInt64: [Int]] = [:]
            let positions = (band * rows)..<(band * rows + rows)
            for (index, signature) in signatures.enumerated() {
                var hash: UInt64 = 0xcbf2_9ce4_8422_2325
                var usable = true
                for position in positions {
                    guard signature.values.indices.contains(position) else {
                        usable = false
                        break
                    }
                    let value = signature.values[position]
                    if masked[position].contains(value) {
                        usable = false
                        break
                    }
                    hash = (hash ^ UInt64(value)) &* 0x0000_0100_0000_01b3
                }
                if usable { buckets[hash, default: []].append(index) }
            }
            for members in buckets.values where members.count > 1 && members.count <= NearDuplicateIndex.maximumBucket {
                for (offset, first) in members.enumerated() {
                    for second in members[(offset + 1)...] {
                        pairs.insert(UInt64(min(first, second)) << 32 | UInt64(max(first, second)))
                    }
                }
            }
        }
        return pairs
    }
}
