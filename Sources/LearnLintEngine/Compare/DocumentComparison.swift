/// Two documents and the passages they share: what `learnlint compare` prints and the coverage page
/// embeds for a near-duplicate pair.
public struct DocumentComparison: Sendable {
    public struct Side: Sendable {
        /// The path as reports show it.
        public var path: String
        public let text: String
        public let words: WordSequence
        /// The text's UTF-8 bytes, once: excerpts and highlights cut it by the words' byte ranges.
        public let bytes: [UInt8]

        public init(path: String, text: String) {
            self.path = path
            self.text = text
            self.words = WordSequence(text)
            self.bytes = Array(text.utf8)
        }

        /// The 1-based first and last line of a word range.
        public func lines(_ range: Range<Int>) -> ClosedRange<Int> {
            guard !range.isEmpty, range.lowerBound >= 0, range.upperBound <= words.count else { return 1...1 }
            return words.lines[range.lowerBound]...words.lines[range.upperBound - 1]
        }

        /// The text from the range's first word to its last, as written.
        public func excerpt(_ range: Range<Int>) -> String {
            guard !range.isEmpty, range.lowerBound >= 0, range.upperBound <= words.count else { return "" }
            let start = words.starts[range.lowerBound]
            let end = words.ends[range.upperBound - 1]
            guard start <= end, end <= bytes.count else { return "" }
            return String(decoding: bytes[start..<end], as: UTF8.self)
        }
    }

    public var first: Side
    public var second: Side
    public var minimumWords: Int
    /// In the first document's order.
    public var passages: [SharedPassage]

    /// Compares two texts; `boilerplate` holds the shingles the corpus shares widely (none outside coverage).
    public init(first: Side, second: Side, minimumWords: Int = 8, boilerplate: BoilerplateIndex = BoilerplateIndex()) {
        self.first = first
        self.second = second
        self.minimumWords = minimumWords
        self.passages = PassageMatcher(minimumWords: minimumWords).passages(
            first.words, second.words, boilerplate: boilerplate.shingles)
    }

    /// The passages that count as copying (boilerplate left out).
    public var copied: [SharedPassage] { passages.filter { !$0.boilerplate } }

    /// Words of copied passages over the document's words, 0–1 (0 for an empty document).
    public func copiedShare(ofFirst: Bool) -> Double {
        let total = ofFirst ? first.words.count : second.words.count
        guard total > 0 else { return 0 }
        return Double(copied.reduce(0) { $0 + $1.words }) / Double(total)
    }

    /// `12–18` or `7` for a one-line range.
    public static func lineLabel(_ lines: ClosedRange<Int>) -> String {
        lines.lowerBound == lines.upperBound ? "\(lines.lowerBound)" : "\(lines.lowerBound)–\(lines.upperBound)"
    }
}
