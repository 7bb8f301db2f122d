/// One passage two documents share: a run of the same words in both, at least `minimumWords` long.
public struct SharedPassage: Sendable, Hashable {
    /// Word ranges in the first and second document (same length).
    public var first: Range<Int>
    public var second: Range<Int>
    /// Whether the corpus shares this text widely (a template's sentences), so it is not copying.
    public var boilerplate: Bool

    public var words: Int { first.count }
}

/// The passages two documents share, found as plagiarism tools such as MOSS and JPlag find them:
/// hashed k-word shingles of the second document are indexed, then every shingle of the first that
/// hits the index is extended into the longest common run, greedily, each word used once per side.
///
/// Near-linear: every word of the first document is looked up once, each lookup tries at most
/// `candidateLimit` places in the second (repeated text cannot blow it up), and a run that is kept
/// is skipped over, so the cost grows with the documents' length, never with its square.
public struct PassageMatcher: Sendable {
    public var minimumWords: Int
    static let candidateLimit = 16

    public init(minimumWords: Int = 8) {
        self.minimumWords = max(1, minimumWords)
    }

    /// Shared passages in the first document's order; `boilerplate` says which k-word shingle
    /// hashes the corpus shares (a passage mostly made of them is marked boilerplate).
    public func passages(_ a: WordSequence, _ b: WordSequence, boilerplate: Set<UInt64> = []) -> [SharedPassage] {
        let k = minimumWords
        guard a.count >= k, b.count >= k else { return [] }
        var index: [UInt64: [Int]] = [:]
        for start in 0...(b.count - k) {
            let hash = b.shingle(at: start, length: k)
            if index[hash, default: []].count < PassageMatcher.candidateLimit { index[hash, default: []].append(start) }
        }
        var usedInSecond = [Bool](repeating: false, count: b.count)
        var passages: [SharedPassage] = []
        var i = 0
        while i <= a.count - k {
            var best: (start: Int, length: Int)?
            for j in index[a.shingle(at: i, length: k)] ?? [] where !usedInSecond[j] {
                let length = runLength(a, from: i, b, from: j, used: usedInSecond)
                if length >= k, length > (best?.length ?? 0) { best = (j, length) }
            }
            guard let best else {
                i += 1
                continue
            }
            for j in best.start..<(best.start + best.length) { usedInSecond[j] = true }
            let first = i..<(i + best.length)
            passages.append(
                SharedPassage(
                    first: first, second: best.start..<(best.start + best.length),
                    boilerplate: isBoilerplate(a, first, boilerplate)))
            i += best.length
        }
        return passages
    }

    // MARK: - Private helpers

    /// How many words match from `i` in `a` and `j` in `b`, stopping at a word of `b` already used.
    private func runLength(_ a: WordSequence, from i: Int, _ b: WordSequence, from j: Int, used: [Bool]) -> Int {
        var length = 0
        while i + length < a.count, j + length < b.count, !used[j + length], a.hashes[i + length] == b.hashes[j + length] {
            length += 1
        }
        return length
    }

    /// At least half of the passage's shingles are ones the corpus shares widely.
    private func isBoilerplate(_ a: WordSequence, _ range: Range<Int>, _ shared: Set<UInt64>) -> Bool {
        guard !shared.isEmpty else { return false }
        let k = minimumWords
        let shingles = range.count - k + 1
        guard shingles > 0 else { return false }
        var common = 0
        for start in range.lowerBound...(range.upperBound - k) where shared.contains(a.shingle(at: start, length: k)) {
            common += 1
        }
        return common * 2 >= shingles
    }
}

/// Shingles that many documents of a corpus contain: template text, not copying.
public struct BoilerplateIndex: Sendable {
    public private(set) var shingles: Set<UInt64> = []

    /// A shingle is boilerplate when at least `max(3, 10 %)` of the documents contain it: more than
    /// the pair being compared, and more than a handful of copies among a large cohort.
    ///
    /// With `only`, just those shingles are counted (the ones of the documents to be compared), so
    /// a corpus of tens of thousands of documents costs one pass and little memory.
    public init(documents: [WordSequence], minimumWords: Int, only: Set<UInt64>? = nil) {
        var counter = Counter(minimumWords: minimumWords, only: only)
        for words in documents { counter.add(words) }
        self = counter.index()
    }

    /// Counts, one document at a time, how many documents hold each shingle (documents need not
    /// stay in memory).
    public struct Counter: Sendable {
        let minimumWords: Int
        let only: Set<UInt64>?
        var counts: [UInt64: Int] = [:]
        var documents = 0

        public init(minimumWords: Int, only: Set<UInt64>? = nil) {
            self.minimumWords = minimumWords
            self.only = only
        }

        public mutating func add(_ words: WordSequence) {
            documents += 1
            guard words.count >= minimumWords else { return }
            var seen: Set<UInt64> = []
            for start in 0...(words.count - minimumWords) {
                let hash = words.shingle(at: start, length: minimumWords)
                if only?.contains(hash) ?? true { seen.insert(hash) }
            }
            for hash in seen { counts[hash, default: 0] += 1 }
        }

        public func index() -> BoilerplateIndex {
            var index = BoilerplateIndex()
            let threshold = max(3, (documents + 9) / 10)
            guard documents >= threshold else { return index }
            index.shingles = Set(counts.filter { $0.value >= threshold }.keys)
            return index
        }
    }

    /// Every k-word shingle of a document.
    public static func shingles(of words: WordSequence, minimumWords: Int) -> Set<UInt64> {
        guard words.count >= minimumWords else { return [] }
        return Set((0...(words.count - minimumWords)).map { words.shingle(at: $0, length: minimumWords) })
    }

    public init() {}
}
