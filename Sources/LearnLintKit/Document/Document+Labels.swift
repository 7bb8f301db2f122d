/// A bold lead-in that names what follows on the same line: `**Key Technologies:** Python, Django`.
public struct BoldLabel: Sendable {
    public var title: String
    public var normalizedTitle: String
    public var range: SourceRange
}

extension Document {
    /// Paragraphs and list items that open with a bold label followed by `:` or a dash.
    ///
    /// They are not sections (the content is inline), but a document that writes
    /// `**Challenges:** …` has told the reader where its challenges are, so a missing-section check
    /// uses them as a last resort.
    public var boldLabels: [BoldLabel] {
        var labels: [BoldLabel] = []
        for block in root.children { collectLabels(in: block, depth: 0, into: &labels) }
        return labels
    }

    private func collectLabels(in block: Block, depth: Int, into labels: inout [BoldLabel]) {
        guard depth < 4 else { return }
        switch block.kind {
        case .paragraph:
            if let label = Document.label(of: block) { labels.append(label) }
        case .list, .item, .blockQuote:
            for child in block.children { collectLabels(in: child, depth: depth + 1, into: &labels) }
        default:
            break
        }
    }

    private static func label(of paragraph: Block) -> BoldLabel? {
        var inlines = paragraph.inlines.drop { $0.kind == .text && $0.literal.allSatisfy(\.isWhitespace) }
        guard let first = inlines.first, first.kind == .strong else { return nil }
        inlines = inlines.dropFirst()
        var title = first.plainText.trimmed
        let next = inlines.first.map { $0.kind == .text ? $0.literal.trimmed : "" } ?? ""
        if title.hasSuffix(":") {
            title = String(title.dropLast()).trimmed
        } else if !(next.hasPrefix(":") || next.hasPrefix("-") || next.hasPrefix("–") || next.hasPrefix("—")) {
            return nil
        }
        guard !title.isEmpty, title.count <= 80 else { return nil }
        return BoldLabel(title: title, normalizedTitle: TitleNormalizer.normalize(title), range: first.range)
    }
}
