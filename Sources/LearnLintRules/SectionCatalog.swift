import LearnLintCore

/// One section a `sections` rule knows: an id, a display title and the title patterns that find it.
public struct SectionSpec: Sendable {
    public var id: String
    public var title: String
    public var patterns: [WildcardPattern]
    public var minItems: Int?
    public var required: Bool
    /// What the section's entries are, to find it when no title matches (see `SectionContentRecognizer`).
    public var content: SectionContent?

    public init(
        id: String, title: String, patterns: [WildcardPattern], minItems: Int? = nil, required: Bool = true,
        content: SectionContent? = nil
    ) {
        self.id = id
        self.title = title
        self.patterns = patterns
        self.minItems = minItems
        self.required = required
        self.content = content
    }

    public func matches(_ section: Section) -> Bool {
        var title = section.normalizedTitle
        return title.withUTF8 { bytes in patterns.contains { $0.matches(utf8: bytes) } }
    }
}

/// Every section id the configuration defines, so that any rule (pairing, coverage) can ask where
/// a section is without re-implementing title matching.
public struct SectionCatalog: Sendable {
    public var specs: [SectionSpec]
    /// Finds sections with a `content:` by what they list when no title matches (nil: titles only).
    public var recognizer: SectionContentRecognizer?

    public init(specs: [SectionSpec] = [], recognizer: SectionContentRecognizer? = nil) {
        self.specs = specs
        self.recognizer = recognizer
    }

    public var ids: [String] { specs.map(\.id) }

    public func spec(_ id: String) -> SectionSpec? { specs.first { $0.id == id } }

    /// Where each section id is in a document: indices into `document.sections`, in document order.
    ///
    /// A section nested inside another match of the same id is part of it, not a second one; bold-item
    /// sections count only when no heading matches (they are the fallback of documents without headings).
    /// The document's title (its only level-1 heading) names the whole document: it counts as a section
    /// only when nothing else matches.
    public func locate(in document: Document) -> [String: [Int]] {
        var result: [String: [Int]] = [:]
        let title = SectionCatalog.titleIndex(of: document)
        for spec in specs {
            var candidates = document.sections.indices.filter { spec.matches(document.sections[$0]) }
            if let title, candidates.count > 1 { candidates.removeAll { $0 == title } }
            let outermost = candidates.filter { index in
                var parent = document.sections[index].parent
                while let current = parent {
                    if candidates.contains(current) { return false }
                    parent = document.sections[current].parent
                }
                return true
            }
            let headings = outermost.filter { document.sections[$0].style != .boldItem }
            let chosen = headings.isEmpty ? outermost : headings
            if !chosen.isEmpty { result[spec.id] = chosen }
        }
        return result
    }

    /// `locate(in:)`, then the sections with a `content:` that no title found, by what they list:
    /// the located sections, and how each section found by content was recognised.
    public func locateWithContent(in document: Document) -> (
        sections: [String: [Int]], recognized: [String: SectionContentRecognizer.Recognition]
    ) {
        var result = locate(in: document)
        var recognized: [String: SectionContentRecognizer.Recognition] = [:]
        guard let recognizer else { return (result, recognized) }
        let generic = document.sections.indices.filter { SectionContentRecognizer.isGeneric(document.sections[$0]) }
        for spec in specs where result[spec.id] == nil {
            guard let content = spec.content else { continue }
            // Parts that other content sections were found at (`## Technologies & What I Learned`) may
            // hold this one too; so may parts whose title says nothing.
            let others = specs.filter { $0.id != spec.id && $0.content != nil && $0.content != content }
                .flatMap { result[$0.id] ?? [] }
            let candidates = (generic + others).sorted()
            if let found = recognizer.recognize(content, in: document, candidates: candidates) {
                result[spec.id] = [found.section]
                recognized[spec.id] = found
            }
        }
        return (result, recognized)
    }

    /// For sections with no heading or bold-item match, the first bold label (`**Challenges:** …`)
    /// whose title matches: evidence enough that the document has the part, not a section to inspect.
    public func locateLabels(in document: Document, excluding found: Set<String>) -> [String: SourceRange] {
        // Only required sections: optional ones (a separate "Solutions" section) exist to be inspected.
        let missing = specs.filter { $0.required && !found.contains($0.id) }
        guard !missing.isEmpty else { return [:] }
        var result: [String: SourceRange] = [:]
        for label in document.boldLabels {
            var title = label.normalizedTitle
            title.withUTF8 { bytes in
                for spec in missing where result[spec.id] == nil && spec.patterns.contains(where: { $0.matches(utf8: bytes) }) {
                    result[spec.id] = label.range
                }
            }
        }
        return result
    }

    /// The document's title: its first section, when that is the only level-1 heading.
    static func titleIndex(of document: Document) -> Int? {
        guard let first = document.sections.first, first.level == 1, first.style != .boldItem else { return nil }
        let levelOne = document.sections.filter { $0.level == 1 && $0.style != .boldItem }.count
        return levelOne == 1 ? 0 : nil
    }
}
