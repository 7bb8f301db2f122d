/// Metadata and examples of kind `pairing`; they drive its tests, `learnlint explain` and docs/rules.md.
enum PairingRuleExamples {
    static let description = RuleKindDescription(
        kind: "pairing",
        defaultRuleID: "challenge-solution",
        summary: "Every challenge in the challenges section has a solution.",
        rationale: "TODO",
        defaultSeverity: .error,
        parameters: [
            RuleParameter("section", type: "section id", default: "challenges", "The section that holds the challenges."),
            RuleParameter("solutions_section", type: "section id", default: "solutions", "A separate solutions section."),
            RuleParameter("first", type: "list of strings", "Challenge keywords."),
            RuleParameter("then", type: "list of strings", "Solution keywords."),
            RuleParameter("report", type: "list", "Problems to report."),
        ],
        triggeringExamples: [],
        nonTriggeringExamples: [])
}
