import LearnLintCore
import LearnLintRules
import LearnLintConfiguration
import LearnLintIO

/// Runs rule examples: the kinds' built-in triggering / non-triggering examples (tests, `explain`)
/// and the `examples:` users attach to their own rules (`learnlint config check`).
public enum ExampleRunner {
    /// One example whose findings did not match what it expects.
    public struct Mismatch: Sendable, CustomStringConvertible {
        public var rule: String
        public var example: String
        public var expected: [SourcePosition]
        public var found: [Finding]
        public var location: ConfigLocation?

        public var description: String {
            let place = location.map { "\($0): " } ?? ""
            let want = expected.isEmpty ? "no finding" : expected.map { "\($0.line):\($0.column)" }.joined(separator: ", ")
            let got = found.isEmpty ? "none" : found.map { "\($0.range.start.line):\($0.range.start.column) \($0.message)" }.joined(separator: "; ")
            return "\(place)rule '\(rule)': expected \(want), found \(got) in example: \(example.prefix(60).replacingEach("\n", with: "⏎"))"
        }
    }

    /// The findings a rule gives on one Markdown text (plus other corpus documents for corpus rules).
    public static func findings(
        of spec: RuleSpec, on markdown: String, corpus: [(path: String, markdown: String)] = [],
        base: Configuration? = nil
    ) throws(ConfigurationError) -> [Finding] {
        var configuration: Configuration
        if let base { configuration = base } else { configuration = try ConfigurationLoader.builtIn() }
        // Keep the base's sections and vocabulary rules (switched off) so other kinds can still find
        // sections, by title or by content (known technology names).
        let kept = [SectionsRule.description.kind, VocabularyRule.description.kind]
        var rules = configuration.rules.filter { kept.contains($0.kind) && $0.id != spec.id }
        for index in rules.indices { rules[index].enabled = false }
        var ruleSpec = spec
        ruleSpec.enabled = true
        configuration.rules = rules + [ruleSpec]
        configuration.overrides = []
        let linter = Linter(ruleSet: try RuleSet(configuration: configuration))
        let resolver = ContributorResolver(sources: [.folder])
        var outcomes = [linter.check(example(path: "example/README.md"), text: markdown, resolver: resolver)]
        for (index, other) in corpus.enumerated() {
            outcomes.append(linter.check(example(path: other.path.isEmpty ? "other\(index)/README.md" : other.path), text: other.markdown, resolver: resolver))
        }
        var all = outcomes.flatMap(\.1) + linter.corpusFindings(outcomes.map(\.0))
        all = all.filter { $0.rule == spec.id && $0.path == "example/README.md" }
        return all.sorted(by: Finding.reportOrder)
    }

    /// Checks every built-in example of a kind; returns the mismatches (empty when all behave).
    public static func checkKindExamples(_ type: any Rule.Type) throws(ConfigurationError) -> [Mismatch] {
        let description = type.description
        var mismatches: [Mismatch] = []
        for (example, triggering) in description.triggeringExamples.map({ ($0, true) }) + description.nonTriggeringExamples.map({ ($0, false) }) {
            let spec = try exampleSpec(description, example)
            let (text, markers) = example.unmarked
            let found = try findings(of: spec, on: text, corpus: example.corpus)
            let expected = triggering ? (markers.isEmpty ? [SourcePosition.start] : markers) : []
            let positions = found.map(\.range.start)
            if Set(positions) != Set(expected) || (triggering && found.isEmpty) {
                mismatches.append(Mismatch(rule: description.kind, example: text, expected: expected, found: found))
            }
        }
        return mismatches
    }

    /// Checks the `examples:` of every rule in a configuration.
    public static func checkUserExamples(_ configuration: Configuration) throws(ConfigurationError) -> [Mismatch] {
        var mismatches: [Mismatch] = []
        for spec in configuration.rules {
            guard let examples = spec.examples else { continue }
            for example in examples.valid {
                let found = try findings(of: spec, on: example.text, base: configuration)
                if !found.isEmpty {
                    mismatches.append(Mismatch(rule: spec.id, example: example.text, expected: [], found: found, location: example.location))
                }
            }
            for example in examples.invalid {
                let marked = RuleExample(example.text).unmarked
                let found = try findings(of: spec, on: marked.text, base: configuration)
                let positions = Set(found.map(\.range.start))
                if found.isEmpty || (!marked.markers.isEmpty && positions != Set(marked.markers)) {
                    mismatches.append(Mismatch(rule: spec.id, example: marked.text, expected: marked.markers, found: found, location: example.location))
                }
            }
        }
        return mismatches
    }

    /// The spec an example runs with: the kind's example configuration, then the example's own.
    public static func exampleSpec(_ description: RuleKindDescription, _ example: RuleExample) throws(ConfigurationError) -> RuleSpec {
        var spec = RuleSpec(
            id: description.defaultRuleID, kind: description.kind, severity: description.defaultSeverity,
            location: ConfigLocation(file: "<example>", line: 1, column: 1))
        for text in [description.exampleConfiguration, example.configuration] where !text.isEmpty {
            guard let node = try YAMLLoader.load(text, file: "<example of \(description.kind)>") else { continue }
            for entry in try node.mapping(allowed: description.parameters.map(\.name)).entries {
                if spec.parameters[entry.key] == nil { spec.parameterOrder.append(entry.key) }
                spec.parameters[entry.key] = entry.value
            }
        }
        return spec
    }

    private static func example(path: String) -> DocumentSource {
        DocumentSource(displayPath: path, rootRelativePath: path, absolutePath: "/" + path)
    }
}
