/// One place a document spells a name or a title: the compact fact `consistency` records per document
/// (`documents[].spellings` in `learnlint/report@1`) and judges across the corpus.
public struct SpellingFact: Sendable, Hashable {
    /// The grouping key (see `SpellingForm.key`).
    public var key: String
    /// The surface as written (see `SpellingForm.surface`).
    public var text: String
    public var line: Int
    public var column: Int
    /// The vocabulary's canonical name, when the fact comes from the vocabulary rule's `term_spellings`.
    public var term: String?

    public init(key: String, text: String, line: Int, column: Int, term: String? = nil) {
        self.key = key
        self.text = text
        self.line = line
        self.column = column
        self.term = term
    }

    /// `{"key": …, "text": …, "line": …, "column": …}`.
    public var json: JSONValue {
        .object(["key": .string(key), "text": .string(text), "line": .int(line), "column": .int(column)])
    }

    /// Reads the facts stored under `name` in a document's `extra`; malformed entries are skipped.
    ///
    /// Entries with a `term` (the vocabulary rule's `term_spellings`) carry no key: it is derived from
    /// their text, so both sources group the same way.
    public static func list(in facts: DocumentFacts, named name: String) -> [SpellingFact] {
        guard let items = facts.extra[name]?.arrayValue else { return [] }
        return items.compactMap { item in
            guard let rawText = item["text"]?.stringValue, let line = item["line"]?.intValue,
                let column = item["column"]?.intValue
            else { return nil }
            let term = item["term"]?.stringValue
            let text = term == nil ? rawText : SpellingForm.surface(rawText)
            let key = item["key"]?.stringValue ?? SpellingForm.key(text)
            guard !key.isEmpty, !text.isEmpty else { return nil }
            return SpellingFact(key: key, text: text, line: line, column: column, term: term)
        }
    }
}
