import LearnLintCore

/// Metadata and examples of kind `placeholders`; they drive its tests, `learnlint explain` and docs/rules.md.
enum PlaceholdersRuleExamples {
    static let description = RuleKindDescription(
        kind: "placeholders",
        defaultRuleID: "template-placeholders",
        summary: "No template leftovers such as `[Your Name]`, `TODO`, `Lorem ipsum` or `<add here>` in the prose.",
        rationale: """
            Learners often start from a template; a placeholder left in place tells the reader the \
            document is unfinished. Patterns are literal text with `*` wildcards (never regular \
            expressions); a pattern with a capital letter matches case-sensitively, so `TODO` does not \
            catch “a todo app”, and words match only as whole words. Code spans, fenced code and URLs are \
            never searched; HTML only for patterns starting with `<`, and HTML comments never.
            """,
        defaultSeverity: .warning,
        parameters: [
            RuleParameter(
                "patterns", type: "list of strings",
                default: "[\"[your *]\", \"[insert *]\", \"[add *]\", \"[describe *]\", \"[list *]\", \"[write *]\", \"<your *>\", \"<insert *>\", \"<add *>\", \"<describe *>\", \"{{*}}\", TODO, TBD, FIXME, lorem ipsum]",
                "Placeholder texts; `*` matches up to 60 characters on one line.")
        ],
        triggeringExamples: [
            RuleExample(
                """
                # Learnings of ↓[Your Name]

                ## Key Technologies
                - Python
                - ↓TODO: list the others
                - ↓[List the technologies you used]

                ## Challenges
                - Deployment: ↓TBD
                - The last project is ↓TBD.
                """, note: "A bracketed template field, and markers that stand alone, open a line or follow a colon."),
            RuleExample(
                """
                ## Challenges
                ↓Lorem ipsum dolor sit amet.

                - Solution: ↓<add here>
                - Challenge: ↓[Describe the challenge]
                - Solution: ↓<describe how you solved it>
                - Written by ↓{{ author }}
                """, note: "Filler text, an HTML-looking field and a template variable."),
        ],
        nonTriggeringExamples: [
            RuleExample(
                """
                ## Projects
                I built a todo app with Django and wrote `# TODO` markers while refactoring.

                ```html
                <p>{{ user.name }}</p>
                ```

                <!-- TODO: add a diagram -->
                """, note: "Lowercase “todo”, code spans, fenced code and HTML comments are not leftovers."),
            RuleExample(
                """
                ## Key Technologies
                - [Django](https://www.djangoproject.com): [your first app](https://docs.djangoproject.com/en/5.0/intro/)
                - TODOS and TBDs are plural words, not placeholders.
                """, note: "Link text without brackets and longer words do not match."),
            RuleExample(
                """
                ## Challenges
                - I tracked bugs with the TODO comments in my code.
                - Don't leave TBD sections in a design doc: decide, or write down why not.
                """, note: "A marker between two words of a sentence talks about markers; it is not one."),
        ])
}
