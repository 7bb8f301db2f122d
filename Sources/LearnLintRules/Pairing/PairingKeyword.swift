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

/// Small text utilities the pairing heuristics share: words, clauses, placeholders.
enum PairingText {
    /// How many sentences a text holds: a `.`, `!` or `?` followed by a space and a capital letter
    /// ends one ("e.g. this" and "v1.2" do not).
    static func sentenceCount(_ text: String) -> Int {
        let characters = Array(text.trimmed)
        var count = 1
        var index = 0
        while index + 2 < characters.count {
            if ".!?".contains(characters[index]), characters[index + 1] == " ", characters[index + 2].isUppercase {
                count += 1
            }
            index += 1
        }
        return count
    }

    /// Marks where bold text starts and ends in flattened inline text, so labels such as
    /// `**Challenge**: …` can be told from ordinary words. Private-use scalars never shown to users.
    static let strongStart: Character = "\u{E001}"
    static let strongEnd: Character = "\u{E000}"

    /// Lowercased words (letters, digits, inner apostrophes) in order.
    static func words(in text: String) -> [String] {
        if let words = asciiWords(text, droppingMarkers: false) { return words }
        return characterWords(in: text)
    }

    /// `words(in:)` over `Character`s, for text the byte path cannot read.
    static func characterWords(in text: String) -> [String] {
        var result: [String] = []
        var current = ""
        for character in text {
            if character.isLetter || character.isNumber {
                current.append(contentsOf: character.lowercased())
            } else if (character == "'" || character == "’"), !current.isEmpty {
                current.append("'")
            } else if !current.isEmpty {
                result.append(current.hasSuffix("'") ? String(current.dropLast()) : current)
                current = ""
            }
        }
        if !current.isEmpty { result.append(current.hasSuffix("'") ? String(current.dropLast()) : current) }
        return result
    }

    static func withoutVariationSelectors(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { $0.value != 0xFE0F && $0.value != 0xFE0E }))
    }

    /// The text without the bold markers.
    static func visible(_ text: String) -> String {
        if let visible = asciiVisible(text) { return visible }
        return String(text.filter { $0 != strongStart && $0 != strongEnd })
    }

    /// The first words of a text for messages: at most six words or about fifty characters.
    static func excerpt(_ text: String) -> String {
        let words = visible(text).split(whereSeparator: \.isWhitespace)
        var result = ""
        var truncated = false
        for (index, word) in words.enumerated() {
            if index == 6 || result.count + word.count > 50 {
                truncated = true
                break
            }
            result += (result.isEmpty ? "" : " ") + word
        }
        while let last = result.last, ":;,-–—".contains(last) { result.removeLast() }
        return truncated ? result + "…" : result
    }

    /// The text as a key for the lexicon's title-like lists (`placeholders`, `closing_titles`).
    static func key(_ text: String) -> String {
        TitleNormalizer.normalize(visible(text))
    }

    /// A cell or label that says nothing but dashes or question marks ("-", "?", "…").
    static func isDash(_ text: String) -> Bool {
        visible(text).trimmed.allSatisfy { "-–—?…".contains($0) || $0.isWhitespace }
    }

    /// A short line that names a topic rather than telling something: a bold run alone, or at most
    /// six words with no sentence end ("1. Authentication", "**2. Deployment**").
    static func isTitleLine(_ text: String) -> Bool {
        let trimmed = text.trimmed
        if trimmed.first == strongStart, trimmed.last == strongEnd { return true }
        let shown = visible(trimmed).trimmed
        guard let last = shown.last, !".!?:;,".contains(last) else { return false }
        return shown.split(whereSeparator: \.isWhitespace).count <= 6
    }

    /// A sentence that introduces what follows ("I faced several challenges, including:").
    static func isIntroduction(_ text: String) -> Bool {
        visible(text).trimmed.hasSuffix(":")
    }

    /// Sentences of a text: split where `.`, `!` or `?` is followed by white space.
    static func sentences(_ text: String) -> [String] {
        let visible = visible(text)
        if let sentences = asciiSentences(visible) { return sentences }
        var result: [String] = []
        var current = ""
        let characters = Array(visible)
        for (index, character) in characters.enumerated() {
            current.append(character)
            let next = index + 1 < characters.count ? characters[index + 1] : " "
            if ".!?".contains(character), next.isWhitespace {
                if !current.trimmed.isEmpty { result.append(current.trimmed) }
                current = ""
            }
        }
        if !current.trimmed.isEmpty { result.append(current.trimmed) }
        return result
    }

    /// Clauses of a text: split at sentence ends, commas, semicolons, colons, dashes, arrows and line
    /// breaks ("To get around this, I added…" holds the clause "I added…").
    static func clauses(_ text: String) -> [String] {
        let visible = visible(text)
        if let clauses = asciiClauses(visible) { return clauses }
        var result: [String] = []
        var current = ""
        let characters = Array(visible)
        for (index, character) in characters.enumerated() {
            let next = index + 1 < characters.count ? characters[index + 1] : " "
            let previous = index > 0 ? characters[index - 1] : " "
            var boundary = false
            switch character {
            case ".", "!", "?", ":": boundary = next.isWhitespace
            case ";", ",", "\n", "→", "⇒": boundary = true
            case "-", "–", "—": boundary = previous.isWhitespace && next.isWhitespace
            case ">": boundary = previous == "-" || previous == "="
            default: break
            }
            if boundary {
                if !current.trimmed.isEmpty { result.append(current) }
                current = ""
            } else {
                current.append(character)
            }
        }
        if !current.trimmed.isEmpty { result.append(current) }
        return result
    }
}
