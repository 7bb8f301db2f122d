/// One keyword list keyed by the token a match must start with: a single-word keyword under each
/// of its accepted forms, a phrase under its first word. Each token of a text is then looked up
/// once instead of being compared with every keyword (the lists run to dozens of entries and are
/// tried at every word of every challenge).
struct PairingKeywordIndex: Sendable {
    let keywords: [PairingKeyword]
    /// Indices into `keywords`, ascending, so callers that prefer earlier keywords still can.
    private let byStart: [String: [Int]]
    /// The most words any keyword has: a match at one position never reads further.
    let longest: Int

    init(_ keywords: [PairingKeyword]) {
        self.keywords = keywords
        var byStart: [String: [Int]] = [:]
        for (index, keyword) in keywords.enumerated() {
            guard let head = keyword.words.first else { continue }
            let starts = keyword.words.count == 1 ? keyword.lastWordForms : [head]
            for start in starts { byStart[start, default: []].append(index) }
        }
        self.byStart = byStart
        self.longest = keywords.map(\.words.count).max() ?? 0
    }

    /// The keywords that may match where `token` stands, in list order.
    func candidates(startingWith token: String) -> [Int] {
        byStart[token] ?? []
    }

    /// Whether any keyword matches at `index` (as `PairingKeyword.match` judges it).
    func matches(_ tokens: [String], at index: Int) -> Bool {
        guard tokens.indices.contains(index), let candidates = byStart[tokens[index]] else { return false }
        return candidates.contains { keywords[$0].match(tokens, at: index) != nil }
    }
}
