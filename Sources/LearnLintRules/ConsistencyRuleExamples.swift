import LearnLintCore

/// Metadata and examples of kind `consistency`; they drive its tests, `learnlint explain` and docs/rules.md.
enum ConsistencyRuleExamples {
    static let description = RuleKindDescription(
        kind: "consistency",
        defaultRuleID: "spelling-consistency",
        summary: "A name or section title is spelled the way most documents of the corpus spell it.",
        rationale: """
            A corpus reads as one body of work when it spells the same thing the same way, and coverage \
            counts only what it can match. Each document records its heading titles and the names that lead \
            the items of its technologies section (bold text, or the text before a colon). Spellings are \
            grouped by a key that ignores case, spaces, hyphens and dots; when one spelling is used by at \
            least `min_documents` documents and `min_share` of those using any spelling, and no other \
            spelling ties with it, each document using another spelling gets a finding. Capitalising a \
            whole word (`python`, `Python`) is style, not spelling, unless `ignore_case_style` is false; \
            capitals inside a word (`GitHub`, `rabbitMQ`) and acronyms (`REST`) count. Names the \
            vocabulary rule knows are left to it. Code is never read.
            """,
        defaultSeverity: .warning,
        parameters: [
            RuleParameter("min_documents", type: "int", default: "3", "Documents that must use the majority spelling."),
            RuleParameter(
                "min_share", type: "number", default: "0.6",
                "Share of the documents spelling the name at all that must use the majority spelling."),
            RuleParameter("headings", type: "bool", default: "true", "Compare heading titles too."),
            RuleParameter(
                "section", type: "section id", default: "technologies",
                "Section whose items' leading names are compared (skipped when the configuration has no such section)."),
            RuleParameter(
                "ignore_case_style", type: "bool", default: "true",
                "Treat `python` / `Python` (whole-word capitalisation) as the same spelling."),
            RuleParameter(
                "defer_to_vocabulary", type: "bool", default: "true",
                "Leave names the vocabulary rule recognises (its `term_spellings` facts) to that rule."),
        ],
        triggeringExamples: [
            RuleExample(
                """
                ## Key Technologies
                - **↓Github Actions**: a pipeline on every push.
                - **Docker**: one image for every service.
                """, note: "Three other documents write “GitHub Actions”.",
                corpus: [
                    ("a/README.md", "## Key Technologies\n- **GitHub Actions**: CI.\n"),
                    ("b/README.md", "## Key Technologies\n- **GitHub Actions**: deployments.\n"),
                    ("c/README.md", "## Key Technologies\n- **GitHub Actions**: tests.\n"),
                ]),
            RuleExample(
                """
                ## Key Technologies
                - ↓rabbitMQ: the broker behind Celery.
                - Redis: the cache.
                """, note: "A name before a colon counts too.",
                corpus: [
                    ("a/README.md", "## Key Technologies\n- RabbitMQ: queues.\n"),
                    ("b/README.md", "## Key Technologies\n- **RabbitMQ**: a broker.\n"),
                    ("c/README.md", "## Key Technologies\n- **RabbitMQ** — messages.\n"),
                ]),
            RuleExample(
                """
                # My learnings

                ## 🧠 ↓Back-end Concepts
                Caching and queues.
                """, note: "Heading titles are compared too, without their emoji.",
                corpus: [
                    ("a/README.md", "## Backend Concepts\nIndexes.\n"),
                    ("b/README.md", "## 1. Backend Concepts:\nJoins.\n"),
                    ("c/README.md", "## Backend Concepts\nSignals.\n"),
                ]),
        ],
        nonTriggeringExamples: [
            RuleExample(
                """
                ## Key technologies
                - **python**: scripts.
                """, note: "Title case versus sentence case is style, not spelling.",
                corpus: [
                    ("a/README.md", "## Key Technologies\n- **Python**: web apps.\n"),
                    ("b/README.md", "## Key Technologies\n- **Python**: APIs.\n"),
                    ("c/README.md", "## Key Technologies\n- **Python**: tests.\n"),
                ]),
            RuleExample(
                """
                ## Key Technologies
                - **docker-compose**: local stacks.
                """, note: "A tie (two documents each way) has no majority.",
                corpus: [
                    ("a/README.md", "## Key Technologies\n- **docker-compose**: services.\n"),
                    ("b/README.md", "## Key Technologies\n- **Docker Compose**: services.\n"),
                    ("c/README.md", "## Key Technologies\n- **Docker Compose**: stacks.\n"),
                ]),
            RuleExample(
                """
                ## Key Technologies
                - `Github Actions`: the workflow file.
                - Github Actions, Docker and Redis.
                """, note: "Code is not prose, and only a leading name counts.",
                corpus: [
                    ("a/README.md", "## Key Technologies\n- **GitHub Actions**: CI.\n"),
                    ("b/README.md", "## Key Technologies\n- **GitHub Actions**: CD.\n"),
                    ("c/README.md", "## Key Technologies\n- **GitHub Actions**: tests.\n"),
                ]),
            RuleExample(
                """
                # alx-project-nexus

                ## Key Technologies
                - **Python**: APIs.
                """, note: "A repository name used as a title is an identifier, not a spelling of its words.",
                corpus: [
                    ("a/README.md", "# ALX Project Nexus\n\nNotes.\n"),
                    ("b/README.md", "# ALX Project Nexus\n\nMore notes.\n"),
                    ("c/README.md", "# ALX Project Nexus\n\nEven more notes.\n"),
                ]),
            RuleExample(
                """
                # ProDev Backend Engineering Program - Overview

                ## Key Technologies
                - **Python**: APIs.
                """, note: "A title of more than four words that is no configured section is the author's own words, not the spelling of a name.",
                corpus: [
                    ("a/README.md", "# ProDev Backend Engineering Program Overview\n\nNotes.\n"),
                    ("b/README.md", "# ProDev Backend Engineering Program Overview\n\nMore notes.\n"),
                    ("c/README.md", "# ProDev Backend Engineering Program Overview\n\nEven more notes.\n"),
                ]),
            RuleExample(
                """
                ## Key Technologies
                - **Github Actions**: pipelines.
                """, note: "Too few documents (fewer than `min_documents`) back the other spelling.",
                corpus: [
                    ("a/README.md", "## Key Technologies\n- **GitHub Actions**: CI.\n"),
                    ("b/README.md", "## Key Technologies\n- **GitHub Actions**: CD.\n"),
                ]),
        ])
}
