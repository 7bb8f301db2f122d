/// Trimming by Unicode scalar, with the three classes Foundation's `CharacterSet` gave learnlint
/// (`trimmingCharacters(in:)` is full Foundation only). Each scalar at either end is tested on its own,
/// as Foundation does, so a combining mark after a space stays (unlike `Character.isWhitespace`).
package enum TrimmedScalars: Sendable {
    /// `CharacterSet.whitespacesAndNewlines`: Unicode's White_Space property (spaces, tab, line and
    /// paragraph separators, U+0085), and U+200B as Foundation counts it.
    case whitespaceAndNewlines
    /// `CharacterSet.whitespaces`: space separators (Zs), tab, and U+200B (zero width space), as
    /// Foundation counts it.
    case whitespace
    /// `CharacterSet.newlines`: U+000A–U+000D, U+0085, U+2028, U+2029.
    case newlines

    package func contains(_ scalar: Unicode.Scalar) -> Bool {
        switch self {
        case .whitespaceAndNewlines: return scalar.properties.isWhitespace || scalar == "\u{200B}"
        case .whitespace:
            return scalar == "\t" || scalar == "\u{200B}" || scalar.properties.generalCategory == .spaceSeparator
        case .newlines: return (0x0A...0x0D).contains(scalar.value) || [0x85, 0x2028, 0x2029].contains(scalar.value)
        }
    }
}

extension StringProtocol {
    /// The text without the scalars of `set` at its start and end.
    package func trimming(_ set: TrimmedScalars) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !set.contains($0) }),
            let last = scalars.lastIndex(where: { !set.contains($0) })
        else { return "" }
        return String(self[first..<scalars.index(after: last)])
    }
}
