import LearnLintCore

/// Escaping for XML 1.0 text and attribute values, as the JUnit reporter writes them.
///
/// Document text and file names reach the report unfiltered, so everything that could end an attribute,
/// open a tag or make the file ill-formed is replaced: markup characters become entities, and code points
/// XML 1.0 forbids outright (most C0 controls, U+FFFE, U+FFFF) become the visible text `\u001B`, because
/// no entity can carry them and a parser must reject the whole file on meeting one.
enum XMLText {
    /// Escapes a value for use between double quotes in an attribute.
    static func attribute(_ text: String) -> String {
        escape(text, inAttribute: true)
    }

    /// Escapes character data (element content).
    static func content(_ text: String) -> String {
        escape(text, inAttribute: false)
    }

    /// Whether XML 1.0 allows the code point anywhere in a document (its `Char` production).
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: return true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }

    // MARK: - Private helpers

    private static func escape(_ text: String, inAttribute: Bool) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"  // also keeps `]]>` out of character data
            case "\"" where inAttribute: output += "&quot;"
            case "'" where inAttribute: output += "&apos;"
            // Attribute-value normalisation would turn raw tabs and line breaks into spaces.
            case "\t" where inAttribute: output += "&#9;"
            case "\n" where inAttribute: output += "&#10;"
            // Parsers turn a raw CR (or CRLF) into LF everywhere; the reference keeps it.
            case "\r": output += "&#13;"
            default:
                if isAllowed(scalar) {
                    output.unicodeScalars.append(scalar)
                } else {
                    output += "\\u" + hex(scalar.value)
                }
            }
        }
        return output
    }

    private static func hex(_ value: UInt32) -> String {
        Padding.digits(value, radix: 16, uppercase: true, width: 4)
    }
}
