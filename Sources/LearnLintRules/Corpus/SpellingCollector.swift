import LearnLintCore

/// Finds the names and titles a document spells, for `consistency`: heading titles, and the names
/// that lead the items of a section (`- **Docker**: …`, `- Docker Compose: …`).
struct SpellingCollector {
    /// Longest name taken from an item; anything longer is a sentence, not a name.
    static let maximumNameWords = 4
    static let maximumNameLength = 40

    let document: Document

    /// Heading titles (shouted all-capitals headings are skipped: their case says nothing).
    func headingSpellings() -> [SpellingFact] {
        document.sections.compactMap { section in
            guard section.style != .boldItem else { return nil }
            let surface = SpellingForm.surface(section.title)
            guard !surface.isEmpty, !SpellingForm.isShouted(surface) else { return nil }
            let key = SpellingForm.key(surface)
            guard key.count >= 2 else { return nil }
            let range = document.lines.byteRange(ofLine: section.line)
            let position = locate(surface, in: range) ?? section.titleRange.start
            return SpellingFact(key: key, text: surface, line: position.line, column: position.column)
        }
    }

    /// The leading names of the items of the given sections.
    func itemSpellings(sections indices: [Int]) -> [SpellingFact] {
        var result: [SpellingFact] = []
        for index in indices {
            for item in document.items(of: index) where item.kind == .item {
                guard let paragraph = item.children.first, paragraph.kind == .paragraph,
                    let (name, offset) = leadingName(of: paragraph)
                else { continue }
                let surface = SpellingForm.surface(withoutParenthesis(name))
                guard isName(surface) else { continue }
                let position = locate(surface, in: offset..<paragraph.byteRange.upperBound) ?? paragraph.range.start
                result.append(SpellingFact(key: SpellingForm.key(surface), text: surface, line: position.line, column: position.column))
            }
        }
        return result
    }

    // MARK: - Private helpers

    /// The bold text an item starts with, or its text before a colon; with the byte offset to search from.
    private func leadingName(of paragraph: Block) -> (String, Int)? {
        let inlines = paragraph.inlines.drop { $0.kind == .text && $0.literal.trimmed.isEmpty }
        guard let first = inlines.first else { return nil }
        if first.kind == .strong {
            guard !containsCode(first) else { return nil }
            return (first.plainText, first.byteRange.lowerBound)
        }
        var prefix = ""
        for inline in inlines {
            switch inline.kind {
            case .text:
                if let colon = inline.literal.firstIndex(of: ":") {
                    prefix += inline.literal[..<colon]
                    return prefix.count <= SpellingCollector.maximumNameLength ? (prefix, first.byteRange.lowerBound) : nil
                }
                prefix += inline.literal
            case .emphasis, .strong:
                guard !containsCode(inline) else { return nil }
                prefix += inline.plainText
            default:
                // Code, links, HTML or breaks before the colon: not a plain name.
                return nil
            }
            if prefix.count > SpellingCollector.maximumNameLength { return nil }
        }
        return nil
    }

    private func containsCode(_ inline: Inline) -> Bool {
        inline.isCodeOrHTML || inline.children.contains { containsCode($0) }
    }

    /// `Kubernetes (K8s)` → `Kubernetes`: the parenthesis gives another name, not a spelling.
    private func withoutParenthesis(_ name: String) -> String {
        let trimmed = name.trimmed
        guard trimmed.hasSuffix(")"), let open = trimmed.lastIndex(of: "("), open > trimmed.startIndex else { return trimmed }
        return String(trimmed[..<open])
    }

    private func isName(_ surface: String) -> Bool {
        guard !surface.isEmpty, surface.count <= SpellingCollector.maximumNameLength,
            surface.contains(where: \.isLetter), !surface.containsASCII(","), !surface.containsASCII("(")
        else { return false }
        let words = surface.split(separator: " ")
        return words.count <= SpellingCollector.maximumNameWords && SpellingForm.key(surface).count >= 2
    }

    /// Where the surface's bytes first occur in a byte range; nil when decoration made them differ.
    private func locate(_ surface: String, in range: Range<Int>) -> SourcePosition? {
        let needle = Array(surface.utf8)
        let bytes = document.lines.bytes
        let lower = max(0, range.lowerBound)
        let upper = min(bytes.count, range.upperBound)
        guard let head = needle.first, upper - lower >= needle.count else { return nil }
        var index = lower
        while index + needle.count <= upper {
            if bytes[index] == head, bytes[index..<(index + needle.count)].elementsEqual(needle) {
                return document.lines.position(ofOffset: index)
            }
            index += 1
        }
        return nil
    }
}
