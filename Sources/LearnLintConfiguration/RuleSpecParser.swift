import LearnLintCore
import LearnLintRules

/// Reads the `rules:` list, merging each entry over the rules inherited through `extends`.
///
/// An entry whose id is inherited and that names no other kind modifies the inherited rule (its
/// severity, `off`, or single parameters); any other entry defines a rule.
enum RuleSpecParser {
    static func merge(_ node: YAMLNode, over inherited: [RuleSpec]) throws(ConfigurationError) -> [RuleSpec] {
        var rules = inherited
        var definedHere: Set<String> = []
        var errors = ConfigurationErrors()
        for item in try node.list() {
            // Each rule entry is read even when an earlier one is wrong: every mistake is reported.
            errors.collect { () throws(ConfigurationError) in
                try mergeEntry(item, into: &rules, definedHere: &definedHere, inherited: inherited.map(\.id))
            }
        }
        try errors.finish()
        return rules
    }

    private static func mergeEntry(
        _ item: YAMLNode, into rules: inout [RuleSpec], definedHere: inout Set<String>, inherited: [String]
    ) throws(ConfigurationError) {
        let map = try item.mapping(allowed: nil)
        let idNode = try map.require("id", in: "a rule")
        let id = try idNode.string()
        guard isValidID(id) else {
            throw .invalid(idNode.location, "rule ids are kebab-case (letters, digits, '-'), not '\(id)'")
        }
        guard !definedHere.contains(id) else { throw .duplicateRule(idNode.location, id) }
        definedHere.insert(id)
        let existing = rules.firstIndex { $0.id == id }
        let kindNode = map["kind"]
        let kind = try kindNode?.string()
        if let existing, kind == nil || kind == rules[existing].kind {
            rules[existing] = try modify(rules[existing], with: map, at: item.location)
        } else {
            guard let kind, let kindNode else {
                // Without a kind the entry can only change an inherited rule: a near miss is a typo of one.
                if let near = Suggestion.closest(to: id, in: inherited) {
                    throw .invalid(
                        idNode.location,
                        "unknown rule id '\(id)'; did you mean '\(near)'? (a new rule needs a `kind`)")
                }
                throw .missingKey(item.location, "kind", in: "rule '\(id)'")
            }
            guard let description = RuleRegistry.description(ofKind: kind) else {
                throw .unknownKind(kindNode.location, kind, allowed: RuleRegistry.kindNames)
            }
            let fresh = RuleSpec(id: id, kind: kind, severity: description.defaultSeverity, location: item.location)
            let spec = try modify(fresh, with: map, at: item.location)
            if let existing { rules[existing] = spec } else { rules.append(spec) }
        }
    }

    /// Applies an entry's severity, examples and parameters to a spec.
    private static func modify(_ base: RuleSpec, with map: YAMLMapping, at location: ConfigLocation)
        throws(ConfigurationError) -> RuleSpec
    {
        var spec = base
        spec.location = location
        for entry in map.entries {
            switch entry.key {
            case "id", "kind":
                continue
            case "severity":
                switch try SeveritySetting.parse(entry.value) {
                case .off: spec.enabled = false
                case .on(let severity):
                    spec.enabled = true
                    spec.severity = severity
                }
            case "description":
                spec.summary = try entry.value.string()
            case "examples":
                spec.examples = try parseExamples(entry.value)
            default:
                // Located at the key itself: that is what is misspelt.
                if let parameters = RuleRegistry.description(ofKind: spec.kind)?.parameters.map(\.name),
                    !parameters.contains(entry.key)
                {
                    throw .unknownKey(entry.keyLocation, entry.key, allowed: RuleSpec.commonKeys + parameters)
                }
                if spec.parameters[entry.key] == nil { spec.parameterOrder.append(entry.key) }
                spec.parameters[entry.key] = entry.value
            }
        }
        if let description = RuleRegistry.description(ofKind: spec.kind) {
            try spec.validateParameters(description.parameters)
        }
        return spec
    }

    private static func parseExamples(_ node: YAMLNode) throws(ConfigurationError) -> UserExamples {
        let map = try node.mapping(allowed: ["valid", "invalid"])
        var valid: [(text: String, location: ConfigLocation)] = []
        var invalid: [(text: String, location: ConfigLocation)] = []
        for item in try map["valid"]?.list() ?? [] { valid.append((try item.string(), item.location)) }
        for item in try map["invalid"]?.list() ?? [] { invalid.append((try item.string(), item.location)) }
        return UserExamples(valid: valid, invalid: invalid)
    }

    private static func isValidID(_ id: String) -> Bool {
        !id.isEmpty && id.unicodeScalars.allSatisfy { $0.properties.isASCIIHexDigit || ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" }
    }
}
