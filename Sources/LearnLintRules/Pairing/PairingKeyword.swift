import LearnLintCore

/// One entry of a keyword list: a phrase of words ("how i solved it") or a symbol ("✅").
///
/// Words match whole words, case-insensitively; the last word may carry one of the lexicon's
/// `endings` (in English `fix` matches fix, fixes, fixed, fixing; `hard` matches harder, hardest)
/// but not another word that merely starts the same way (`fix` never matches `fixture`).
struct PairingKeyword: Sendable, Hashable {
    let source: String
    /// Lowercased words; empty for a symbol keyword.
    let words: [String]
    /// The symbol without variation selectors, when the keyword has no letters or digits.
    let symbol: String?
    /// Every accepted form of the last word, and its plural forms alone: computed once, so matching
    /// is a set look-up instead of building strings for each token (this runs for every word of
    /// every challenge against every keyword).
    let lastWordForms: Set<String>
    let lastWordPlurals: Set<String>

    init(_ source: String, morphology: PairingMorphology = .none) {
        self.source = source
        let words = PairingText.words(in: source)
        self.words = words
        self.symbol = words.isEmpty ? PairingText.withoutVariationSelectors(source.trimmed) : nil
        let last = words.last ?? ""
        self.lastWordPlurals = Set(morphology.plurals.map { last + $0 })
        self.lastWordForms = morphology.forms(of: last).union([last])
    }

    /// How many words match at `index`, or nil; `labelsOnly` allows only the plural endings (labels).
    func match(_ tokens: [String], at index: Int, labelsOnly: Bool = false) -> (count: Int, plural: Bool)? {
        guard !words.isEmpty, index >= 0, index + words.count <= tokens.count else { return nil }
        for (offset, word) in words.enumerated() {
            let token = tokens[index + offset]
            if offset < words.count - 1 {
                guard token == word else { return nil }
            } else if token != word {
                if labelsOnly {
                    guard lastWordPlurals.contains(token) else { return nil }
                    return (words.count, true)
                }
                guard lastWordForms.contains(token) else { return nil }
            }
        }
        return (words.count, false)
    }
}

/// The word endings of the lexicon (`endings`, `plural_endings`): `ed` is appended, `e>ing`
/// replaces a final `e` ("resolve" → "resolving").
struct PairingMorphology: Sendable {
    let endings: [(drop: String, add: String)]
    let plurals: [String]

    static let none = PairingMorphology(endings: [], plurals: [])

    init(endings: [String], plurals: [String]) {
        self.endings = endings.map { ending in
            let parts = ending.split(separator: ">", maxSplits: 1).map(String.init)
            return parts.count == 2 ? (parts[0], parts[1]) : ("", ending)
        }
        self.plurals = plurals
    }

    init(_ lexicon: PairingLexicon) {
        self.init(endings: lexicon.list("endings"), plurals: lexicon.list("plural_endings"))
    }

    /// `word` with each ending.
    func forms(of word: String) -> Set<String> {
        var forms: Set<String> = []
        for (drop, add) in endings {
            if drop.isEmpty {
                forms.insert(word + add)
            } else if word.hasSuffix(drop), word.count > drop.count {
                forms.insert(String(word.dropLast(drop.count)) + add)
            }
        }
        return forms
    }
}
