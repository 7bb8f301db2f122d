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
        // A features or contents list (`## What You Will Find Here`) names the parts it describes: its
        // bold items are a table of contents, not the parts themselves.
        return labels.filter { label in
            guard let index = sectionIndex(containing: label.range.start.line) else { return true }
            return !Document.isContentsTitle(sections[index].normalizedTitle)
        }
    }

    /// Normalised titles of the parts that describe a document rather than hold its content.
    static let contentsTitles: Set<String> = [
        "contents", "table of contents", "toc", "features", "key features", "document features", "what you will find here",
        "what you ll find here", "what you will find", "what s inside", "whats inside", "in this repository",
        "in this repo", "in this document", "repository structure", "document structure", "structure", "sections",
    ]

    static func isContentsTitle(_ normalized: String) -> Bool { contentsTitles.contains(normalized) }

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
        guard !first.children.contains(where: \.isLink) else { return nil }
        var title = first.plainText.trimmed
        let next = inlines.first.map { $0.kind == .text ? $0.literal.trimmed : "" } ?? ""
        // `**Best Practices & Takeaways** – what you will find here`: the item describes the document.
        let rest = inlines.map(\.plainText).joined().lowercased()
        if describesDocument(rest) { return nil }
        if title.hasSuffix(":") {
            title = String(title.dropLast()).trimmed
        } else if !(next.hasPrefix(":") || next.hasPrefix("-") || next.hasPrefix("–") || next.hasPrefix("—")) {
            return nil
        }
        guard !title.isEmpty, title.count <= 80 else { return nil }
        return BoldLabel(title: title, normalizedTitle: TitleNormalizer.normalize(title), range: first.range)
    }

    /// Phrases with which a contents entry points at the document instead of saying something itself.
    static let documentReferences = [
        "this document", "this readme", "this section", "this repo", "this page", "find here", "you will find",
        "you'll find", "you’ll find", "covered here", "covered in this", "described here", "explained here",
        "listed here", "summary of the", "an overview of the", "see below", "below",
    ]

    /// Whether `lowered` contains one of `documentReferences`, byte for byte.
    ///
    /// One pass over the text: a position is tried against the phrases only when its two bytes begin
    /// one of them (Foundation's `contains`, which this reached once, cost 18% of a whole check; a
    /// search per phrase still cost a tenth of reading every item's label).
    static func describesDocument(_ lowered: String) -> Bool {
        var text = lowered
        return text.withUTF8 { bytes in
            guard bytes.count >= 2 else { return false }
            return referenceHeads.withUnsafeBufferPointer { heads in
                for start in 0..<(bytes.count - 1) {
                    let pair = Int(bytes[start]) << 8 | Int(bytes[start + 1])
                    guard heads[pair >> 6] & (1 << UInt64(pair & 63)) != 0 else { continue }
                    for phrase in referenceBytes where phrase.count <= bytes.count - start {
                        var offset = 0
                        while offset < phrase.count, bytes[start + offset] == phrase[offset] { offset += 1 }
                        if offset == phrase.count { return true }
                    }
                }
                return false
            }
        }
    }

    private static let referenceBytes: [[UInt8]] = documentReferences.map { Array($0.utf8) }

    /// A set of 65,536 bits: the first two bytes of each reference phrase (every phrase has two or more).
    private static let referenceHeads: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: 1024)
        for phrase in referenceBytes where phrase.count >= 2 {
            let pair = Int(phrase[0]) << 8 | Int(phrase[1])
            bits[pair >> 6] |= 1 << UInt64(pair & 63)
        }
        return bits
    }()
}
