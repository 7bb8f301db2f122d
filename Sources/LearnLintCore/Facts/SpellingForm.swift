/// How a name or a title is written, reduced to what counts as its *spelling* across documents.
///
/// Three views of one text: the **surface** (as written, minus decoration: emoji, mojibake, leading
/// numbering, trailing colons, extra spaces), the **key** that groups spellings of the same name
/// (surface lowercased, without spaces, hyphens, dots and underscores) and the **variant** that is
/// compared inside a group (the surface, with whole-word capitalisation folded when asked).
public enum SpellingForm {
    /// The text as written, without decoration; empty when nothing readable is left.
    public static func surface(_ text: String) -> String { surfaceASCII(text) ?? surfaceOfScalars(text) }

    /// The grouping key: lowercase, without spaces, hyphens, dots and underscores.
    public static func key(_ surface: String) -> String { keyASCII(surface) ?? keyOfCharacters(surface) }

    /// The spelling compared inside a group of the same key.
    ///
    /// With `ignoringCaseStyle`, a word written all lowercase or capitalised (`python`, `Python`) is
    /// folded to lowercase: title case versus sentence case is style, not spelling. Words with
    /// capitals inside (`GitHub`, `rabbitMQ`) and acronyms (`REST`, `SQL`) keep their case, because
    /// that is where real spellings differ (`Github`, `Rest`).
    public static func variant(_ surface: String, ignoringCaseStyle: Bool) -> String {
        guard ignoringCaseStyle else { return surface }
        return caseFoldedVariantASCII(surface) ?? caseFoldedVariantOfCharacters(surface)
    }

    /// Whether a title is written entirely in capitals (`CHALLENGES`, `KEY TECHNOLOGIES`); short
    /// all-capital titles (`SQL`, `AWS`, `REST`) are acronyms, not shouting.
    public static func isShouted(_ surface: String) -> Bool { isShoutedASCII(surface) ?? isShoutedByCharacters(surface) }

    // MARK: - The general views (any text; `SpellingForm+ASCII` answers for ASCII text first)

    static func surfaceOfScalars(_ text: String) -> String {
        let repaired = Mojibake.repair(text)
        var scalars = String.UnicodeScalarView()
        for scalar in repaired.unicodeScalars where !TitleNormalizer.isDecoration(scalar) {
            // ASCII white space is tab to carriage return and space: no property look-up for it.
            let isWhitespace =
                scalar.isASCII ? scalar == " " || (0x09...0x0D).contains(scalar.value) : scalar.properties.isWhitespace
            scalars.append(isWhitespace ? " " : scalar)
        }
        var words = String(scalars).split(separator: " ").map(String.init)
        while let first = words.first, isNumbering(first) { words.removeFirst() }
        var result = words.joined(separator: " ")
        while let last = result.last, ":.;,-–—".contains(last) { result.removeLast() }
        return result.trimmed
    }

    static func keyOfCharacters(_ surface: String) -> String {
        String(surface.lowercased().filter { !" -._".contains($0) })
    }

    static func caseFoldedVariantOfCharacters(_ surface: String) -> String {
        var result = ""
        var word = ""
        func flush() {
            result += isPlainCase(word) ? word.lowercased() : word
            word = ""
        }
        for character in surface {
            if character.isLetter || character.isNumber {
                word.append(character)
            } else {
                flush()
                result.append(character)
            }
        }
        flush()
        return result
    }

    static func isShoutedByCharacters(_ surface: String) -> Bool {
        let letters = surface.filter(\.isLetter)
        return letters.count > 4 && letters.allSatisfy(\.isUppercase)
    }

    // MARK: - Private helpers

    /// `python`, `Python`: the case a word takes from its place in a sentence or a title.
    private static func isPlainCase(_ word: String) -> Bool {
        guard let first = word.first else { return true }
        let rest = word.dropFirst()
        return rest.allSatisfy { !$0.isUppercase } && (first.isLowercase || first.isUppercase || !first.isLetter)
    }

    /// `1.`, `2)`, `1.2.`, `IV.`, `#3`: a numbering token in front of a title.
    private static func isNumbering(_ word: String) -> Bool {
        let core = word.filter { !".)#:".contains($0) }
        if core.isEmpty { return !word.isEmpty && word.allSatisfy { ".)#:".contains($0) } }
        if core.allSatisfy(\.isNumber) { return true }
        guard word.last == "." || word.last == ")" else { return false }
        return core.count == 1 || core.lowercased().allSatisfy { "ivxlc".contains($0) }
    }
}
