import LearnLintCore

/// A paragraph's inline text as the pairing heuristics read it: bold runs marked (so labels can
/// be told from words), HTML dropped, and split into source lines at soft and hard breaks.
enum InlineText {
    /// One source line of a paragraph and where its text starts.
    struct Line {
        var text: String
        var start: SourcePosition
    }

    /// The paragraph's (or cell's) text on one line, soft breaks as spaces.
    static func flatten(_ block: Block) -> String {
        lines(of: block, in: nil).map(\.text).joined(separator: " ").trimmed
    }

    /// The paragraph's lines. The first starts where the paragraph does; each later one at the
    /// first non-blank character of its source line (when the document is given).
    static func lines(of block: Block, in document: Document?) -> [Line] {
        var texts = [""]
        for inline in block.inlines { append(inline, to: &texts) }
        var result: [Line] = []
        for (offset, text) in texts.enumerated() {
            var start = block.range.start
            if offset > 0 {
                let line = block.range.start.line + offset
                start = SourcePosition(line: line, column: document.map { firstColumn(ofLine: line, in: $0) } ?? 1)
            }
            let trimmed = text.trimmed
            if !PairingText.visible(trimmed).trimmed.isEmpty { result.append(Line(text: trimmed, start: start)) }
        }
        return result
    }

    /// Splits "**Title**: body" into its bold title and the rest; (nil, text) without a leading bold run.
    static func splitTitle(_ text: String) -> (title: String?, body: String) {
        guard text.first == PairingText.strongStart, let end = text.firstIndex(of: PairingText.strongEnd) else {
            return (nil, text)
        }
        let title = PairingText.visible(String(text[..<end])).trimmed
        let body = text[text.index(after: end)...].drop { ":-–—.".contains($0) || $0.isWhitespace }
        guard !title.isEmpty else { return (nil, text) }
        return (title, String(body))
    }

    /// The text after an arrow ("Docker image size → multi-stage builds cut it by 70%"), if any.
    static func outcomeAfterArrow(_ text: String) -> String? {
        let visible = PairingText.visible(text)
        for arrow in ["→", "⇒", "->", "=>", "⟶"] {
            if let range = visible.utf8Range(of: arrow) {
                let after = visible[range.upperBound...].trimmed
                return after.isEmpty ? nil : after
            }
        }
        return nil
    }

    // MARK: - Private helpers

    private static func append(_ inline: Inline, to texts: inout [String]) {
        switch inline.kind {
        case .text, .code:
            texts[texts.count - 1] += inline.literal
        case .softBreak, .lineBreak:
            texts.append("")
        case .html:
            break
        case .strong:
            texts[texts.count - 1].append(PairingText.strongStart)
            for child in inline.children { append(child, to: &texts) }
            texts[texts.count - 1].append(PairingText.strongEnd)
        default:
            for child in inline.children { append(child, to: &texts) }
        }
    }

    private static func firstColumn(ofLine line: Int, in document: Document) -> Int {
        var column = 1
        for character in document.lines.text(ofLine: line) {
            guard character == " " || character == "\t" || character == ">" else { break }
            column += 1
        }
        return column
    }
}
