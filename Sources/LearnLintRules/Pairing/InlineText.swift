import LearnLintCore

/// A paragraph's inline text as the pairing heuristics read it: where bold runs open and close
/// (so labels can be told from words), HTML dropped, and split into source lines at soft and hard
/// breaks.
enum InlineText {
    /// One source line of a paragraph and where its text starts.
    struct Line {
        var text: EmphasizedText
        var start: SourcePosition
    }

    /// The paragraph's (or cell's) text on one line, soft breaks as spaces.
    static func flatten(_ block: Block) -> EmphasizedText {
        EmphasizedText.joined(lines(of: block, in: nil).map(\.text), separator: " ").trimmed
    }

    /// The paragraph's lines. The first starts where the paragraph does; each later one at the
    /// first non-blank character of its source line (when the document is given).
    static func lines(of block: Block, in document: Document?) -> [Line] {
        var builders = [LineBuilder()]
        for inline in block.inlines { append(inline, to: &builders) }
        var result: [Line] = []
        for (offset, builder) in builders.enumerated() {
            var start = block.range.start
            if offset > 0 {
                let line = block.range.start.line + offset
                start = SourcePosition(line: line, column: document.map { firstColumn(ofLine: line, in: $0) } ?? 1)
            }
            let trimmed = builder.text.trimmed
            if !trimmed.isEmpty { result.append(Line(text: trimmed, start: start)) }
        }
        return result
    }

    /// Splits "**Title**: body" into its bold title and the rest; (nil, text) without a leading bold run.
    static func splitTitle(_ text: EmphasizedText) -> (title: String?, body: EmphasizedText) {
        guard text.opensStrong, let end = text.firstStrongClose else { return (nil, text) }
        let title = text.prefix(toByte: end).text.trimmed
        var rest = text.suffix(fromByte: end)
        var skipped = 0
        for character in rest.text {
            guard ":-–—.".contains(character) || character.isWhitespace else { break }
            skipped += character.utf8.count
        }
        rest = rest.suffix(fromByte: skipped)
        guard !title.isEmpty else { return (nil, text) }
        return (title, rest)
    }

    /// The text after an arrow ("Docker image size → multi-stage builds cut it by 70%"), if any.
    static func outcomeAfterArrow(_ text: String) -> String? {
        for arrow in ["→", "⇒", "->", "=>", "⟶"] {
            if let range = text.utf8Range(of: arrow) {
                let after = text[range.upperBound...].trimmed
                return after.isEmpty ? nil : after
            }
        }
        return nil
    }

    // MARK: - Private helpers

    /// One line's text as it is built, with the byte offsets where bold runs open and close.
    private struct LineBuilder {
        var string = ""
        var opens: [Int] = []
        var closes: [Int] = []
        var text: EmphasizedText { EmphasizedText(string, strongOpens: opens, strongCloses: closes) }
    }

    private static func append(_ inline: Inline, to lines: inout [LineBuilder]) {
        switch inline.kind {
        case .text, .code:
            lines[lines.count - 1].string += inline.literal
        case .softBreak, .lineBreak:
            lines.append(LineBuilder())
        case .html:
            break
        case .strong:
            lines[lines.count - 1].opens.append(lines[lines.count - 1].string.utf8.count)
            for child in inline.children { append(child, to: &lines) }
            lines[lines.count - 1].closes.append(lines[lines.count - 1].string.utf8.count)
        default:
            for child in inline.children { append(child, to: &lines) }
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
