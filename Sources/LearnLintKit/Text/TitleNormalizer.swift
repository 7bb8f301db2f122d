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
    private static func normalizeASCII(_ title: String, keepingWildcards: Bool) -> String? {
        // Word bytes back to back, and each word's range in them (a `.` or `)` ends a word and stays
        // in it): no array or string per word.
        var letters: [UInt8] = []
        letters.reserveCapacity(title.utf8.count + 8)
        var words: [Range<Int>] = []
        var start = 0
        func flush() {
            if letters.count > start { words.append(start..<letters.count) }
            start = letters.count
        }
        for byte in title.utf8 {
            guard byte < 0x80 else { return nil }
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                letters.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                letters.append(byte + 32)
            case UInt8(ascii: "*"), UInt8(ascii: "?") where keepingWildcards:
                letters.append(byte)
            case UInt8(ascii: "&"):
                flush()
                letters.append(contentsOf: "and".utf8)
                flush()
            case UInt8(ascii: "."), UInt8(ascii: ")"):
                letters.append(byte)
                flush()
            default:
                flush()
            }
        }
        flush()
        var index = 0
        while index < words.count, isNumberingASCII(letters[words[index]]) { index += 1 }
        var output: [UInt8] = []
        output.reserveCapacity(letters.count + words.count)
        for word in words[index...] {
            var wrote = false
            for byte in letters[word] where byte != UInt8(ascii: ".") && byte != UInt8(ascii: ")") {
                if !wrote, !output.isEmpty { output.append(UInt8(ascii: " ")) }
                wrote = true
                output.append(byte)
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// `isNumbering` over an ASCII word's bytes.
    private static func isNumberingASCII(_ word: ArraySlice<UInt8>) -> Bool {
        let core = word.filter { $0 != UInt8(ascii: ".") && $0 != UInt8(ascii: ")") }
        guard !core.isEmpty else { return true }
        if core.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) { return true }
        guard word.last == UInt8(ascii: ".") || word.last == UInt8(ascii: ")") else { return false }
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
