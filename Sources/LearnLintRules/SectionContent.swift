import LearnLintCore

/// What a section's entries are, which finds the section when its title says nothing
/// (`## What I Learned` over a list of technologies is the technologies section).
public enum SectionContent: String, Sendable, CaseIterable {
    /// Entries that name known vocabulary terms (the technologies section).
    case terms
    /// Entries that are concepts of the top-level `concepts:` catalogue.
    case concepts
}

/// Finds a section by its content: a section with a title that says nothing ("What I Learned",
/// "Overview", "Key Features"), or a part already found as a `terms` section (a merged "Technologies
/// and what I learned" part, for concepts), whose items or whose sub-headings are mostly of one kind.
///
/// A terms entry is a name the item lists (`**Data**: PostgreSQL, Redis` lists two) that is known
/// names only, joined by `and`, `or`, `&`…: `Docker and Kubernetes` is one; `Payments through Chapa`
/// (a feature that mentions a name) is not.
///
/// Threshold: a group (the section's own list items, or the titles of its direct subsections) of at
/// least `minimumEntries` entries, more than half of which are of the kind. The two groups are judged
/// apart, so technology items over concept sub-headings make one part both sections.
public struct SectionContentRecognizer: Sendable {
    public static let minimumEntries = 3

    /// Normalised titles that say nothing about what follows them.
    public static let genericTitles: Set<String> = [
        "what i learned", "what i learnt", "what i have learned", "what i ve learned", "what i ve learnt",
        "what we learned", "what we covered", "key features", "features", "overview", "program overview",
        "programme overview", "program highlights", "programme highlights", "highlights", "key highlights",
        "major learnings", "key learnings", "learnings", "my learnings", "main learnings", "summary",
        "key points", "main points", "the program", "the programme", "program summary", "at a glance",
        "what i used", "what we used", "things i learned", "things i learnt",
    ]

    /// How a section was recognised: the fact recorded for it and said in reports.
    public struct Recognition: Sendable {
        public var section: Int
        /// `items` or `sub-headings`.
        public var group: String
        public var entries: Int
        public var matching: Int
    }

    let isKnownTerm: @Sendable (String) -> Bool
    let concepts: ConceptCatalog

    public init(isKnownTerm: @escaping @Sendable (String) -> Bool, concepts: ConceptCatalog) {
        self.isKnownTerm = isKnownTerm
        self.concepts = concepts
    }

    /// The first candidate section whose items or sub-headings are mostly of `content`'s kind.
    func recognize(_ content: SectionContent, in document: Document, candidates: [Int]) -> Recognition? {
        for index in candidates where document.sections.indices.contains(index) {
            let section = document.sections[index]
            // List items and table body rows (`| Django | the REST APIs |`), as for `min_items`; an item
            // that opens a part of its own (`1. Program Highlights` + list) is that part, not an entry.
            let opening = Set(section.children.compactMap { document.sections.indices.contains($0) ? document.sections[$0].line : nil })
            let items = section.blocks.flatMap { block -> [Block] in
                switch block.kind {
                case .list: return block.children
                case .table: return block.children.filter { $0.kind == .tableRow(header: false) }
                default: return []
                }
            }.filter { item in
                !SectionsRule.isTemplateField(item.plainText) && !opening.contains(item.children.first?.range.start.line ?? -1)
            }
            let (entries, matching) = count(content, in: items, of: document)
            if passes(matching, of: entries) {
                return Recognition(section: index, group: "items", entries: entries, matching: matching)
            }
            let titles = section.children.filter { document.sections.indices.contains($0) }.map { document.sections[$0].title }
            let matchingTitles = titles.filter { isOfKind(content, text: $0) }.count
            if passes(matchingTitles, of: titles.count) {
                return Recognition(section: index, group: "sub-headings", entries: titles.count, matching: matchingTitles)
            }
        }
        return nil
    }

    /// Whether a title says nothing about its content.
    public static func isGeneric(_ section: Section) -> Bool { genericTitles.contains(section.normalizedTitle) }

    // MARK: - Private helpers

    private func passes(_ matching: Int, of entries: Int) -> Bool {
        entries >= SectionContentRecognizer.minimumEntries && matching * 2 > entries
    }

    /// Entries and matching entries of some items. For terms, an item counts as many entries as it
    /// lists names (`**Data**: PostgreSQL, Redis` is two, as for `min_items`); for concepts, one.
    private func count(_ content: SectionContent, in items: [Block], of document: Document) -> (entries: Int, matching: Int) {
        var entries = 0
        var matching = 0
        for item in items {
            switch content {
            case .terms:
                let isKnown = isKnownTerm
                let names = TechnologyItemNames.names(of: item, in: document, isKnown: { isKnown($0) })
                entries += max(1, names.count)
                matching += names.filter { isKnown($0.text) }.count
            case .concepts:
                entries += 1
                if let paragraph = item.children.first, paragraph.kind == .paragraph,
                    isOfKind(.concepts, text: SectionContentRecognizer.head(of: paragraph))
                {
                    matching += 1
                }
            }
        }
        return (entries, matching)
    }

    private func isOfKind(_ content: SectionContent, text: String) -> Bool {
        switch content {
        case .terms: return isKnownTerm(text)
        case .concepts: return concepts.mentions(normalized: TitleNormalizer.normalize(text))
        }
    }

    /// What an item is about: its leading bold run, else the text before `: ` or a dash, else all of it.
    static func head(of paragraph: Block) -> String {
        let inlines = paragraph.inlines.filter { !($0.kind == .text && $0.literal.trimmed.isEmpty) }
        if let first = inlines.first, first.kind == .strong { return first.plainText }
        let text = paragraph.plainText
        for separator in [": ", " - ", " – ", " — "] {
            if let range = text.utf8Range(of: separator) { return String(text[..<range.lowerBound]) }
        }
        return text
    }
}

extension ConceptCatalog {
    /// Whether a normalised text (a title, an item's head) mentions one of the concepts: some pattern
    /// matches a run of as many consecutive words as it has.
    public func mentions(normalized text: String) -> Bool {
        let words = text.split(separator: " ")
        guard !words.isEmpty else { return false }
        for concept in concepts {
            for (index, pattern) in concept.patterns.enumerated() {
                let count = concept.patternWordCounts[index]
                guard words.count >= count else { continue }
                for start in 0...(words.count - count)
                where pattern.matches(normalized: words[start..<(start + count)].joined(separator: " ")) {
                    return true
                }
            }
        }
        return false
    }
}

// MARK: - Facts

extension SectionContentRecognizer {
    /// The `sections_by_content` facts of the sections found by content, in section-id order.
    package static func facts(_ recognized: [String: Recognition], in document: Document) -> [SectionByContent] {
        recognized.sorted { $0.key < $1.key }.compactMap { id, found in
            guard document.sections.indices.contains(found.section) else { return nil }
            let section = document.sections[found.section]
            return SectionByContent(
                section: id, title: section.title, line: section.line, group: found.group, entries: found.entries,
                matching: found.matching)
        }
    }
}
