/// Headings written in HTML: `<h2>Key Technologies</h2>` and the `<summary>` of a `<details>` block.
///
/// READMEs centre their titles with `<h1 align="center">` and fold long parts into `<details>`;
/// GitHub shows both as headings, so a reader does too. Only the first such element of a block counts.
enum HTMLHeading {
    /// What an HTML block means for the section tree.
    struct Reading: Equatable {
        /// The visible title, tags removed.
        var title: String
        /// `h1`…`h6`: the level; a `<summary>`: nil (one level below the enclosing section).
        var level: Int?
        /// Whether the block shows more than the title (a `<details>` whose list is written in HTML):
        /// the block is then the section's content, opaque but not empty.
        var holdsContent: Bool
    }

    /// The heading an HTML block holds, if any.
    static func reading(of html: String) -> Reading? {
        // ASCII-only folding keeps the bytes where they are, so offsets found in `lower` hold in `html`.
        let lower = String(decoding: html.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
        for (name, level) in [("summary", nil)] + (1...6).map({ ("h\($0)", Optional($0)) }) {
            if let (title, rest) = element(name, in: html, lower: lower) {
                return title.isEmpty ? nil : Reading(title: title, level: level, holdsContent: hasVisibleText(rest))
            }
        }
        return nil
    }

    /// Whether the block closes a `<details>` (and so the `<summary>` section it opened).
    static func closesDetails(_ html: String) -> Bool {
        html.lowercased().contains("</details>")
    }

    // MARK: - Private helpers

    /// The text of the first `<name …>…</name>` element, and the block without that element.
    private static func element(_ name: String, in html: String, lower: String) -> (String, String)? {
        var searchStart = lower.startIndex
        // `<h1` must not be read from `<h10>` or `<header>`: the tag name ends at `>` or white space.
        while let open = lower[searchStart...].firstRange(of: "<\(name)") {
            searchStart = open.upperBound
            guard let next = lower[open.upperBound...].first, next == ">" || next.isWhitespace,
                let tagEnd = lower[open.upperBound...].firstIndex(of: ">"),
                let close = lower[tagEnd...].firstRange(of: "</\(name)>")
            else { continue }
            let bytes = Array(html.utf8)
            let offset = { (index: String.Index) in lower.utf8.distance(from: lower.startIndex, to: index) }
            let inner = String(decoding: bytes[(offset(tagEnd) + 1)..<offset(close.lowerBound)], as: UTF8.self)
            let rest =
                String(decoding: bytes[..<offset(open.lowerBound)], as: UTF8.self)
                + String(decoding: bytes[offset(close.upperBound)...], as: UTF8.self)
            return (visibleText(inner), rest)
        }
        return nil
    }

    private static func hasVisibleText(_ html: String) -> Bool {
        !visibleText(html).isEmpty
    }

    /// The text outside tags and comments, entities decoded, white space collapsed.
    private static func visibleText(_ html: String) -> String {
        var text = ""
        var inTag = false
        for character in html {
            if character == "<" {
                inTag = true
            } else if character == ">" && inTag {
                inTag = false
                text.append(" ")
            } else if !inTag {
                text.append(character)
            }
        }
        for (entity, value) in [("&nbsp;", " "), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
            text = text.replacing(entity, with: value)
        }
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
