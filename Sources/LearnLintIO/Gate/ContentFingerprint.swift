import LearnLintCore

/// A finding's identity that survives edits elsewhere in the document: a hash of its rule, its
/// message with numbers masked, and the trimmed text of the line it starts on — never its line number.
///
/// Baselines match by rule, path, this fingerprint and an occurrence counter (for identical ones);
/// SARIF's `partialFingerprints` may use it too.
public enum ContentFingerprint {
    /// 16 hex digits of 64-bit FNV-1a (the same on every machine and run).
    public static func of(_ finding: Finding, lineText: String) -> String {
        var hasher = FNV1a()
        for part in [finding.rule, normalizedMessage(finding.message), anchorText(finding, lineText: lineText)] {
            hasher.combine(part)
            // A separator byte no text contains, so ("ab", "c") and ("a", "bc") differ.
            hasher.combine(0xff)
        }
        return FNV1a.hex(hasher.value)
    }

    /// The message with each run of digits replaced by `#`: messages quote line numbers and counts
    /// ("first at line 12", "lists 2 items") that shift with unrelated edits.
    public static func normalizedMessage(_ message: String) -> String {
        var result = ""
        var inDigits = false
        for scalar in message.unicodeScalars {
            if ("0"..."9").contains(scalar) {
                if !inDigits { result.append("#") }
                inDigits = true
            } else {
                result.unicodeScalars.append(scalar)
                inDigits = false
            }
        }
        return result
    }

    /// The line text a finding is anchored to. A point finding at 1:1 is about the whole document
    /// (a missing section): it is anchored to nothing, so editing the title does not make it new.
    static func anchorText(_ finding: Finding, lineText: String) -> String {
        if finding.range.start == .start, finding.range.end == .start { return "" }
        return lineText.trimming(.whitespaceAndNewlines)
    }
}
