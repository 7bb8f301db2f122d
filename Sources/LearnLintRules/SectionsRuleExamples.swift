import LearnLintCore

/// Metadata and examples of kind `sections`; they drive its tests, `learnlint explain` and docs/rules.md.
enum SectionsRuleExamples {
    static let description = RuleKindDescription(
        kind: "sections",
        defaultRuleID: "required-sections",
        summary: "Required sections are present, not empty, in order, not duplicated, and list enough items.",
        rationale: """
            A learnings document is useful to readers and to coverage reports only when its key parts can \
            be found. Titles are compared after normalisation (emoji, mojibake, numbering, punctuation and \
            case removed) against case-insensitive wildcard patterns, at any heading level; a bold list item, \
            a plain or numbered list item whose whole text is a title (`1. Core Backend Technologies`), or a bold \
            paragraph, that introduces a list also counts as a section. A section with `content: terms` or \
            `content: concepts` that no title matches is found by what it lists: under a title that says nothing \
            ("What I Learned", "Overview", "Key Features", "Program Highlights"), or inside a part found as the \
            other content section (a merged "Technologies & What I Learned"), a group of at least three entries \
            (the part's list items and table rows, or the titles of its sub-headings) more than half of which are \
            known technology names (only names: `Payments through Chapa` is a feature, not a name) or concepts \
            of the `concepts:` catalogue. How such a section was recognised is recorded in the document's \
            `sections_by_content` fact (title, line, group, entries, matching). A bold label (`**Challenges:** …`) \
            shows a part is there, except in a features or contents list (`## What's Inside`) or when it \
            describes the document ("– what you will find here"); a table-of-contents link is never a section.
            """,
        defaultSeverity: .error,
        parameters: [
            RuleParameter(
                "sections", type: "list",
                "Each section: `id`, `title` (shown in messages), `match` (wildcard patterns), optional `min_items`, `required` (default true), `content` (`terms` or `concepts`: also found by what it lists)."),
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
            RuleExample(
                """
                ↓# Project Nexus

                ## What You Will Find Here
                - **Key Technologies** – the stack, described below
                - **Challenges & Solutions** – what you will find here

                ## Key Technologies
                - Python
                - Django
                """, note: "A contents list whose bold items describe the document is not the parts it names."),
            RuleExample(
                """
                ↓# Project Nexus
                - [Key Technologies](#key-technologies)
                - **[Challenges](#challenges)**
                  - [Docker networking](#docker-networking)

                ## Key Technologies
                - Python
                - Django
                """, note: "A table-of-contents link points at a section; it is not one."),
            RuleExample(
                """
                ↓## Overview
                - Users can sign up and log in
                - Payments through Chapa
                - Listings deployed on Heroku

                ## Challenges
                Docker networking was hard.
                """, note: "A title that says nothing over items that are features, not names, is not the technologies section.",
                configuration: """
                    sections:
                      - { id: technologies, title: Key Technologies, match: ["key technolog*"], content: terms }
                      - { id: challenges, title: Challenges, match: ["challenge*"] }
                    """),
        ],
        nonTriggeringExamples: [
            RuleExample(
                """
                1. Core Backend Technologies
                   - Python
                   - Django
                2. Challenges
                   - Docker networking was hard; I read the docs.
                """, note: "A numbered or plain list item whose whole text is a title, over a nested list, is a section.",
                configuration: """
                    sections:
                      - { id: technologies, title: Key Technologies, match: ["*technolog*"], min_items: 2 }
                      - { id: challenges, title: Challenges, match: ["challenge*"] }
                    """),
            RuleExample(
                """
                ## What I Learned
                - **Python**: the language of every project
                - **Databases**: PostgreSQL, Redis

                ## Challenges
                Docker networking was hard.
                """, note: "A title that says nothing over mostly known technology names is the technologies section (3 of 3 names known).",
                configuration: """
                    sections:
                      - { id: technologies, title: Key Technologies, match: ["key technolog*"], min_items: 2, content: terms }
                      - { id: challenges, title: Challenges, match: ["challenge*"] }
                    """),
            RuleExample(
                """
                ## Technologies & What I Learned
                - Django
                - Celery

                ### Caching
                Per-view caching with Redis.

                ### Design Patterns
                Services and repositories.

                ### Performance and Scalability
                Indexes first.

                ## Challenges
                Celery beat ran every task twice.
                """, note: "Sub-headings that are mostly catalogue concepts make the concepts section, even inside a merged technologies part.",
                configuration: """
                    sections:
                      - { id: technologies, title: Key Technologies, match: ["*technolog*"], content: terms }
                      - { id: concepts, title: Concepts, match: ["*concept*"], content: concepts }
                      - { id: challenges, title: Challenges, match: ["challenge*"] }
                    """),
            RuleExample(
                """
                # **🚀 Key Technologies 🚀**
                - Python
                - Django

                ## \u{00A0}🧗 **Challenges & Solutions!!!**\u{00A0}🧗
                Docker networking was hard; I read the docs.
                """, note: "Headings bold-wrapped at any level, padded with no-break spaces, with emoji on both sides and trailing punctuation runs."),
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
                ## Key Technologies
                - Python
                - Django

                ## Challenges
                ### Challenge: token expiry
                Tokens expired mid-session.
                ### Solution
                Refresh tokens.
                ### Challenge: cold starts
                Start-up took 40 seconds.
                ### Solution
                Preloaded the app.
                """,
                note: "A `### Solution` after each challenge inside the challenges section is part of it, not a duplicated solutions section.",
                configuration: """
                    sections:
                      - { id: technologies, title: Key Technologies, match: ["key technolog*"] }
                      - { id: challenges, title: Challenges, match: ["challenge*"] }
                      - { id: solutions, title: Solutions, match: ["solution*"], required: false }
                    """
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
