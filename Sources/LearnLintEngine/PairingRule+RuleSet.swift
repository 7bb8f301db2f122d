import LearnLintRules

extension PairingRule {
    /// The trace of `text` (`learnlint explain challenge-solution --trace`) with a rule set's pairing rule.
    public static func trace(_ text: String, path: String, ruleSet: RuleSet, ruleID: String? = nil) -> [TraceEntry]? {
        trace(text, path: path, rules: ruleSet.rules, catalog: ruleSet.catalog, ruleID: ruleID)
    }
}
