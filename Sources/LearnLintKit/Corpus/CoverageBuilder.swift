/// A rule that can list the canonical terms it knows, so coverage shows terms nobody mentions yet.
///
/// The vocabulary kind adopts this; until then coverage's term items are the terms documents mention.
public protocol CoverageTermProvider {
    var canonicalTerms: [String] { get }
}

/// Builds a `CoverageReport` from per-document facts only, so `learnlint merge` can build the same
/// report from shard facts as `learnlint coverage` builds from a single run.
public enum CoverageBuilder {
    /// Label for documents whose contributor is unknown and that sit in no folder.
    public static let unknownContributor = "(unknown)"

    /// The items the configuration defines, then the report over `facts`.
    ///
    /// `failUnder` (a percentage) overrides `coverage.fail_under` when given.
    public static func build(facts: [DocumentFacts], ruleSet: RuleSet, failUnder: Double? = nil) -> CoverageReport {
        build(
            facts: facts, items: items(for: ruleSet, facts: facts),
            failUnder: failUnder ?? ruleSet.configuration.coverage.failUnder)
    }

    /// The report over `facts` for a given list of items.
    public static func build(facts: [DocumentFacts], items: [CoverageItem], failUnder: Double?) -> CoverageReport {
        var byContributor: [String: [DocumentFacts]] = [:]
        for fact in facts { byContributor[contributorName(of: fact), default: []].append(fact) }
        let names = byContributor.keys.sorted { left, right in
            let (l, r) = (left.lowercased(), right.lowercased())
            return l == r ? left < right : l < r
        }
        let contributors = names.map { name in
            contributor(name, documents: (byContributor[name] ?? []).sorted { $0.path < $1.path }, items: items)
        }
        return CoverageReport(items: items, contributors: contributors, documentCount: facts.count, failUnder: failUnder)
    }

    /// Sections of the rule `coverage.sections` names (required ones), terms, then concepts.
    public static func items(for ruleSet: RuleSet, facts: [DocumentFacts]) -> [CoverageItem] {
        let settings = ruleSet.configuration.coverage
        var items: [CoverageItem] = []
        if let name = settings.sectionsRule, let rule = ruleSet.rules.first(where: { $0.id == name }) as? SectionsRule {
            for section in rule.sections where section.required {
                let title = ruleSet.catalog.spec(section.id)?.title ?? section.title
                items.append(CoverageItem(kind: .section, id: section.id, title: title))
            }
        }
        if !settings.termRules.isEmpty {
            var terms: [String] = []
            for name in settings.termRules {
                guard let provider = ruleSet.rules.first(where: { $0.id == name }) as? any CoverageTermProvider else { continue }
                for term in provider.canonicalTerms where !terms.contains(term) { terms.append(term) }
            }
            // Facts do not say which rule found a term, so mentioned terms outside the lists count too.
            let listed = Set(terms)
            terms += Set(facts.flatMap(\.terms)).subtracting(listed).sorted()
            items += terms.map { CoverageItem(kind: .term, id: $0) }
        }
        items += ruleSet.concepts.names.map { CoverageItem(kind: .concept, id: $0) }
        return items
    }

    /// Whether one document covers an item, from its facts.
    public static func covers(_ fact: DocumentFacts, _ item: CoverageItem) -> Bool {
        guard fact.readable else { return false }
        switch item.kind {
        case .section: return fact.sections.contains(item.id)
        case .term: return fact.terms.contains(item.id)
        case .concept: return concepts(of: fact).contains(item.id)
        }
    }

    /// The concept names recorded in a document's facts (as a run or a shard report left them).
    public static func concepts(of fact: DocumentFacts) -> [String] {
        fact.concepts ?? []
    }

    /// The contributor a document counts for: its resolved name, else its folder, else “(unknown)”.
    public static func contributorName(of fact: DocumentFacts) -> String {
        if let name = fact.contributor?.trimmed, !name.isEmpty { return name }
        let parts = fact.path.split(separator: "/")
        if parts.count >= 2 { return String(parts[parts.count - 2]) }
        return unknownContributor
    }

    // MARK: - Private helpers

    private static func contributor(_ name: String, documents: [DocumentFacts], items: [CoverageItem]) -> ContributorCoverage {
        let coveredIn = items.map { item in documents.filter { covers($0, item) }.map(\.path) }
        let found = documents.compactMap(\.challenges)
        let paired = documents.compactMap(\.challengesPaired)
        return ContributorCoverage(
            name: name, documents: documents.map(\.path), coveredIn: coveredIn,
            challenges: found.isEmpty ? nil : saturatingSum(found),
            challengesPaired: paired.isEmpty ? nil : saturatingSum(paired), itemKinds: items.map(\.kind))
    }

    /// Counts may come from shard reports: a sum stops at `Int.max` instead of trapping.
    static func saturatingSum(_ counts: [Int]) -> Int {
        counts.reduce(0) { total, count in
            let (sum, overflow) = total.addingReportingOverflow(max(0, count))
            return overflow ? Int.max : sum
        }
    }
}
