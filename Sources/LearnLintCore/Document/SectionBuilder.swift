/// Builds the section tree from the block tree: headings (ATX and setext) open sections; a bold list
/// item with a nested list, a plain or numbered item whose whole text is a title (`1. Core Backend
/// Technologies`) with a nested list, or a bold paragraph followed by a list, opens a `boldItem` section.
package enum SectionBuilder {
    static func build(_ root: Block, lineCount: Int) -> [Section] {
        var sections: [Section] = []
        var stack: [Int] = []  // indices of open heading sections
        var summaries: Set<Int> = []  // the open sections that a `<details>`' `<summary>` opened
        let blocks = root.children
        for (position, block) in blocks.enumerated() {
            if case .heading(let level, let setext) = block.kind {
                while let top = stack.last, sections[top].level >= level { stack.removeLast() }
                let title = block.plainText
                sections.append(
                    Section(
                        title: title.trimmed, normalizedTitle: TitleNormalizer.normalize(title), level: level,
                        style: setext ? .setext : .atx, titleRange: block.range, blocks: [], parent: stack.last,
                        endLine: lineCount))
                stack.append(sections.count - 1)
                continue
            }
            if block.kind == .htmlBlock, openHTMLSection(block, sections: &sections, stack: &stack, summaries: &summaries) {
                continue
            }
            if let current = stack.last { sections[current].blocks.append(block) }
            let next = position + 1 < blocks.count ? blocks[position + 1] : nil
            collectBoldSections(in: block, following: next, parent: stack.last, sections: &sections, depth: 0)
        }
        return link(sections, lineCount: lineCount)
    }

    /// Opens a section for an HTML heading block (`<h2>…</h2>`, `<summary>…</summary>`) and closes the
    /// `<summary>` sections a `</details>` ends; true when the block was a heading (not content).
    private static func openHTMLSection(
        _ block: Block, sections: inout [Section], stack: inout [Int], summaries: inout Set<Int>
    ) -> Bool {
        if HTMLHeading.closesDetails(block.literal) {
            // A folded part ends with its `<details>`: what follows belongs to the enclosing section again.
            while let top = stack.last, summaries.contains(top) {
                stack.removeLast()
                summaries.remove(top)
            }
        }
        guard let heading = HTMLHeading.reading(of: block.literal) else { return false }
        let level = heading.level ?? summaryLevel(under: stack.last.map { sections[$0] })
        while let top = stack.last, sections[top].level >= level { stack.removeLast() }
        sections.append(
            Section(
                title: heading.title, normalizedTitle: TitleNormalizer.normalize(heading.title), level: level,
                style: .html, titleRange: block.range, blocks: heading.holdsContent ? [block] : [], parent: stack.last,
                endLine: 0))
        stack.append(sections.count - 1)
        if heading.level == nil { summaries.insert(sections.count - 1) }
        return true
    }

    /// A `<summary>` right under a heading folds part of that heading's section (one level deeper);
    /// after the heading's own content (a list, a paragraph) it starts the next part (the same level).
    /// Never level 1, which would compete with the document's title.
    private static func summaryLevel(under parent: Section?) -> Int {
        guard let parent else { return 2 }
        let hasContent = parent.blocks.contains { $0.kind != .htmlBlock && $0.kind != .thematicBreak }
        return max(2, hasContent ? parent.level : parent.level + 1)
    }

    /// Finds bold-item sections in a block (and in lists nested a few levels deep).
    private static func collectBoldSections(
        in block: Block, following next: Block?, parent: Int?, sections: inout [Section], depth: Int
    ) {
        guard depth < 4 else { return }
        let baseLevel = parent.map { sections[$0].level + 1 } ?? 1
        switch block.kind {
        case .paragraph:
            if let list = next, list.isList, let title = boldOnlyTitle(block) {
                sections.append(boldSection(title, at: block, blocks: [list], level: baseLevel, parent: parent))
            }
        case .list:
            for item in block.children {
                guard let first = item.children.first else { continue }
                // Only an item with a nested list can open a section: most have none, so their text is
                // never read as a title.
                if first.kind == .paragraph, item.children.dropFirst().contains(where: \.isList),
                    let title = boldOnlyTitle(first) ?? ItemTitle.plainTitle(first)
                {
                    let rest = Array(item.children.dropFirst())
                    sections.append(boldSection(title, at: first, blocks: rest, level: baseLevel, parent: parent))
                    continue
                }
                for (index, child) in item.children.enumerated() {
                    let following = index + 1 < item.children.count ? item.children[index + 1] : nil
                    collectBoldSections(
                        in: child, following: following, parent: parent, sections: &sections, depth: depth + 1)
                }
            }
        default:
            break
        }
    }

    private static func boldSection(
        _ title: String, at block: Block, blocks: [Block], level: Int, parent: Int?
    ) -> Section {
        let endLine = blocks.last?.range.end.line ?? block.range.end.line
        return Section(
            title: title, normalizedTitle: TitleNormalizer.normalize(title), level: level, style: .boldItem,
            titleRange: block.range, blocks: blocks, parent: parent, endLine: endLine)
    }

    /// The title of a paragraph made only of one bold run (plus punctuation such as a trailing colon).
    package static func boldOnlyTitle(_ paragraph: Block) -> String? {
        // Most paragraphs start with plain text: rule them out before trimming anything.
        guard paragraph.inlines.first(where: { !($0.kind == .text && isBlank($0.literal)) })?.kind == .strong
        else { return nil }
        var title: String?
        for inline in paragraph.inlines {
            switch inline.kind {
            case .strong:
                // `**[Challenges](#challenges)**`: a table-of-contents link points at a section, it is not one.
                guard title == nil, !inline.children.contains(where: \.isLink) else { return nil }
                title = inline.plainText
            case .text:
                let rest = inline.literal.trimmed
                if !rest.allSatisfy({ ":.-–—".contains($0) }) { return nil }
            case .softBreak, .lineBreak:
                continue
            default:
                return nil
            }
        }
        guard let title = title?.trimmed, !title.isEmpty else { return nil }
        return title.hasSuffix(":") ? String(title.dropLast()).trimmed : title
    }

    /// Whether a text is all white space; a first byte that is ASCII and not white space settles it
    /// without reading characters (most texts).
    private static func isBlank(_ text: String) -> Bool {
        if let first = text.utf8.first, first < 0x80, !isASCIISpace(first) { return false }
        return text.allSatisfy(\.isWhitespace)
    }

    /// Fills `children` and each heading section's `endLine` (the line before the next section at
    /// the same or a higher level).
    private static func link(_ input: [Section], lineCount: Int) -> [Section] {
        var sections = input
        for index in sections.indices {
            if let parent = sections[index].parent { sections[parent].children.append(index) }
            guard sections[index].style != .boldItem else { continue }
            let level = sections[index].level
            let next = sections[(index + 1)...].first { $0.style != .boldItem && $0.level <= level }
            sections[index].endLine = next.map { max(sections[index].line, $0.line - 1) } ?? lineCount
        }
        return sections
    }
}

extension StringProtocol {
    /// The text without leading and trailing white space.
    package var trimmed: String {
        // Usual case: an ASCII first and last byte that is not white space. Such a byte is a whole
        // `Character` at either end (no cluster starting with white space ends in a letter), so
        // nothing would be trimmed.
        let string = String(self)
        if let first = string.utf8.first, let last = string.utf8.last, first < 0x80, last < 0x80,
            !isASCIISpace(first), !isASCIISpace(last)
        {
            return string
        }
        var slice = Substring(string)
        while let first = slice.first, first.isWhitespace { slice = slice.dropFirst() }
        while let last = slice.last, last.isWhitespace { slice = slice.dropLast() }
        return String(slice)
    }
}

/// Tab, line feed, vertical tab, form feed, carriage return and space: ASCII's white space.
private func isASCIISpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }
