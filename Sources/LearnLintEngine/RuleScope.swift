import LearnLintRules

/// Which rules a run needs, from what its output reads: a run does only the work its output uses.
///
/// A check report (and a coverage report that lists findings) needs every rule that is on; coverage
/// read from facts alone needs only the rules that record those facts; `fix` needs only the rules
/// whose findings carry fixes. A smaller scope changes nothing the output shows: the same rules run
/// the same way on the same document, and the others' findings would have been dropped.
public enum RuleScope: Sendable, Equatable {
    /// Every rule that is on: a check report, a coverage report with findings (JSON, HTML).
    case all
    /// The rules that record coverage's facts (terms, challenges) and near-duplicate findings, which
    /// coverage flags: coverage in text, Markdown or CSV, which show no other finding.
    case coverageFacts
    /// The rules whose findings may carry a fix, and no corpus pass (`fix`, `fix --dry-run`).
    case fixes

    /// Whether a rule runs in this scope.
    func includes(_ rule: any Rule) -> Bool {
        switch self {
        case .all: return true
        case .coverageFacts: return RuleRoles.recordsCoverageFacts(rule)
        case .fixes: return RuleRoles.mayFix(rule)
        }
    }

    /// Whether the corpus pass runs at all (fixes are per document).
    var runsCorpusPass: Bool { self != .fixes }

    /// Facts only a check report shows (sections found by content, headings as written): skipped when
    /// nothing reads them. Headings also feed the consistency rule, which only `.all` runs.
    var recordsReportFacts: Bool { self == .all }
}
