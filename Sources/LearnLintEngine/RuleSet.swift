import LearnLintCore
import LearnLintRules
import LearnLintConfiguration

/// The rules of a configuration, instantiated and validated, ready to run.
public struct RuleSet: Sendable {
    public let configuration: Configuration
    public private(set) var catalog: SectionCatalog
    /// Every configured rule, in configuration order, including those switched off (overrides may
    /// switch them back on for some files).
    public let rules: [any Rule]
    /// The top-level `concepts:` that coverage counts (matched per document by the linter).
    public let concepts: ConceptCatalog

    public init(configuration: Configuration) throws(ConfigurationError) {
        self.configuration = configuration
        var specs: [SectionSpec] = []
        for spec in configuration.rules where spec.kind == SectionsRule.description.kind {
            for section in try SectionsRule.sectionSpecs(of: spec) where !specs.contains(where: { $0.id == section.id }) {
                specs.append(section)
            }
        }
        let catalog = SectionCatalog(specs: specs)
        self.catalog = catalog
        var rules: [any Rule] = []
        var errors = ConfigurationErrors()
        for spec in configuration.rules {
            // Every rule is built even when an earlier one is wrong, so all their mistakes are reported.
            errors.collect { () throws(ConfigurationError) in
                guard let type = RuleRegistry.type(ofKind: spec.kind) else {
                    throw .unknownKind(spec.location, spec.kind, allowed: RuleRegistry.kindNames)
                }
                rules.append(try type.init(spec: spec, catalog: catalog))
            }
        }
        try errors.finish()
        self.rules = rules
        self.documentRules = rules.compactMap(RuleRoles.documentRule)
        self.corpusRules = rules.compactMap(RuleRoles.corpusRule)
        self.coverageFactRules = documentRules.filter { RuleScope.coverageFacts.includes($0) }
        self.fixingRules = documentRules.filter { RuleScope.fixes.includes($0) }
        let concepts = try ConceptCatalog(nodes: configuration.concepts)
        self.concepts = concepts
        // Sections found by content ask the vocabulary (even a rule switched off: it still says which
        // names are technologies) and the concepts catalogue.
        if let vocabulary = rules.lazy.compactMap({ $0 as? VocabularyRule }).first {
            self.catalog.recognizer = SectionContentRecognizer(isKnownTerm: vocabulary.isNameListOnly, concepts: concepts)
        } else if !concepts.isEmpty {
            self.catalog.recognizer = SectionContentRecognizer(isKnownTerm: { _ in false }, concepts: concepts)
        }
        let conceptNames = concepts.names
        for reference in configuration.coverage.conceptReferences where !conceptNames.contains(reference.name) {
            throw .invalid(reference.location, "unknown concept '\(reference.name)': coverage.concepts names concepts of the top-level concepts list")
        }
    }

    /// The rules by role, sorted out once: the linter walks `documentRules` for every document.
    public let documentRules: [any DocumentRule]
    public let corpusRules: [any CorpusRule]
    /// `documentRules` narrowed to the scopes that run fewer rules (sorted out once, not per document).
    private let coverageFactRules: [any DocumentRule]
    private let fixingRules: [any DocumentRule]

    /// The document rules a run of `scope` walks, in configuration order.
    func documentRules(in scope: RuleScope) -> [any DocumentRule] {
        switch scope {
        case .all: return documentRules
        case .coverageFacts: return coverageFactRules
        case .fixes: return fixingRules
        }
    }

    /// The rules that are on, with their severities, for a document at `path` (overrides applied).
    public func settings(for path: String) -> [String: Severity] {
        var result: [String: Severity] = [:]
        for rule in rules where rule.spec.enabled { result[rule.id] = rule.severity }
        for override in configuration.overrides where override.files.contains(where: { $0.matches(path) }) {
            for entry in override.rules {
                switch entry.setting {
                case .off: result[entry.id] = nil
                case .on(let severity): result[entry.id] = severity
                }
            }
        }
        return result
    }

    /// Ids of the rules that are on anywhere (globally or through an override).
    public var activeRuleIDs: [String] {
        var ids = rules.filter(\.spec.enabled).map(\.id)
        for override in configuration.overrides {
            for entry in override.rules where entry.setting != .off && !ids.contains(entry.id) { ids.append(entry.id) }
        }
        return ids
    }
}
