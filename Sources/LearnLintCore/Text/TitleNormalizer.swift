/// Normalises heading titles and match patterns so that `## 🎯 1. Key Technologies:` and
/// `key technologies` compare equal.
///
/// Steps: repair mojibake, drop emoji, lowercase, `&` → `and`, every other non-alphanumeric
/// character → space, drop leading numbering (`1.`, `1.2`, `IV.`, `a)`), collapse spaces.
///
/// The words are `TextTokens`' (the one tokenizer: runs of letters and digits, folded with
/// `lowercased()`); this type only reads what stands between them (`&`, numbering markers, the
/// wildcards of a pattern). All-ASCII titles (nearly all) skip building the tokens: their words are
/// the runs of ASCII letters and digits, fed to the same writer. `NormalisationPropertyTests` runs
/// both paths on random and real text and demands identical results.
public enum TitleNormalizer {
    public static func normalize(_ title: String) -> String {
        normalize(title, keepingWildcards: false)
    }

    /// Normalises a pattern the same way, keeping `*` and `?`.
    public static func normalizePattern(_ pattern: String) -> String {
        normalize(pattern, keepingWildcards: true)
    }

    /// Emoji, their modifiers and joiners, and symbols: dropped from titles as if absent (they join
    /// the letters around them). Plain digits, `#` and `*` are emoji too in Unicode's tables, so only
    /// scalars outside ASCII are decoration. `SpellingForm` drops the same scalars.
    static func isDecoration(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.value > 0x7F else { return false }
        let properties = scalar.properties
        if properties.isEmoji && !properties.isAlphabetic { return true }
        switch scalar.value {
        case 0x200D, 0xFE0E, 0xFE0F, 0x20E3: return true
        case 0x2190...0x2BFF: return true  // arrows, technical symbols, dingbats, geometric shapes
        default: return false
        }
    }

    // MARK: - Private helpers

    private static func normalize(_ title: String, keepingWildcards: Bool) -> String {
        normalizeASCII(title, keepingWildcards: keepingWildcards) ?? normalizeTokens(title, keepingWildcards: keepingWildcards)
    }

    /// Over `TextTokens`: any text.
    static func normalizeTokens(_ title: String, keepingWildcards: Bool) -> String {
        let tokens = TextTokens(withoutDecoration(title))
        var writer = Writer(keepingWildcards: keepingWildcards, capacity: tokens.count + 8)
        var position = 0
        tokens.bytes.withUnsafeBufferPointer { bytes in
            for word in tokens.words {
                writer.read(gap: UnsafeBufferPointer(rebasing: bytes[position..<word.start]))
                // `C++`, `C#`: the letter is the word; the suffix is punctuation here, as in any title.
                let suffix = languageSuffixLength(word, in: bytes)
                if word.isASCII {
                    writer.append(letters: UnsafeBufferPointer(rebasing: bytes[word.start..<(word.end - suffix)]))
                } else {
                    var folded = tokens.folded(word)
                    folded.removeLast(min(suffix, folded.count))
                    folded.withUTF8 { writer.append(letters: $0, folded: true) }
                }
                position = word.end - suffix
            }
            writer.read(gap: UnsafeBufferPointer(rebasing: bytes[position..<bytes.count]))
        }
        return writer.finish()
    }

    /// The fast path: nil when the title has a byte outside ASCII. No mojibake or decoration can be in
    /// it, and a word is a run of ASCII letters and digits (a `C++` suffix is punctuation either way).
    static func normalizeASCII(_ title: String, keepingWildcards: Bool) -> String? {
        var title = title
        return title.withUTF8 { bytes -> String? in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            var writer = Writer(keepingWildcards: keepingWildcards, capacity: bytes.count + 8)
            var index = 0
            while index < bytes.count {
                var end = index
                while end < bytes.count, ASCIIByte.isAlphanumeric(bytes[end]) { end += 1 }
                if end > index {
                    writer.append(letters: UnsafeBufferPointer(rebasing: bytes[index..<end]))
                    index = end
                } else {
                    writer.read(bytes[index])
                    index += 1
                }
            }
            return writer.finish()
        }
    }

    /// Mojibake repaired and decoration removed.
    private static func withoutDecoration(_ title: String) -> String {
        let repaired = Mojibake.repair(title)
        guard repaired.unicodeScalars.contains(where: isDecoration) else { return repaired }
        var scalars = String.UnicodeScalarView()
        for scalar in repaired.unicodeScalars where !isDecoration(scalar) { scalars.append(scalar) }
        return String(scalars)
    }

    /// 2 for `C++`, 1 for `C#`, else 0: the only words `TextTokens` ends in `+` or `#`.
    private static func languageSuffixLength(_ word: TextTokens.Word, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard word.end > word.start else { return 0 }
        switch bytes[word.end - 1] {
        case UInt8(ascii: "#"): return 1
        case UInt8(ascii: "+"): return 2
        default: return 0
        }
    }

    /// Writes the normalised text directly: each word is appended (after a space) as it is read and
    /// taken back when it turns out to be leading numbering or to hold nothing. A `.` or `)` ends a
    /// word: it is not written, but remembered for the numbering test.
    private struct Writer {
        let keepingWildcards: Bool
        var output: [UInt8] = []
        /// Whether no word but numbering has been kept yet.
        var leading = true
        /// Where the open word's separator (or the word itself, first in the output) starts, and
        /// where its letters start; nil between words.
        var open: (separator: Int, letters: Int)?

        init(keepingWildcards: Bool, capacity: Int) {
            self.keepingWildcards = keepingWildcards
            output.reserveCapacity(capacity)
        }

        /// A word's letters, lowered here unless already `folded`; they continue an open word (a
        /// pattern's `cache*d` is one word).
        mutating func append(letters: UnsafeBufferPointer<UInt8>, folded: Bool = false) {
            openWord()
            if folded {
                output.append(contentsOf: letters)
            } else {
                for byte in letters { output.append(ASCIIByte.lowercased(byte)) }
            }
        }

        /// What stands between words: only ASCII punctuation means anything; any other byte (a
        /// non-ASCII space or symbol) separates.
        mutating func read(gap: UnsafeBufferPointer<UInt8>) {
            for byte in gap { read(byte) }
        }

        /// One byte between words.
        mutating func read(_ byte: UInt8) {
            switch byte {
            case UInt8(ascii: "*") where keepingWildcards, UInt8(ascii: "?") where keepingWildcards:
                openWord()
                output.append(byte)
            case UInt8(ascii: "&"):
                close(marker: nil)
                openWord()
                output.append(contentsOf: "and".utf8)
                close(marker: nil)
            case UInt8(ascii: "."), UInt8(ascii: ")"):
                close(marker: byte)
            default:
                close(marker: nil)
            }
        }

        mutating func finish() -> String {
            close(marker: nil)
            return String(decoding: output, as: UTF8.self)
        }

        private mutating func openWord() {
            guard open == nil else { return }
            let separator = output.count
            if !output.isEmpty { output.append(UInt8(ascii: " ")) }
            open = (separator, output.count)
        }

        /// Ends the open word, if any: it is taken back when it is leading numbering.
        private mutating func close(marker: UInt8?) {
            guard let word = open else { return }
            open = nil
            guard leading else { return }
            let letters = String(decoding: output[word.letters...], as: UTF8.self)
            if TitleNormalizer.isNumbering(letters, marker: marker) {
                output.removeSubrange(word.separator...)
            } else {
                leading = false
            }
        }
    }

    /// `1.`, `2)`, `1.2.`, `iv.`, `a)`: a numbering word, by its letters and the `.` or `)` that ended
    /// it (nil when something else did); a bare number too.
    private static func isNumbering(_ letters: String, marker: UInt8?) -> Bool {
        guard let first = letters.utf8.first else { return true }
        // An ASCII letter first (most titles) is no number: no Unicode property look-up for it.
        if !ASCIIByte.isLetter(first), letters.allSatisfy(\.isNumber) { return true }
        guard marker != nil else { return false }
        if letters.count == 1 { return true }
        return letters.allSatisfy { "ivxlc".contains($0) }
    }
}
