/// The compact, per-document facts that reports, coverage and corpus rules work from.
///
/// Corpus rules never re-read documents: everything they need is here, and shard reports carry it
/// (as `documents[]` in `learnlint/report@1`) so `learnlint merge` can re-run them. Every fact is a
/// typed field; JSON is only how a report writes them (`DocumentFacts.json`) and reads them back
/// (`Decodable`, for `merge`).
public struct DocumentFacts: Sendable {
    public var path: String
    public var contributor: String?
    /// Ids of the configured sections the document has, in configuration order.
    public var sections: [String] = []
    /// Headings as written (title, normalised key, line): for title-consistency checks.
    public var headings: [HeadingFact] = []
    /// Challenges found and how many of them have a solution (nil when no pairing rule ran).
    public var challenges: Int?
    public var challengesPaired: Int?
    /// Canonical vocabulary terms the document mentions, sorted.
    public var terms: [String] = []
    /// Concept names the document covers (nil when the configuration lists no concepts): `concepts`.
    public var concepts: [String]?
    /// The near-duplicate signature of the prose (nil when it is too short): `minhash`.
    public var minhash: MinHashSignature?
    /// Title and item spellings the consistency rule judges across the corpus: `spellings`.
    public var spellings: [SpellingFact]?
    /// The document's suppression comments, for corpus findings: `suppressions`.
    public var suppressions: [SuppressionFact]?
    /// Where the vocabulary rule saw each spelling of a term: `term_spellings`.
    public var termSpellings: [TermSpelling]?
    /// Sections found by what they list rather than by their title, and how: `sections_by_content`.
    public var sectionsByContent: [SectionByContent]?
    /// Whether the document could be read and parsed at all.
    public var readable: Bool = true

    public init(path: String, contributor: String?) {
        self.path = path
        self.contributor = contributor
    }
}

/// A heading as written in a document.
public struct HeadingFact: Sendable, Hashable, Codable {
    public var title: String
    public var key: String
    public var line: Int

    public init(title: String, key: String, line: Int) {
        self.title = title
        self.key = key
        self.line = line
    }
}

/// One spelling of a vocabulary term as written, and where (`documents[].term_spellings[]`).
public struct TermSpelling: Sendable, Hashable, Codable {
    /// The canonical name of the term.
    public var term: String?
    /// The text as written.
    public var text: String
    public var line: Int
    public var column: Int

    public init(term: String?, text: String, line: Int, column: Int) {
        self.term = term
        self.text = text
        self.line = line
        self.column = column
    }

    /// The spelling as the consistency rule groups it (its surface and key derived from the text).
    public var spellingFact: SpellingFact? {
        let surface = SpellingForm.surface(text)
        let key = SpellingForm.key(surface)
        guard !key.isEmpty else { return nil }
        return SpellingFact(key: key, text: surface, line: line, column: column, term: term)
    }
}

/// A section found by its content (see `SectionContentRecognizer`): which, where, and how many of the
/// entries of its group were of the kind.
public struct SectionByContent: Sendable, Hashable, Codable {
    public var section: String
    public var title: String
    public var line: Int
    /// `items` or `sub-headings`.
    public var group: String
    public var entries: Int
    public var matching: Int

    public init(section: String, title: String, line: Int, group: String, entries: Int, matching: Int) {
        self.section = section
        self.title = title
        self.line = line
        self.group = group
        self.entries = entries
        self.matching = matching
    }

    var json: JSONValue {
        .object([
            "section": .string(section), "title": .string(title), "line": .int(line), "group": .string(group),
            "entries": .int(entries), "matching": .int(matching),
        ])
    }
}
