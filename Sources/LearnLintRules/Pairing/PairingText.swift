import LearnLintCore

/// The pairing heuristics' small text tests, and their words (`PairingSplit`, over the shared
/// tokenizer). Texts here are what a reader sees: bold is structure (`EmphasizedText`), never characters.
enum PairingText {
    /// Lowercased words (letters, digits, inner apostrophes) in order, as `PairingSplit` reads them.
    static func words(in text: String) -> [String] {
        PairingSplit(text).words
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
