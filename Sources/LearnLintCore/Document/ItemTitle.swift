/// Reads a list item's paragraph as a section title when its whole text is one: `1. Core Backend
/// Technologies`, `- Key Concepts:` over a nested list are sections exactly as a bold item is.
enum ItemTitle {
    /// The most words a title has; longer texts read as sentences.
    static let maximumWords = 6

    /// The title of a paragraph of plain text (emphasis allowed) that reads as a heading: a few words,
    /// starting with a capital letter, digit or symbol, no sentence punctuation, no link or code; nil otherwise.
    static func plainTitle(_ paragraph: Block) -> String? {
        var text = ""
        for inline in paragraph.inlines {
            switch inline.kind {
            case .text: text += inline.literal
            case .emphasis where !inline.children.contains(where: \.isLink): text += inline.plainText
            default: return nil  // links (tables of contents), code, breaks, HTML: not a title
            }
        }
        var title = Substring(text.trimmed)
        while let last = title.last, ":–—-".contains(last) || last.isWhitespace { title = title.dropLast() }
        guard let first = title.first(where: { $0.isLetter }), first.isUppercase else { return nil }
        // Sentences and descriptions (`Python: the main language`, `Redis - a cache.`) are items, not titles.
        // Byte searches, not Foundation's `contains` (a bridge and a locale-aware search per marker).
        let candidate = String(title)
        for marker in [". ", ": ", " - ", " – ", " — ", "; ", ", ", "(", "?", "!"] where candidate.utf8Range(of: marker) != nil {
            return nil
        }
        if title.hasSuffix(".") { return nil }
        let words = title.split(whereSeparator: { $0 == " " }).count
        guard words >= 1, words <= maximumWords else { return nil }
        return String(title)
    }
}

extension Inline {
    /// Whether the inline is a link.
    var isLink: Bool {
        if case .link = kind { return true }
        return false
    }
}
