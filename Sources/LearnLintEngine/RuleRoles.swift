import LearnLintCore
import LearnLintRules

/// Which configured rules are document rules, which corpus rules, and which a narrower `RuleScope`
/// runs, decided without run-time protocol casts.
///
/// A cast such as `rule as? any DocumentRule` looks the conformance up in the binary's tables the
/// first time for each type: about 250,000 instructions per type and protocol in this build (callgrind,
/// bench/performance-notes.md), 4–8 M instructions of every start-up for the rule set alone. A cast to a
/// concrete type only compares type metadata. `RuleRolesTests` checks these lists against the casts
/// for every kind in `RuleRegistry`, so a new kind cannot be left out silently.
enum RuleRoles {
    static func documentRule(_ rule: any Rule) -> (any DocumentRule)? {
        if let rule = rule as? SectionsRule { return rule }
        if let rule = rule as? PairingRule { return rule }
        if let rule = rule as? VocabularyRule { return rule }
        if let rule = rule as? ConsistencyRule { return rule }
        if let rule = rule as? DuplicatesRule { return rule }
        if let rule = rule as? PlaceholdersRule { return rule }
        if let rule = rule as? RenderingRule { return rule }
        return nil
    }

    static func corpusRule(_ rule: any Rule) -> (any CorpusRule)? {
        if let rule = rule as? ConsistencyRule { return rule }
        if let rule = rule as? DuplicatesRule { return rule }
        return nil
    }

    /// The kinds whose findings may carry a fix (`Finding.fix`): the only kinds `fix` runs.
    static func mayFix(_ rule: any Rule) -> Bool {
        rule is VocabularyRule || rule is RenderingRule
    }

    /// The kinds that record facts coverage counts (`terms`, `challenges`), or whose findings coverage
    /// flags (near duplicates): the only kinds coverage runs when its reports show no other finding.
    static func recordsCoverageFacts(_ rule: any Rule) -> Bool {
        rule is VocabularyRule || rule is PairingRule || rule is DuplicatesRule
    }
}
