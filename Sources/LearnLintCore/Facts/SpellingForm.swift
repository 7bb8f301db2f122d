/// How a name or a title is written, reduced to what counts as its *spelling* across documents.
///
/// Three views of one text: the **surface** (as written, minus decoration: emoji, mojibake, leading
/// numbering, trailing colons, extra spaces), the **key** that groups spellings of the same name
/// (surface lowercased, without spaces, hyphens, dots and underscores) and the **variant** that is
/// compared inside a group (the surface, with whole-word capitalisation folded when asked).
public enum SpellingForm {
    /// The text as written, without decoration; empty when nothing readable is left.
    public static func surface(_ text: String) -> String {
        if let ascii = surfaceASCII(text) { return ascii }
        let repaired = Mojibake.repair(text)
        var scalars = String.UnicodeScalarView()
        for scalar in repaired.unicodeScalars where !isDecoration(scalar) {
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

    /// The grouping key: lowercase, without spaces, hyphens, dots and underscores.
    public static func key(_ surface: String) -> String {
        if let ascii = keyASCII(surface) { return ascii }
        return String(surface.lowercased().filter { !" -._".contains($0) })
    }

    /// The spelling compared inside a group of the same key.
    ///
    /// With `ignoringCaseStyle`, a word written all lowercase or capitalised (`python`, `Python`) is
    /// folded to lowercase: title case versus sentence case is style, not spelling. Words with
    /// capitals inside (`GitHub`, `rabbitMQ`) and acronyms (`REST`, `SQL`) keep their case, because
    /// that is where real spellings differ (`Github`, `Rest`).
    public static func variant(_ surface: String, ignoringCaseStyle: Bool) -> String {
        guard ignoringCaseStyle else { return surface }
        if let ascii = caseFoldedVariantASCII(surface) { return ascii }
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

    /// Whether a title is written entirely in capitals (`CHALLENGES`, `KEY TECHNOLOGIES`); short
    /// all-capital titles (`SQL`, `AWS`, `REST`) are acronyms, not shouting.
    public static func isShouted(_ surface: String) -> Bool {
        if let ascii = isShoutedASCII(surface) { return ascii }
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

    /// Emoji, pictographs, their modifiers and joiners, and symbols (ASCII letters and digits stay).
    private static func isDecoration(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.value > 0x7F else { return false }
        let properties = scalar.properties
        if properties.isEmoji && !properties.isAlphabetic { return true }
        switch scalar.value {
        case 0x200D, 0xFE0E, 0xFE0F, 0x20E3: return true
        case 0x2190...0x2BFF: return true
        default: return false
        }
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
