/// One technology of a vocabulary: its canonical name, accepted other names and known wrong spellings.
public struct VocabularyTerm: Sendable, Hashable {
    public var name: String
    /// Other accepted names (`K8s`, `DRF`, `Postgres`).
    public var aliases: [String]
    /// Wrong spellings (`Kubernates`, `Rabbit MQ`): always a finding, fixed to an accepted spelling.
    public var rejects: [String]
    /// Only the listed spellings, in their exact case, count (for names such as `REST` or `Flask`).
    public var caseSensitive: Bool
    /// Spellings that are also ordinary words (`Go`, `Express`): they count only in the technologies section.
    public var ambiguous: Set<String>

    public init(
        name: String, aliases: [String] = [], rejects: [String] = [], caseSensitive: Bool = false,
        ambiguous: Set<String> = []
    ) {
        self.name = name
        self.aliases = aliases
        self.rejects = rejects
        self.caseSensitive = caseSensitive
        self.ambiguous = ambiguous
    }
}

/// Every spelling of every term, indexed by a key that ignores case and word separators
/// (`docker-compose`, `Docker Compose` and `docker compose` share the key `docker compose`), so that
/// a matcher looks each run of words up once, whatever the vocabulary's size.
public struct Vocabulary: Sendable {
    public enum Role: Sendable, Hashable {
        case canonical, alias, reject
    }

    /// One spelling of a term as configured.
    public struct Spelling: Sendable, Hashable {
        public var text: String
        /// The spelling's words as written (separators dropped).
        public var words: [String]
        public var role: Role
        /// Whether this spelling is an ordinary word too (`postman` beside the term `Postman`).
        public var ambiguous: Bool = false
    }

    /// All spellings of one term that share a key.
    public struct Entry: Sendable {
        public var term: Int
        public var spellings: [Spelling]
        /// Whether any of these spellings is an ordinary word (counts only in the technologies section,
        /// or beside another technology name); a spelling written exactly says so itself.
        public var ambiguous: Bool

        /// Whether text written as `written` (its words) is the ordinary-word reading: the exact spelling's
        /// own flag when it is configured, else the entry's (`go` for `Go`, `render` for `Render`).
        func isAmbiguous(written: [String]) -> Bool {
            guard ambiguous else { return false }
            return spellings.first { $0.words == written }?.ambiguous ?? true
        }

        /// The accepted spelling a variant under this key is fixed to: the canonical name when it has this
        /// key, else an alias with this key (`Restful API` → `RESTful API`), else the term's canonical name.
        func target(canonical: String) -> String {
            spellings.first { $0.role == .canonical }?.text ?? spellings.first { $0.role == .alias }?.text ?? canonical
        }
    }

    /// A spelling that another term already claims.
    public struct Conflict: Error, Sendable {
        public var spelling: String
        public var otherTerm: String
    }

    public private(set) var terms: [VocabularyTerm] = []
    public private(set) var entries: [String: Entry] = [:]
    /// Keys of one or more words that begin a longer key: a matcher stops extending a run of words
    /// as soon as it is not one of these.
    public private(set) var prefixes: Set<String> = []
    /// `entries` and `prefixes` in one table, so a matcher hashes each run of words once, not twice.
    private(set) var lookup: [String: (entry: Entry?, isPrefix: Bool)] = [:]
    /// A bit per hash (see `firstWordHash`) of the first word of every key: a word whose bit is clear
    /// starts no key, and most words of a text are ruled out so, without hashing a string.
    private var firstWordBits = [UInt64](repeating: 0, count: Vocabulary.firstWordBitCount / 64)
    private static let firstWordBitCount = 1 << 16

    public init() {}

    /// Room for about `terms` terms (each a few spellings), so compiling a vocabulary does not rehash
    /// its tables as they grow: the default one is compiled at every start.
    public mutating func reserveCapacity(terms count: Int) {
        terms.reserveCapacity(count)
        entries.reserveCapacity(count * 3)
        lookup.reserveCapacity(count * 4)
    }

    /// Adds a term; fails on the first spelling another term already has (compared by key).
    public mutating func add(_ term: VocabularyTerm) throws(Conflict) {
        // A term has a few spellings, most sharing one key: a list searched in place is cheaper than a
        // dictionary built per term (the default vocabulary is compiled at every start).
        var staged: [(key: String, entry: Entry)] = []
        let index = terms.count
        let spellings =
            [(term.name, Role.canonical)] + term.aliases.map { ($0, Role.alias) }
            + term.rejects.map { ($0, Role.reject) }
        for (text, role) in spellings {
            guard let (key, words) = Vocabulary.key(of: text) else { continue }
            if let existing = entries[key] {
                throw Conflict(spelling: text, otherTerm: terms[existing.term].name)
            }
            let ambiguous = term.ambiguous.contains(text)
            let spelling = Spelling(text: text, words: words, role: role, ambiguous: ambiguous)
            guard let slot = staged.firstIndex(where: { $0.key == key }) else {
                staged.append((key, Entry(term: index, spellings: [spelling], ambiguous: ambiguous)))
                continue
            }
            guard !staged[slot].entry.spellings.contains(where: { $0.text == text }) else { continue }
            staged[slot].entry.spellings.append(spelling)
            staged[slot].entry.ambiguous = staged[slot].entry.ambiguous || ambiguous
        }
        terms.append(term)
        let space = UInt8(ascii: " ")
        for (key, entry) in staged {
            entries[key] = entry
            lookup[key, default: (nil, false)].entry = entry
            var firstWord = FNV1a()
            for byte in key.utf8.prefix(while: { $0 != space }) { firstWord.combine(UInt64(byte)) }
            let bit = Vocabulary.firstWordBit(firstWord.value)
            firstWordBits[bit / 64] |= 1 << UInt64(bit % 64)
            // Most keys are one word, and only longer keys have prefixes.
            guard key.utf8.contains(space) else { continue }
            let words = key.split(separator: " ")
            for count in 1..<max(1, words.count) {
                let prefix = words.prefix(count).joined(separator: " ")
                prefixes.insert(prefix)
                lookup[prefix, default: (nil, false)].isPrefix = true
            }
        }
    }

    /// Whether some key may start with a word whose folded form has this FNV-1a hash (a
    /// `TextTokens.Word`'s `foldedHash`); false means certainly none does.
    func mayStartKey(foldedHash hash: UInt64) -> Bool {
        let bit = Vocabulary.firstWordBit(hash)
        return firstWordBits[bit / 64] & (1 << UInt64(bit % 64)) != 0
    }

    /// A word's folded hash reduced to a bit index of `firstWordBits`.
    private static func firstWordBit(_ hash: UInt64) -> Int {
        Int(truncatingIfNeeded: (hash ^ (hash >> 32)) & UInt64(firstWordBitCount - 1))
    }

    /// The lookup key of a spelling (its case-folded words joined by one space) and its words as written;
    /// nil when the spelling has no word at all.
    public static func key(of spelling: String) -> (key: String, words: [String])? {
        let tokens = TextTokens(spelling)
        guard !tokens.words.isEmpty else { return nil }
        return (tokens.words.map(tokens.folded).joined(separator: " "), tokens.words.map(tokens.text(of:)))
    }

    /// Whether a spelling has a word to match, i.e. `key(of:)` is not nil (a word starts at every word
    /// code point); checked without tokenizing, as every configured spelling is checked at start-up.
    public static func hasWord(_ spelling: String) -> Bool {
        spelling.unicodeScalars.contains(where: TextTokens.isWordScalar)
    }

    /// The canonical name of the term that owns a spelling (compared by key), if any.
    public func canonicalName(of spelling: String) -> String? {
        guard let key = Vocabulary.key(of: spelling)?.key, let entry = entries[key] else { return nil }
        return terms[entry.term].name
    }
}
