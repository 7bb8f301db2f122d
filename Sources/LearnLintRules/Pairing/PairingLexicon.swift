import LearnLintCore

/// The language of the pairing heuristics: every word list they use, by name, read from the
/// pairing rule's `first`, `then` and `lexicon:` in rules.yaml.
///
/// No word lives in Swift: the English lists are those of the built-in rules.yaml, which a rules
/// file's own lists replace one by one (a programme writing in French supplies French lists and
/// keeps the rest). Unknown list names are located configuration errors.
struct PairingLexicon: Sendable {
    /// The list names `lexicon:` accepts, in the order docs/pairing.md describes them.
    static let names = [
        "endings", "plural_endings", "difficulty", "unfinished", "negations", "negation_endings", "negation_fillers",
        "action_subjects", "action_connectors", "turn_connectors", "action_adverbs", "habit_adverbs", "action_verbs", "past_endings",
        "attempt_verbs", "infinitive_markers", "instruction_verbs", "means", "gerund_endings", "outcomes", "pointers",
        "closing_titles", "placeholders", "solution_headers", "story_labels",
    ]

    var first: [String] = []
    var then: [String] = []
    /// The named lists, lowercased and trimmed.
    private(set) var lists: [String: [String]] = [:]

    /// One list by name (empty when neither the rules file nor the defaults have it).
    func list(_ name: String) -> [String] { lists[name] ?? [] }

    /// One list as a set of single words, for look-ups.
    func set(_ name: String) -> Set<String> { Set(list(name)) }

    /// The English lexicon of the built-in rules.yaml (empty only if that file were broken, which
    /// a test rules out).
    static let english: PairingLexicon = {
        guard let root = try? YAMLLoader.load(DefaultRules.yaml, file: "<built-in rules.yaml>"),
            let rules = try? root.anyMapping()["rules"]?.list()
        else { return PairingLexicon() }
        for rule in rules {
            guard let mapping = try? rule.anyMapping(), mapping["kind"]?.scalar == "pairing" else { continue }
            return (try? PairingLexicon.read({ mapping[$0] }, over: { PairingLexicon() })) ?? PairingLexicon()
        }
        return PairingLexicon()
    }()

    /// The lexicon of one pairing rule (`parameter` reads its keys): its `first`, `then` and
    /// `lexicon:` lists over `base`. `base` is read only when the rule leaves one of them out: the
    /// built-in rules.yaml names every list, and `english` parses that whole file again (about as
    /// much work as reading the rules file itself), so a run of the default rules never builds it.
    static func read(_ parameter: (String) -> YAMLNode?, over base: () -> PairingLexicon) throws(ConfigurationError)
        -> PairingLexicon
    {
        let rule = parameter
        var first: [String]?
        var then: [String]?
        if let node = rule("first") { first = try keywords(node, "first") }
        if let node = rule("then") { then = try keywords(node, "then") }
        var lists: [String: [String]] = [:]
        if let node = rule("lexicon") {
            let mapping = try node.mapping(allowed: names)
            for name in mapping.keys {
                guard let list = mapping[name] else { continue }
                lists[name] = try list.stringList().map { $0.trimmed.lowercased() }.filter { !$0.isEmpty }
            }
        }
        var lexicon = first != nil && then != nil && names.allSatisfy({ lists[$0] != nil }) ? PairingLexicon() : base()
        if let first { lexicon.first = first }
        if let then { lexicon.then = then }
        lexicon.lists.merge(lists) { $1 }
        return lexicon
    }

    private static func keywords(_ node: YAMLNode, _ name: String) throws(ConfigurationError) -> [String] {
        let words = try node.stringList().map(\.trimmed).filter { !$0.isEmpty }
        guard !words.isEmpty else { throw .invalid(node.location, "'\(name)' needs at least one keyword") }
        return words
    }
}
