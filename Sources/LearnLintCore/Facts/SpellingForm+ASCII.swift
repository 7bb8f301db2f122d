/// `SpellingForm`'s views over all-ASCII texts (nearly every name and title), byte by byte.
///
/// These run for every spelling of every document in the corpus pass, twice over. For ASCII text the
/// Unicode steps are no-ops (no mojibake, no emoji, `isLetter` is `A-Z a-z`, `isNumber` is `0-9`,
/// white space is tab to carriage return and space), so each function gives exactly the general
/// one's result; each returns nil for any other text, which then takes the general path.
extension SpellingForm {
    static func surfaceASCII(_ text: String) -> String? {
        var bytes = Array(text.utf8)
        guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
        for index in bytes.indices where isSpace(bytes[index]) { bytes[index] = UInt8(ascii: " ") }
        var words = bytes.split(separator: UInt8(ascii: " ")).makeIterator()
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var leading = true
        while let word = words.next() {
            if leading, isNumberingASCII(word) { continue }
            leading = false
            if !output.isEmpty { output.append(UInt8(ascii: " ")) }
            output.append(contentsOf: word)
        }
        while let last = output.last, ":.;,-".utf8.contains(last) { output.removeLast() }
        // `trimmed`: only spaces can be left at the end; words never start with one.
        while output.last == UInt8(ascii: " ") { output.removeLast() }
        return String(decoding: output, as: UTF8.self)
    }

    static func keyASCII(_ surface: String) -> String? {
        var output: [UInt8] = []
        output.reserveCapacity(surface.utf8.count)
        for byte in surface.utf8 {
            guard byte < 0x80 else { return nil }
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"): continue
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): output.append(byte + 32)
            default: output.append(byte)
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// `variant(_:ignoringCaseStyle: true)`: a word is plain case when no letter after its first is a capital.
    static func caseFoldedVariantASCII(_ surface: String) -> String? {
        var output = Array(surface.utf8)
        guard !output.contains(where: { $0 >= 0x80 }) else { return nil }
        var index = 0
        while index < output.count {
            guard isAlphanumeric(output[index]) else {
                index += 1
                continue
            }
            let start = index
            index += 1
            var plain = true
            while index < output.count, isAlphanumeric(output[index]) {
                if isUpper(output[index]) { plain = false }
                index += 1
            }
            if plain, isUpper(output[start]) { output[start] += 32 }
        }
        return String(decoding: output, as: UTF8.self)
    }

    static func isShoutedASCII(_ surface: String) -> Bool? {
        var letters = 0
        var lower = false
        for byte in surface.utf8 {
            guard byte < 0x80 else { return nil }
            if isUpper(byte) {
                letters += 1
            } else if (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) {
                letters += 1
                lower = true
            }
        }
        return letters > 4 && !lower
    }

    // MARK: - Private helpers

    /// `isNumbering` over an ASCII word.
    private static func isNumberingASCII(_ word: ArraySlice<UInt8>) -> Bool {
        let marks = ".)#:".utf8
        let core = word.filter { !marks.contains($0) }
        if core.isEmpty { return !word.isEmpty }
        if core.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) { return true }
        guard word.last == UInt8(ascii: ".") || word.last == UInt8(ascii: ")") else { return false }
        return core.count == 1 || core.allSatisfy { "ivxlc".utf8.contains(isUpper($0) ? $0 + 32 : $0) }
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }

    private static func isUpper(_ byte: UInt8) -> Bool { ASCIIByte.isUpper(byte) }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool { ASCIIByte.isAlphanumeric(byte) }
}
