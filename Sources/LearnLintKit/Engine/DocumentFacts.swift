/// The compact, per-document facts that reports, coverage and corpus rules work from.
///
/// Corpus rules never re-read documents: everything they need is here, and shard reports carry it
/// (as `documents[]` in `learnlint/report@1`) so `learnlint merge` can re-run them.
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
    /// Further facts recorded by rules (spellings, signatures…), by name; serialised as-is.
    public var extra: [String: JSONValue] = [:]
    /// Whether the document could be read and parsed at all.
    public var readable: Bool = true

    public init(path: String, contributor: String?) {
        self.path = path
        self.contributor = contributor
    }
}

/// A heading as written in a document.
public struct HeadingFact: Sendable, Hashable {
    public var title: String
    public var key: String
    public var line: Int

    public init(title: String, key: String, line: Int) {
        self.title = title
        self.key = key
        self.line = line
    }
}
