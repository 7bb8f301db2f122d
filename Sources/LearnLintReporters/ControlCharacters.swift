/// Control and bidirectional-formatting characters made visible as `\u{1B}`, for every text output.
///
/// Document text, paths and contributor names reach terminals, CI logs and rendered tables. Raw, an
/// ESC sequence rewrites the terminal, a backspace or carriage return hides what came before, a newline
/// in a folder name forges a finding line, and a bidi override (U+202E) shows text in another order than
/// it is. Reporters pass every such text through `escape`; a tab stays (it cannot hide anything), and
/// formats with their own line-break rules (GitHub commands, CSV) may keep CR and LF.
public enum ControlCharacters {
    /// Whether `scalar` must not be written raw: C0 and C1 controls but tab, DEL, the Unicode line and
    /// paragraph separators, and the bidi marks, embeddings, overrides and isolates.
    public static func isUnsafe(_ scalar: Unicode.Scalar, keepingLineBreaks: Bool = false) -> Bool {
        switch scalar.value {
        case 0x09: return false
        case 0x0A, 0x0D: return !keepingLineBreaks
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x061C, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    /// `text` with every unsafe character written as `\u{HEX}`.
    public static func escape(_ text: String, keepingLineBreaks: Bool = false) -> String {
        guard mayContainUnsafe(text) else { return text }
        var output = ""
        output.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if isUnsafe(scalar, keepingLineBreaks: keepingLineBreaks) {
                output += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                output.unicodeScalars.append(scalar)
            }
        }
        return output
    }

    /// A byte scan that rules out almost every text: every unsafe character is a byte below 0x20, DEL,
    /// or starts with 0xC2 (C1), 0xD8 (U+061C) or 0xE2 (the U+20xx marks).
    private static func mayContainUnsafe(_ text: String) -> Bool {
        text.utf8.contains { byte in
            (byte < 0x20 && byte != 0x09) || byte == 0x7F || byte == 0xC2 || byte == 0xD8 || byte == 0xE2
        }
    }

    /// A whole rendered text report (names, titles and paths from documents inside): every unsafe
    /// character escaped but line breaks, and, when the report is coloured, its colour codes (`ESC [
    /// digits ; … m`) kept — any other escape sequence, a screen clear or a title change, is shown.
    public static func escapeText(_ text: String, keepingColours: Bool) -> String {
        guard mayContainUnsafe(text) else { return text }
        var output = ""
        output.reserveCapacity(text.utf8.count)
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if keepingColours, scalar == "\u{1B}", let end = colourCodeEnd(scalars, from: index) {
                for kept in scalars[index..<end] { output.unicodeScalars.append(kept) }
                index = end
                continue
            }
            if isUnsafe(scalar, keepingLineBreaks: true) {
                output += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                output.unicodeScalars.append(scalar)
            }
            index += 1
        }
        return output
    }

    /// The end of an SGR colour code starting at `start` (`ESC [ 0-9 ; … m`), if one does.
    private static func colourCodeEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
        var index = start + 1
        guard index < scalars.count, scalars[index] == "[" else { return nil }
        index += 1
        while index < scalars.count, scalars[index] == ";" || ("0"..."9").contains(scalars[index]) { index += 1 }
        return index < scalars.count && scalars[index] == "m" ? index + 1 : nil
    }
}
