import LearnLintCore

/// Metadata and examples of kind `suppressions`; they drive its tests, `learnlint explain` and docs/rules.md.
enum SuppressionsRuleExamples {
    static let description = RuleKindDescription(
        kind: "suppressions",
        defaultRuleID: "suppressions",
        summary: "Suppression comments name known rules and directives, and each one suppresses something.",
        rationale: """
            `<!-- learnlint-disable RULE-ID -->` … `<!-- learnlint-enable RULE-ID -->`, \
            `<!-- learnlint-disable-next-line RULE-ID -->` and `<!-- learnlint-disable-file RULE-ID -->` \
            silence findings (no id: every rule; several ids: separated by spaces or commas). A misspelt id \
            or directive silences nothing without saying so, and a suppression left behind after the \
            problem was fixed would hide the next one: both are reported. A suppression of a rule that is \
            off for the document is not reported as unused. See docs/suppressions.md.
            """,
        defaultSeverity: .warning,
        parameters: [
            RuleParameter("report_unknown", type: "bool", default: "true", "Report unknown directives and rule ids (suggesting the closest)."),
            RuleParameter("report_unused", type: "bool", default: "true", "Report suppressions that suppress no finding."),
        ],
        triggeringExamples: [
            RuleExample(
                """
                <!-- learnlint-disable-next-line ↓required-section -->
                ## Key Technologies
                """, note: "An unknown rule id, reported where it is written with the closest known id."),
            RuleExample(
                """
                <!-- ↓learnlint-disable-line required-sections -->
                ## Key Technologies
                """, note: "An unknown directive (there is no `disable-line`; the closest is suggested)."),
            RuleExample(
                """
                # Notes

                ↓<!-- learnlint-disable-next-line -->
                Nothing on this line is reported by any rule.
                """, note: "A suppression that suppresses nothing."),
        ],
        nonTriggeringExamples: [
            RuleExample(
                """
                # Notes

                <!-- learnlint-disable-next-line -->
                Nothing on this line is reported by any rule.
                """, note: "Unused suppressions are not reported with `report_unused: false`.",
                configuration: "report_unused: false"),
            RuleExample(
                """
                Write `<!-- learnlint-disable-line -->` to … (in a code span it is text, not a directive).

                <!-- TODO: add the architecture diagram -->
                """, note: "Comments in code, and comments that are not learnlint directives, are ignored."),
        ])
}
