/// Normalises heading titles and match patterns so that `## 🎯 1. Key Technologies:` and
/// `key technologies` compare equal.
///
/// Steps: repair mojibake, drop emoji, lowercase, `&` → `and`, every other non-alphanumeric
/// character → space, drop leading numbering (`1.`, `1.2`, `IV.`, `a)`), collapse spaces.
public enum TitleNormalizer {
    public static func normalize(_ title: String) -> String {
        normalize(title, keepingWildcards: false)
    }

    /// Normalises a pattern the same way, keeping `*` and `?`.
    public static func normalizePattern(_ pattern: String) -> String {
        normalize(pattern, keepingWildcards: true)
    }

    private static func normalize(_ title: String, keepingWildcards: Bool) -> String {
        if let ascii = normalizeASCII(title, keepingWildcards: keepingWildcards) { return ascii }
        let repaired = Mojibake.repair(title)
        var words: [String] = []
        var current = String.UnicodeScalarView()
        func flush() {
            if !current.isEmpty { words.append(String(current)) }
            current = String.UnicodeScalarView()
        }
        for scalar in repaired.unicodeScalars {
            // ASCII scalars of a title with an emoji: classified without property look-ups, exactly as
            // below (ASCII is never dropped; its letters and digits are `A-Z a-z 0-9`).
            if scalar.isASCII, scalar != "&", scalar != ".", scalar != ")" {
                let byte = UInt8(scalar.value)
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                    current.append(scalar)
                case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                    current.append(Unicode.Scalar(byte + 32))
                case UInt8(ascii: "*"), UInt8(ascii: "?"):
                    if keepingWildcards { current.append(scalar) } else { flush() }
                default:
                    flush()
                }
                continue
            }
            if isDropped(scalar) { continue }
            if scalar == "&" {
                flush()
                words.append("and")
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                || (keepingWildcards && (scalar == "*" || scalar == "?"))
            {
                current.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            } else if scalar == "." || scalar == ")" {
                // Keep numbering markers attached to their word so `1.` and `iv)` can be recognised.
                current.append(scalar)
                flush()
            } else {
                flush()
            }
        }
        flush()
        var index = 0
        while index < words.count, isNumbering(words[index]) { index += 1 }
        let kept = words[index...].map { word in word.filter { $0 != "." && $0 != ")" } }.filter { !$0.isEmpty }
        return kept.joined(separator: " ")
    }

    /// The same steps over plain ASCII titles (most of them), without Unicode property look-ups;
    /// nil when the title has any non-ASCII byte.
    ///
    /// One pass writes the output directly: each word is appended (after a space) as it is read and
    /// taken back when it turns out to be leading numbering or to hold nothing but `.` and `)`. A `.`
    /// or `)` ends a word: it is not written, but remembered for the numbering test.
    private static func normalizeASCII(_ title: String, keepingWildcards: Bool) -> String? {
        var output: [UInt8] = []
        output.reserveCapacity(title.utf8.count + 8)
        var leading = true
        // Where the current word's separator (or the word itself, first in the output) starts, and
        // where its letters start; nil between words.
        var wordOpen: (separator: Int, letters: Int)?
        func open() {
            guard wordOpen == nil else { return }
            let separator = output.count
            if !output.isEmpty { output.append(UInt8(ascii: " ")) }
            wordOpen = (separator, output.count)
        }
        func close(marker: UInt8?) {
            guard let word = wordOpen else { return }
            wordOpen = nil
            if leading {
                if isNumberingASCII(output[word.letters...], marker: marker) {
                    output.removeSubrange(word.separator...)
                    return
                }
                leading = false
            }
            if output.count == word.letters { output.removeSubrange(word.separator...) }
        }
        for byte in title.utf8 {
            guard byte < 0x80 else { return nil }
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                open()
                output.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                open()
                output.append(byte + 32)
            case UInt8(ascii: "*") where keepingWildcards, UInt8(ascii: "?") where keepingWildcards:
                open()
                output.append(byte)
            case UInt8(ascii: "&"):
                close(marker: nil)
                open()
                output.append(contentsOf: "and".utf8)
                close(marker: nil)
            case UInt8(ascii: "."), UInt8(ascii: ")"):
                open()
                close(marker: byte)
            default:
                close(marker: nil)
            }
        }
        close(marker: nil)
        return String(decoding: output, as: UTF8.self)
    }

    /// `isNumbering` over an ASCII word: its letters (no `.` or `)`) and the `.` or `)` that ended it.
    private static func isNumberingASCII(_ core: ArraySlice<UInt8>, marker: UInt8?) -> Bool {
        guard !core.isEmpty else { return true }
        if core.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) { return true }
        guard marker != nil else { return false }
        if core.count == 1 { return true }
        return core.allSatisfy { "ivxlc".utf8.contains($0) }
    }

    /// Emoji, their modifiers and joiners; plain digits, `#` and `*` are emoji too in Unicode's
    /// tables, so only scalars outside ASCII are dropped.
    private static func isDropped(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.value > 0x7F else { return false }
        let properties = scalar.properties
        if properties.isEmoji && !properties.isAlphabetic { return true }
        switch scalar.value {
        case 0x200D, 0xFE0E, 0xFE0F, 0x20E3: return true
        case 0x2190...0x2BFF: return true  // arrows, technical symbols, dingbats, geometric shapes
        default: return false
        }
    }

    /// `1.`, `2)`, `1.2.`, `iv.`, `a)`: a numbering token that ends in `.` or `)`; a bare number too.
    private static func isNumbering(_ word: String) -> Bool {
        let core = word.filter { $0 != "." && $0 != ")" }
        guard !core.isEmpty else { return true }
        if core.allSatisfy(\.isNumber) { return true }
        guard word.last == "." || word.last == ")" else { return false }
        if core.count == 1 { return true }
        return core.allSatisfy { "ivxlc".contains($0) }
    }
}
