import LearnLintCore

/// A finding's identity that survives edits elsewhere in its document (SARIF `partialFingerprints`).
///
/// It hashes the rule, the path and the message with line and column numbers masked, never the
/// finding's own position: adding a paragraph above a finding moves it without changing it, so code
/// scanning keeps the same alert open instead of closing one and opening another. Findings with the
/// same key in one document are told apart by their order, which such edits keep.
public enum FindingFingerprint {
    /// The `partialFingerprints` key; the suffix is bumped whenever the recipe changes.
    public static let name = "learnlintFindingHash/v1"

    /// One fingerprint per finding, in the same order.
    public static func fingerprints(_ findings: [Finding]) -> [String] {
        var seen: [String: Int] = [:]
        return findings.map { finding in
            let key = [finding.rule, finding.path, maskingPositions(finding.message)].joined(separator: "\u{0}")
            let ordinal = seen[key, default: 0]
            seen[key] = ordinal + 1
            return hex(fnv1a(key + "\u{0}" + String(ordinal)))
        }
    }

    /// The message with the number after every `line`, `lines` or `column` replaced by `#`, so a message
    /// such as "duplicated section (first at line 8)" stays the same when both headings move down.
    public static func maskingPositions(_ message: String) -> String {
        var output = ""
        var index = message.startIndex
        while index < message.endIndex {
            guard message[index].isASCII, message[index].isNumber else {
                output.append(message[index])
                index = message.index(after: index)
                continue
            }
            var end = index
            while end < message.endIndex, message[end].isASCII, message[end].isNumber {
                end = message.index(after: end)
            }
            let before = output.suffix(8).lowercased()
            let isPosition = ["line ", "lines ", "column "].contains { before.hasSuffix($0) }
            output += isPosition ? "#" : String(message[index..<end])
            index = end
        }
        return output
    }

    // MARK: - Private helpers

    private static func fnv1a(_ text: String) -> UInt64 {
        FNV1a.hash(text)
    }

    private static func hex(_ value: UInt64) -> String {
        FNV1a.hex(value)
    }
}
