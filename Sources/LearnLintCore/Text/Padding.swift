/// Fixed-width text: numbers with leading zeros and columns filled with spaces, written once for every
/// report and table (Foundation's `String(format:)` and `padding(toLength:)` are not in
/// FoundationEssentials, and would bring ICU into the binary).
package enum Padding {
    /// `value` in base `radix`, with zeros in front up to `width` digits (`%04x` is
    /// `digits(value, radix: 16, width: 4)`); a longer number is never cut.
    package static func digits<Value: BinaryInteger>(
        _ value: Value, radix: Int = 10, uppercase: Bool = false, width: Int
    ) -> String {
        let digits = String(value, radix: radix, uppercase: uppercase)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// `text` with spaces after it (or before it, `alignRight`) up to `width` characters; a longer
    /// text is kept whole.
    package static func fill(_ text: String, to width: Int, alignRight: Bool = false) -> String {
        let fill = String(repeating: " ", count: max(0, width - text.count))
        return alignRight ? fill + text : text + fill
    }

    /// `text` at exactly `width` characters: cut when longer, filled with spaces when shorter (what
    /// `padding(toLength:withPad:" ",startingAt:0)` gives for the ASCII columns it is used for).
    package static func column(_ text: String, width: Int) -> String {
        fill(String(text.prefix(max(0, width))), to: width)
    }
}
