extension StringProtocol {
    /// The text with every `scalar` replaced by `replacement`, scalar by scalar as Foundation's
    /// `replacingOccurrences(of:with:)` matched it: a quote or newline is found even where a combining
    /// mark follows it and joins it into one `Character` (which the standard library's
    /// `replacing(_:with:)` would skip, leaving a quote unescaped).
    package func replacingEach(_ scalar: Unicode.Scalar, with replacement: String) -> String {
        var result = ""
        result.reserveCapacity(utf8.count)
        for next in unicodeScalars {
            if next == scalar {
                result += replacement
            } else {
                result.unicodeScalars.append(next)
            }
        }
        return result
    }
}
