import LearnLintCore

/// Reads the `terms:` (and `extra_terms:`) of a `vocabulary` rule into a `Vocabulary`, rejecting
/// every spelling that two terms claim, with the place it was written.
extension VocabularyRule {
    static let termKeys = ["name", "aliases", "reject", "case_sensitive", "ambiguous"]

    static func vocabulary(of spec: RuleSpec) throws(ConfigurationError) -> Vocabulary {
        var vocabulary = Vocabulary()
        vocabulary.reserveCapacity(terms: ["terms", "extra_terms"].reduce(0) { $0 + ((try? spec[$1]?.list().count) ?? 0) })
        for key in ["terms", "extra_terms"] {
            guard let node = spec[key] else { continue }
            for item in try node.list() {
                let (term, locations) = try term(from: item)
                do {
                    try vocabulary.add(term)
                } catch {
                    let location = locations[error.spelling] ?? item.location
                    throw .invalid(
                        location,
                        "'\(error.spelling)' (term '\(term.name)') is already a spelling of term '\(error.otherTerm)'")
                }
            }
        }
        return vocabulary
    }

    /// One term: a mapping, or a plain string for a term with no other spellings.
    private static func term(from node: YAMLNode) throws(ConfigurationError) -> (
        VocabularyTerm, [String: ConfigLocation]
    ) {
        var locations: [String: ConfigLocation] = [:]
        if node.scalar != nil {
            let name = try spelling(node, into: &locations)
            return (VocabularyTerm(name: name), locations)
        }
        let map = try node.mapping(allowed: termKeys)
        let name = try spelling(map.require("name", in: "a term"), into: &locations)
        let aliases = try spellings(map["aliases"], into: &locations)
        let rejects = try spellings(map["reject"], into: &locations)
        let caseSensitive = try map["case_sensitive"]?.bool() ?? false
        let accepted = [name] + aliases
        for reject in rejects where accepted.contains(reject) {
            throw .invalid(
                locations[reject] ?? node.location, "'\(reject)' is both accepted and rejected in term '\(name)'")
        }
        var ambiguous: Set<String> = []
        if let flag = map["ambiguous"] {
            if let all = try? flag.bool() {
                if all { ambiguous = Set(accepted + rejects) }
            } else {
                for text in try flag.stringList() {
                    guard (accepted + rejects).contains(text) else {
                        throw .invalid(
                            flag.location, "ambiguous spelling '\(text)' is not a spelling of term '\(name)'")
                    }
                    ambiguous.insert(text)
                }
            }
        }
        let term = VocabularyTerm(
            name: name, aliases: aliases, rejects: rejects, caseSensitive: caseSensitive, ambiguous: ambiguous)
        return (term, locations)
    }

    private static func spellings(_ node: YAMLNode?, into locations: inout [String: ConfigLocation])
        throws(ConfigurationError) -> [String]
    {
        guard let node else { return [] }
        if node.scalar != nil, !node.isNull { return [try spelling(node, into: &locations)] }
        var result: [String] = []
        for item in try node.list() { result.append(try spelling(item, into: &locations)) }
        return result
    }

    private static func spelling(_ node: YAMLNode, into locations: inout [String: ConfigLocation])
        throws(ConfigurationError) -> String
    {
        let text = try node.string().trimmed
        guard Vocabulary.hasWord(text) else {
            throw .invalid(node.location, "'\(text)' has no letters or digits to match")
        }
        locations[text] = locations[text] ?? node.location
        return text
    }
}
