/// The anchors GitHub gives headings when it renders Markdown: the heading's text in lower case, every
/// character that is not a letter, mark, number, `_`, `-` or space dropped (emoji and punctuation
/// included), each space turned into `-`, and `-1`, `-2`, … appended to repeats.
///
/// `## 🎯 Major Learnings` therefore links as `#-major-learnings`: the emoji goes, its space stays.
public struct GitHubSlugger: Sendable {
    private var seen: [String: Int] = [:]
    private var taken: Set<String> = []

    public init() {}

    /// The anchor of the next heading with this text, numbered when an earlier heading took it.
    public mutating func anchor(for text: String) -> String {
        let base = GitHubSlugger.slug(text)
        var candidate = base
        if taken.contains(base) {
            var count = seen[base] ?? 0
            repeat {
                count += 1
                candidate = "\(base)-\(count)"
            } while taken.contains(candidate)
            seen[base] = count
        }
        taken.insert(candidate)
        return candidate
    }

    /// One heading text's slug, without numbering. `lenient` is the other reading renderers differ on:
    /// `²` and `½` kept, and the variation selectors and keycap marks of emoji (`1️⃣`) dropped.
    public static func slug(_ text: String, lenient: Bool = false) -> String {
        var output = String.UnicodeScalarView()
        for scalar in text.lowercased().unicodeScalars {
            if scalar.isASCII {
                let byte = UInt8(scalar.value)
                if byte == 0x20 {
                    output.append("-")
                } else if ASCIIByte.isAlphanumeric(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") {
                    output.append(scalar)
                }
                continue
            }
            if lenient, [0xFE0E, 0xFE0F, 0x200D, 0x20E3].contains(scalar.value) { continue }
            switch scalar.properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .nonspacingMark,
                .spacingMark, .enclosingMark, .decimalNumber, .connectorPunctuation:
                output.append(scalar)
            case .letterNumber where lenient, .otherNumber where lenient:
                output.append(scalar)
            default:
                continue
            }
        }
        return String(output)
    }
}
