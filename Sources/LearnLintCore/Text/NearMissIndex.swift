/// Finds the known name an unknown word is a near misspelling of (`Kuberentes` → `Kubernetes`), in time
/// linear in the word's length for a given vocabulary.
///
/// Names are bucketed by first letter and length: a word of length n is compared only with names of
/// the same first letter (a typo rarely hits the first letter, and guessing one is how false alarms
/// start) and of length n − d … n + d, by an optimal-string-alignment (Damerau–Levenshtein with adjacent
/// transpositions) distance restricted to a band of width d that stops as soon as d is exceeded.
/// d is 1 for words of five to seven letters, 2 from eight on; shorter words are never guessed at.
/// Below seven letters a substitution counts only between neighbouring keys of a QWERTY keyboard
/// (`Djamgo`): short real names one arbitrary letter apart are common (`Bazel` is not `Babel`).
///
/// Before any distance, the letters a word and a name are made of are compared (`letterMask`): one
/// edit brings in at most one letter the other lacks, so a word with more than d letters a name lacks,
/// or lacking more than d of its letters, is never within d of it. That rules out most words, English
/// ones among them, for a few instructions, before the word list or a distance is consulted.
public struct NearMissIndex: Sendable {
    /// A name that words are compared with: its folded key and the accepted spelling a fix writes.
    public struct Target: Sendable, Hashable {
        public var key: [UInt8]
        public var spelling: String
        public var term: Int
        /// `letterMask(key)`.
        public var letters: UInt64
    }

    public static let minimumLength = 5

    /// Targets by bucket `firstByte * 64 + length` (lengths above 63 are never targets).
    private var buckets: [Int: [Target]] = [:]
    /// The letter masks of each bucket's targets (empty for an empty bucket): most words are ruled out
    /// by a few array reads.
    private var letterMasks = [[UInt64]](repeating: [], count: 128 * 64)

    public init(vocabulary: Vocabulary) {
        for (key, entry) in vocabulary.entries {
            // One-word keys of accepted spellings that are no ordinary word (`Postman`, not `Render`):
            // a wrong spelling is never a fix, and an English twin makes a guess unsafe.
            guard !key.contains(" "), entry.spellings.contains(where: { $0.role != .reject && !$0.ambiguous }),
                vocabulary.terms.indices.contains(entry.term)
            else { continue }
            let bytes = Array(key.utf8)
            guard bytes.count >= NearMissIndex.minimumLength, bytes.count < 64, let first = bytes.first, first < 0x80
            else { continue }
            let spelling = entry.target(canonical: vocabulary.terms[entry.term].name)
            // An acronym (`HTTPS`, `MQTT`) is rarely mistyped, and words near it are often other tools (`httpx`).
            guard spelling.contains(where: \.isLowercase) else { continue }
            let target = Target(key: bytes, spelling: spelling, term: entry.term, letters: NearMissIndex.letterMask(bytes))
            buckets[Int(first) * 64 + bytes.count, default: []].append(target)
            letterMasks[Int(first) * 64 + bytes.count].append(target.letters)
        }
    }

    /// Whether some target has the folded word's first letter, a length within reach and letters close
    /// enough (`letters` is `letterMask` of the folded word); false means `target(for:)` certainly
    /// finds none. (From the folded word's first byte, byte count and letters: no string is built.)
    public func mayHaveTarget(firstByte first: UInt8, count: Int, letters: UInt64) -> Bool {
        guard count >= NearMissIndex.minimumLength, count < 64, first < 0x80 else { return false }
        let bound = NearMissIndex.maximumDistance(forLength: count)
        for length in max(NearMissIndex.minimumLength, count - bound)...min(63, count + bound) {
            for mask in letterMasks[Int(first) * 64 + length]
            where NearMissIndex.lettersWithin(bound, letters, mask) {
                return true
            }
        }
        return false
    }

    /// One bit per byte value (`letterBit`) for each byte a folded word holds.
    public static func letterMask(_ bytes: [UInt8]) -> UInt64 {
        var mask: UInt64 = 0
        for byte in bytes { mask |= letterBit(byte) }
        return mask
    }

    /// A byte's bit in a letter mask: `byte & 63`, so the 26 lower-case letters get distinct bits.
    @inlinable public static func letterBit(_ byte: UInt8) -> UInt64 { 1 << UInt64(byte & 63) }

    /// Whether two words with these letter masks may be within `bound` edits: each of insertion,
    /// deletion and substitution brings in at most one letter value the other word lacks and takes
    /// away at most one it has (a transposition neither), so more than `bound` such bits on either
    /// side rule it out. Merged bits only make more pairs pass, never fewer.
    static func lettersWithin(_ bound: Int, _ a: UInt64, _ b: UInt64) -> Bool {
        (a & ~b).nonzeroBitCount <= bound && (b & ~a).nonzeroBitCount <= bound
    }

    public static func maximumDistance(forLength length: Int) -> Int { length >= 8 ? 2 : 1 }

    /// The one target a folded word is within the distance bound of (the closest; nil when none, or
    /// when two different terms are equally close). A word that merely extends or shortens a name at its
    /// end (`pythonic`, `djangos`) is a derived word, not a misspelling.
    public func target(for folded: String) -> Target? {
        let word = Array(folded.utf8)
        guard word.count >= NearMissIndex.minimumLength, word.count < 64, let first = word.first else { return nil }
        let bound = NearMissIndex.maximumDistance(forLength: word.count)
        let letters = NearMissIndex.letterMask(word)
        var best: (target: Target, distance: Int)?
        var tie = false
        var rows = [Int](repeating: 0, count: 3 * 66)
        for length in max(NearMissIndex.minimumLength, word.count - bound)...min(63, word.count + bound) {
            for target in buckets[Int(first) * 64 + length] ?? [] {
                guard NearMissIndex.lettersWithin(bound, letters, target.letters) else { continue }
                if word.starts(with: target.key) || target.key.starts(with: word) { continue }
                guard
                    let distance = NearMissIndex.distance(
                        word, target.key, bound: bound, adjacentSubstitutionsOnly: word.count < 7, rows: &rows)
                else { continue }
                if let current = best {
                    if distance < current.distance {
                        best = (target, distance)
                        tie = false
                    } else if distance == current.distance, current.target.term != target.term {
                        tie = true
                    }
                } else {
                    best = (target, distance)
                }
            }
        }
        return tie ? nil : best?.target
    }

    /// Optimal string alignment distance between two byte strings when it is at most `bound`, else
    /// nil; only cells within `bound` of the diagonal are computed (O(length × bound)).
    static func distance(_ a: [UInt8], _ b: [UInt8], bound: Int, adjacentSubstitutionsOnly: Bool = false) -> Int? {
        var rows = [Int](repeating: 0, count: 3 * (b.count + 1))
        return distance(a, b, bound: bound, adjacentSubstitutionsOnly: adjacentSubstitutionsOnly, rows: &rows)
    }

    /// The letters around each letter on a QWERTY keyboard (diagonals included), by `letter - a`.
    static let keyboardNeighbours: [[UInt8]] = [
        "qwsz", "vghn", "xdfv", "serfcx", "wrds", "drtgvc", "ftyhbv", "gyujnb", "uokj", "huikmn", "jiolm", "kop",
        "njk", "bhjm", "ipkl", "ol", "wa", "etfd", "awedxz", "rygf", "yijh", "cfgb", "qesa", "zsdc", "tuhg", "asx",
    ].map { Array($0.utf8) }

    /// Whether two lower-case letters are neighbouring keys.
    static func areNeighbours(_ x: UInt8, _ y: UInt8) -> Bool {
        guard (97...122).contains(x), (97...122).contains(y) else { return false }
        return keyboardNeighbours[Int(x - 97)].contains(y)
    }

    /// The same, with three rows of scratch space (`3 * (b.count + 1)` at least) from the caller, so a
    /// look-up allocates once, not once per comparison.
    static func distance(
        _ a: [UInt8], _ b: [UInt8], bound: Int, adjacentSubstitutionsOnly: Bool, rows: inout [Int]
    ) -> Int? {
        guard abs(a.count - b.count) <= bound else { return nil }
        let infinity = bound + 1
        let width = b.count + 1
        guard rows.count >= 3 * width else { return nil }
        // Three rows (two back for transpositions), each `width` wide, at offsets into `rows`.
        var before = 0
        var previous = width
        var current = 2 * width
        for j in 0..<(3 * width) { rows[j] = infinity }
        for j in 0...min(b.count, bound) { rows[previous + j] = j }
        guard !a.isEmpty else { return b.count <= bound ? b.count : nil }
        for i in 1...a.count {
            for j in 0..<width { rows[current + j] = infinity }
            let low = max(0, i - bound)
            let high = min(b.count, i + bound)
            if low == 0 { rows[current] = i }
            var rowMinimum = low == 0 ? i : infinity
            for j in max(1, low)...max(1, high) where j <= high {
                let same = a[i - 1] == b[j - 1]
                let cost = same ? 0 : (!adjacentSubstitutionsOnly || areNeighbours(a[i - 1], b[j - 1]) ? 1 : infinity)
                var value = min(rows[previous + j - 1] + cost, rows[previous + j] + 1, rows[current + j - 1] + 1)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { value = min(value, rows[before + j - 2] + 1) }
                rows[current + j] = min(value, infinity)
                rowMinimum = min(rowMinimum, rows[current + j])
            }
            if rowMinimum > bound { return nil }
            (before, previous, current) = (previous, current, before)
        }
        let result = rows[previous + b.count]
        return result <= bound ? result : nil
    }
}
