import LearnLintCore
import LearnLintRules

/// Applying suppression comments: to a document's findings in `check`, and to corpus findings from
/// the directives each document's facts carry (so `merge` applies them exactly as `check` does).
extension Linter {
    /// Rule ids a suppression comment may name: every configured rule, switched on or off.
    public var suppressibleRuleIDs: [String] { ruleSet.rules.map(\.id) + [Linter.unreadableRuleID] }

    /// Whether a finding is produced by the corpus stage, so `merge` recomputes it instead of copying it
    /// from a shard report: corpus rules' findings, and unused-suppression findings settled there.
    public func isCorpusStageFinding(_ finding: Finding) -> Bool {
        if ruleSet.corpusRules.contains(where: { $0.id == finding.rule }) { return true }
        return suppressionRules.contains { $0.id == finding.rule }
            && finding.data.stage == .corpus
    }

    /// Drops the findings a document's comments suppress, records the directives in its facts, and
    /// adds the `suppressions` rules' findings about the comments themselves.
    func applySuppressions(
        to findings: [Finding], in context: RuleContext, settings: [String: Severity], facts: inout DocumentFacts
    ) -> [Finding] {
        let parsed = SuppressionParser.parse(context.document)
        guard !parsed.directives.isEmpty || !parsed.unknown.isEmpty else { return findings }
        let suppressions = Suppressions(parsed.directives)
        var used: Set<SuppressionUse> = []
        var kept: [Finding] = []
        for finding in findings {
            let uses = suppressions.covering(rule: finding.rule, line: finding.range.start.line)
            if uses.isEmpty { kept.append(finding) } else { used.formUnion(uses) }
        }
        // A key that only a corpus rule could use is settled after the corpus stage, from the facts.
        let corpusIDs = Set(ruleSet.corpusRules.map(\.id).filter { settings[$0] != nil })
        var unused: [SuppressionUse] = []
        var pending: [Int: [String]] = [:]
        for use in reportableUses(of: suppressions, settings: settings) where !used.contains(use) {
            let awaitsCorpus = use.rule == Suppressions.everyRule ? !corpusIDs.isEmpty : corpusIDs.contains(use.rule)
            if awaitsCorpus { pending[use.directive, default: []].append(use.rule) } else { unused.append(use) }
        }
        if !suppressions.isEmpty {
            facts.suppressions = suppressions.directives.enumerated().map {
                SuppressionFact($0.element, pending: pending[$0.offset] ?? [])
            }
        }
        return kept
            + suppressionFindings(
                suppressions, unknown: parsed.unknown, unused: unused, path: context.document.path,
                contributor: context.contributor, settings: settings, corpusStage: false)
    }

    /// Drops corpus findings that documents suppress, then reports the keys no finding used.
    func applySuppressions(toCorpus findings: [Finding], _ facts: [DocumentFacts]) -> [Finding] {
        var documents: [String: (suppressions: Suppressions, pending: [SuppressionUse], facts: DocumentFacts)] = [:]
        for fact in facts where fact.suppressions != nil {
            let (directives, pending) = SuppressionDirective.fromFacts(fact)
            documents[fact.path] = (Suppressions(directives), pending, fact)
        }
        guard !documents.isEmpty else { return findings }
        var used: [String: Set<SuppressionUse>] = [:]
        var kept: [Finding] = []
        for finding in findings {
            let uses = documents[finding.path]?.suppressions.covering(rule: finding.rule, line: finding.range.start.line) ?? []
            if uses.isEmpty { kept.append(finding) } else { used[finding.path, default: []].formUnion(uses) }
        }
        for path in documents.keys.sorted() {
            guard let document = documents[path] else { continue }
            let unused = document.pending.filter { !(used[path]?.contains($0) ?? false) }
            guard !unused.isEmpty else { continue }
            kept += suppressionFindings(
                document.suppressions, unknown: [], unused: unused, path: path, contributor: document.facts.contributor,
                settings: ruleSet.settings(for: path), corpusStage: true)
        }
        return kept
    }

    // MARK: - Private helpers

    private var suppressionRules: [SuppressionsRule] { ruleSet.rules.compactMap { $0 as? SuppressionsRule } }

    /// The keys that may be reported unused: `*`, and known rules on for this document other than the
    /// suppressions rules themselves (a comment silencing those is judged by what it silences there).
    private func reportableUses(of suppressions: Suppressions, settings: [String: Severity]) -> [SuppressionUse] {
        let exempt = Set(suppressionRules.map(\.id))
        var uses: [SuppressionUse] = []
        for (index, directive) in suppressions.directives.enumerated() where directive.action != .enable {
            for key in directive.keys where key == Suppressions.everyRule || (settings[key] != nil && !exempt.contains(key)) {
                uses.append(SuppressionUse(directive: index, rule: key))
            }
        }
        return uses
    }

    /// The `suppressions` rules' findings that are on for the document and not themselves suppressed.
    private func suppressionFindings(
        _ suppressions: Suppressions, unknown: [UnknownSuppressionDirective], unused: [SuppressionUse], path: String,
        contributor: String?, settings: [String: Severity], corpusStage: Bool
    ) -> [Finding] {
        var results: [Finding] = []
        for rule in suppressionRules {
            guard let severity = settings[rule.id] else { continue }
            let found = rule.findings(
                about: suppressions, unknown: unknown, unused: unused, knownRules: suppressibleRuleIDs, path: path,
                contributor: contributor, corpusStage: corpusStage)
            for (finding, directive) in found {
                // Only a comment naming the rule silences it (never `*`), and never a finding about itself.
                let silenced = suppressions.covering(rule: rule.id, line: finding.range.start.line).contains {
                    $0.rule == rule.id && $0.directive != directive
                }
                guard !silenced else { continue }
                var adjusted = finding
                adjusted.severity = severity
                results.append(adjusted)
            }
        }
        return results
    }
}
