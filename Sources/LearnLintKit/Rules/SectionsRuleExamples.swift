/// Metadata and examples of kind `sections`; they drive its tests, `learnlint explain` and docs/rules.md.
enum SectionsRuleExamples {
    static let description = RuleKindDescription(
        kind: "sections",
        defaultRuleID: "required-sections",
        summary: "Required sections are present, not empty, in order, not duplicated, and list enough items.",
        rationale: """
            A learnings document is useful to readers and to coverage reports only when its key parts can \
            be found. Titles are compared after normalisation (emoji, mojibake, numbering, punctuation and \
            case removed) against case-insensitive wildcard patterns, at any heading level; a bold list item \
            or bold paragraph that introduces a list also counts as a section.
            """,
        defaultSeverity: .error,
        parameters: [
            RuleParameter(
                "sections", type: "list",
                "Each section: `id`, `title` (shown in messages), `match` (wildcard patterns), optional `min_items`, `required` (default true)."),
            RuleParameter(
                "extra_sections", type: "list", default: "[]",
                "More sections, added to `sections` (to extend inherited sections without repeating them)."),
            RuleParameter("order", type: "list of section ids", default: "[]", "The order the sections should appear in."),
            RuleParameter("empty", type: "bool", default: "true", "Report a section with no content."),
            RuleParameter("duplicates", type: "bool", default: "true", "Report a section title written twice."),
        ],
        exampleConfiguration: """
            sections:
              - { id: technologies, title: Key Technologies, match: ["key technolog*", "tech stack"], min_items: 2 }
              - { id: challenges, title: Challenges, match: ["challenge*"] }
            order: [technologies, challenges]
            """,
        triggeringExamples: [
            RuleExample(
                """
                ↓# My learnings

                ## Key Technologies
                - Python
                - Django
                """, note: "The challenges section is missing: reported once, at the top of the document."),
            RuleExample(
                """
                ↓## Challenges
                Docker networking was hard.

                ## Key Technologies
                - Python
                - Django
                """, note: "Sections out of the configured order: reported at the one that comes too early."),
            RuleExample(
                """
                ↓## 🔧 Key Technologies
                - Python

                ## Challenges
                Docker networking was hard.
                """, note: "Fewer items than `min_items`."),
            RuleExample(
                """
                ↓## Key Technologies
                - Python
                - [List the technologies you used]

                ## Challenges
                Docker networking was hard.
                """, note: "A template field left in the list is not an item."),
            RuleExample(
                """
                ## Key Technologies
                - Python
                - Django

                ↓## Challenges

                ## Conclusion
                Done.
                """, note: "An empty section."),
            RuleExample(
                """
                ## Key Technologies
                - Python
                - Django

                ## Challenges
                Docker was hard.

                ↓## Challenges
                So was Kubernetes.
                """, note: "The same section written twice."),
        ],
        nonTriggeringExamples: [
            RuleExample(
                """
                ## Key Technologies
                - **Backend**: Python, Django

                ## Week 1
                ### Challenges
                Generators were new to me.

                ## Week 2
                ### Challenges
                So was middleware.
                """,
                note:
                    "An item naming several entries counts each; the same title under different parents is one part per parent, not a duplicate."
            ),
            RuleExample(
                """
                <h2 align="center">Key Technologies</h2>

                - Python
                - Django

                <details>
                <summary><b>Challenges</b></summary>

                Docker networking was hard.

                </details>
                """, note: "HTML headings and the `<summary>` of a `<details>` block are headings too."),
            RuleExample(
                """
                ## Key Technologies
                - Python
                - Django

                <details><summary>Challenges</summary>
                <p>Docker networking was hard.</p>
                </details>
                """, note: "A `<details>` whose content is HTML is a section with content, not an empty one."),
            RuleExample(
                """
                ## 🎯 Major Learnings
                ### 1. Key Technologies Covered:
                - Python
                - Django

                ### Challenges Faced and Solutions Implemented
                Docker networking was hard; I read the docs.
                """, note: "Emoji, numbering, trailing colons and nesting one level deeper are fine."),
            RuleExample(
                """
                ðŸ“š Tech Stack
                ============
                - Python
                - PostgreSQL

                ## Challenges
                Docker networking was hard.
                """, note: "Setext headings and mojibake emoji are understood."),
            RuleExample(
                """
                * **Key Technologies**
                  * Python
                  * Docker

                **Challenges:**
                - Docker networking was hard.
                """, note: "Bold list items and bold paragraphs that introduce a list are sections."),
            RuleExample(
                """
                **Key Technologies:** Python, Django and Docker.

                - **Challenges** – Docker networking was hard; I read the docs.
                """, note: "A bold label with the content on the same line shows the part is there."),
            RuleExample(
                """
                ## Key Technologies
                ```bash
                # Challenges
                pip install django
                ```
                - Python
                - Django

                ## Challenges
                Docker networking was hard.
                """, note: "A `#` line inside fenced code is not a heading."),
        ])
}
