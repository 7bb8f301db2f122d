import LearnLintCore

/// Kind `suppressions`: reports suppression comments that name an unknown rule or directive, and
/// suppressions that silence nothing (so stale ones do not pile up and hide future problems).
///
/// Unlike other kinds it does not look at a document by itself: the linter applies a document's
/// suppression comments to the other rules' findings, then asks this rule about what it found.
public struct SuppressionsRule: Rule {
    public static let description = SuppressionsRuleExamples.description

    public let spec: RuleSpec
    public let reportUnknown: Bool
    public let reportUnused: Bool

    public init(spec: RuleSpec, catalog: SectionCatalog) throws(ConfigurationError) {
        self.spec = spec
        self.reportUnknown = try spec["report_unknown"]?.bool() ?? true
        self.reportUnused = try spec["report_unused"]?.bool() ?? true
    }

    /// Findings about a document's directives: unknown directives and ids, and the `unused` keys given.
    ///
    /// Each finding comes with the index of the directive it is about (nil for an unknown directive).
    package func findings(
        about suppressions: Suppressions, unknown: [UnknownSuppressionDirective], unused: [SuppressionUse],
        knownRules: [String], path: String, contributor: String?, corpusStage: Bool = false
    ) -> [(finding: Finding, directive: Int?)] {
        var results: [(finding: Finding, directive: Int?)] = []
        // Unknown words are reported once, when the document is checked, never again at the corpus stage.
        if reportUnknown, !corpusStage {
            for word in unknown {
                let words = SuppressionDirective.Action.allCases.map(\.word)
                var message = "unknown suppression directive “\(word.word)”"
                var data = FindingData(directive: word.word)
                if let best = Suggestion.closest(to: word.word, in: words) {
                    message += "; did you mean “\(best)”?"
                    data.suggestion = best
                } else {
                    message += "; use one of " + words.joined(separator: ", ")
                }
                results.append((make(message, path, word.range, contributor, data), nil))
            }
            for (index, directive) in suppressions.directives.enumerated() {
                for (position, id) in directive.rules.enumerated() where !knownRules.contains(id) {
                    var message = "unknown rule id “\(id)” in “\(directive.action.word)”"
                    var data = FindingData(id: id)
                    if let best = Suggestion.closest(to: id, in: knownRules) {
                        message += "; did you mean “\(best)”?"
                        data.suggestion = best
                    }
                    let range = directive.ruleRanges.indices.contains(position) ? directive.ruleRanges[position] : directive.range
                    results.append((make(message, path, range, contributor, data), index))
                }
            }
        }
        if reportUnused {
            for use in unused where suppressions.directives.indices.contains(use.directive) {
                let directive = suppressions.directives[use.directive]
                var data = FindingData(directive: directive.action.word, rule: use.rule)
                // Marks findings `merge` must recompute rather than copy from a shard report.
                if corpusStage { data.stage = .corpus }
                let message = "unused suppression “\(directive.written)”: " + scope(of: use, in: suppressions)
                results.append((make(message, path, directive.range, contributor, data), use.directive))
            }
        }
        return results
    }

    // MARK: - Private helpers

    /// Where the directive looked, in words: "no technology-names finding on line 12".
    private func scope(of use: SuppressionUse, in suppressions: Suppressions) -> String {
        let directive = suppressions.directives[use.directive]
        let what = use.rule == Suppressions.everyRule ? "no finding" : "no \(use.rule) finding"
        switch directive.action {
        case .disableFile: return "\(what) in this document"
        case .disableNextLine: return "\(what) on line \(directive.range.end.line + 1)"
        case .disable, .enable:
            if let end = suppressions.endLine(ofDisable: use.directive, key: use.rule) {
                return "\(what) from line \(directive.range.start.line) to the learnlint-enable on line \(end)"
            }
            return "\(what) from line \(directive.range.start.line) to the end of the document"
        }
    }

    private func make(
        _ message: String, _ path: String, _ range: SourceRange, _ contributor: String?, _ data: FindingData
    ) -> Finding {
        Finding(
            rule: id, kind: kind, severity: severity, message: message, path: path, range: range, contributor: contributor,
            data: data)
    }
}
