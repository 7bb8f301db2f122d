import LearnLintCore
import LearnLintRules
import LearnLintConfiguration

/// Which items coverage counts, in the order reports show them: the required sections first (they
/// decide whether a document passes), then the chosen terms, then the chosen concepts.
enum CoverageItemSelection {
    /// - Sections: the required sections of the rule `coverage.sections` names.
    /// - Terms: for each `coverage.terms` entry that is a rule id, the rule's canonical terms and any
    ///   other term documents mention, kept when at least `coverage.min_share` of the contributors
    ///   mention them; an entry that is not a rule id is a term, always kept.
    /// - Concepts: `coverage.concepts`, else every top-level concept.
    static func items(for ruleSet: RuleSet, facts: [DocumentFacts]) -> [CoverageItem] {
        let settings = ruleSet.configuration.coverage
        var items: [CoverageItem] = []
        if let name = settings.sectionsRule, let rule = ruleSet.rules.first(where: { $0.id == name }) as? SectionsRule {
            for section in rule.sections where section.required {
                let title = ruleSet.catalog.spec(section.id)?.title ?? section.title
                items.append(CoverageItem(kind: .section, id: section.id, title: title))
            }
        }
        items += terms(settings, ruleSet: ruleSet, facts: facts).map { CoverageItem(kind: .term, id: $0) }
        let concepts = settings.conceptNames.map { chosen in ruleSet.concepts.names.filter(chosen.contains) } ?? ruleSet.concepts.names
        items += concepts.map { CoverageItem(kind: .concept, id: $0) }
        return items
    }

    // MARK: - Private helpers

    private static func terms(_ settings: CoverageSettings, ruleSet: RuleSet, facts: [DocumentFacts]) -> [String] {
        guard !settings.termRules.isEmpty else { return [] }
        let ruleIDs = Set(ruleSet.rules.map(\.id))
        var candidates: [String] = []
        var named: Set<String> = []
        var fromRules = false
        for entry in settings.termRules {
            if ruleIDs.contains(entry) {
                fromRules = true
                guard let provider = ruleSet.rules.first(where: { $0.id == entry }) as? any CoverageTermProvider else { continue }
                for term in provider.canonicalTerms where !candidates.contains(term) { candidates.append(term) }
            } else {
                named.insert(entry)
                if !candidates.contains(entry) { candidates.append(entry) }
            }
        }
        if fromRules {
            // Facts do not say which rule found a term, so mentioned terms outside the lists count too.
            let listed = Set(candidates)
            candidates += Set(facts.flatMap(\.terms)).subtracting(listed).sorted()
        }
        let minShare = settings.minShare ?? 0
        guard minShare > 0 else { return candidates }
        var mentionedBy: [String: Set<String>] = [:]
        var contributors: Set<String> = []
        for fact in facts where fact.readable {
            let name = CoverageBuilder.contributorName(of: fact)
            contributors.insert(name)
            for term in fact.terms { mentionedBy[term, default: []].insert(name) }
        }
        let needed = minShare * Double(contributors.count)
        return candidates.filter { named.contains($0) || Double(mentionedBy[$0]?.count ?? 0) >= needed && needed > 0 }
    }
}
