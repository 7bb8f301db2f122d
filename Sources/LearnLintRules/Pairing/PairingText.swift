import LearnLintCore

/// The pairing heuristics' one word splitter, clause and sentence splitter, and small text tests.
/// Texts here are what a reader sees: bold is structure (`EmphasizedText`), never characters.
///
/// Each splitter has a byte path for plain ASCII text (PairingText+Bytes.swift, by far the common
/// case: walking `Character`s costs a Unicode property look-up per letter) and a `Character` path
/// for the rest; a property test runs both on random and real text and demands identical results.
enum PairingText {
    /// Lowercased words (letters, digits, inner apostrophes) in order.
    static func words(in text: String) -> [String] {
        asciiWords(text) ?? characterWords(in: text)
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

    /// Clauses of a text: split at sentence ends, commas, semicolons, colons, dashes, arrows and line
    /// breaks ("To get around this, I added…" holds the clause "I added…").
    static func clauses(_ text: String) -> [String] {
        asciiClauses(text) ?? characterClauses(text)
    }

    /// `clauses(_:)` over `Character`s.
    static func characterClauses(_ text: String) -> [String] {
        var result: [String] = []
        var current = ""
        let characters = Array(text)
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

    /// Sentences of a text: split where `.`, `!` or `?` is followed by white space.
    static func sentences(_ text: String) -> [String] {
        asciiSentences(text) ?? characterSentences(text)
    }

    /// `sentences(_:)` over `Character`s.
    static func characterSentences(_ text: String) -> [String] {
        var result: [String] = []
        var current = ""
        let characters = Array(text)
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

    /// How many sentences a text holds: a `.`, `!` or `?` followed by a space and a capital letter
    /// ends one ("e.g. this" and "v1.2" do not).
    static func capitalSentenceCount(_ text: String) -> Int {
        asciiCapitalSentenceCount(text) ?? characterCapitalSentenceCount(text)
    }

    /// `capitalSentenceCount(_:)` over `Character`s.
    static func characterCapitalSentenceCount(_ text: String) -> Int {
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

    static func withoutVariationSelectors(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { $0.value != 0xFE0F && $0.value != 0xFE0E }))
    }

    /// The first words of a text for messages: at most six words or about fifty characters.
    static func excerpt(_ text: String) -> String {
        let words = text.split(whereSeparator: \.isWhitespace)
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
        TitleNormalizer.normalize(text)
    }

    /// A cell or label that says nothing but dashes or question marks ("-", "?", "…").
    static func isDash(_ text: String) -> Bool {
        text.trimmed.allSatisfy { "-–—?…".contains($0) || $0.isWhitespace }
    }

    /// A short line that names a topic rather than telling something: a bold run alone, or at most
    /// six words with no sentence end ("1. Authentication", "**2. Deployment**").
    static func isTitleLine(_ line: EmphasizedText) -> Bool {
        let trimmed = line.trimmed
        if trimmed.opensStrong, trimmed.closesStrong { return true }
        guard let last = trimmed.text.last, !".!?:;,".contains(last) else { return false }
        return trimmed.text.split(whereSeparator: \.isWhitespace).count <= 6
    }

    /// A sentence that introduces what follows ("I faced several challenges, including:").
    static func isIntroduction(_ text: String) -> Bool {
        text.trimmed.hasSuffix(":")
    }
}
