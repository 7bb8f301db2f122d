import LearnLintCore

/// Metadata and examples of kind `duplicates`; they drive its tests, `learnlint explain` and docs/rules.md.
enum DuplicatesRuleExamples {
    static let description = RuleKindDescription(
        kind: "duplicates",
        defaultRuleID: "near-duplicate",
        summary: "Two contributors' documents are nearly the same text.",
        rationale: """
            A learnings document is a personal record; a copy of someone else's teaches the copier little \
            and misleads coverage reports. Each document's prose (headings, code and HTML left out) is cut \
            into four-word shingles whose MinHash signature (128 values) is kept as a per-document fact; \
            LSH banding proposes candidate pairs so the cost grows about linearly with the corpus, and the \
            signatures estimate each pair's Jaccard similarity. Boilerplate is ignored: a signature value \
            that at least 5 documents and `boilerplate_share` of all documents hold at the same position \
            comes from shared template text and counts for nothing. Pairs by the same contributor, and \
            documents with fewer than `min_shingles` shingles, are not compared. Each document of a pair \
            gets a finding pointing at its twin.
            """,
        defaultSeverity: .warning,
        parameters: [
            RuleParameter("threshold", type: "number", default: "0.8", "Estimated Jaccard similarity at or above which two documents are near-duplicates."),
            RuleParameter("min_shingles", type: "int", default: "30", "Documents with fewer distinct four-word shingles are too short to judge."),
            RuleParameter(
                "boilerplate_share", type: "number", default: "0.02",
                "Share of documents (and at least 5) sharing a signature value that makes it boilerplate."),
        ],
        triggeringExamples: [
            RuleExample(
                """
                # What I learned

                During the programme I built a booking service with Django and a small React front end. \
                The hardest part was designing the database so that seats could not be sold twice, which \
                taught me how transactions and row locks work in PostgreSQL. I also learned to keep slow \
                work such as sending emails out of the request cycle by handing it to Celery workers, and \
                to measure every change before and after with a simple load test.
                """, note: "Another contributor's document differs by a few words.",
                corpus: [
                    (
                        "copier/README.md",
                        """
                        # My learnings

                        During the programme I built a booking service with Django and a small Vue front end. \
                        The hardest part was designing the database so that seats could not be sold twice, which \
                        taught me how transactions and row locks work in PostgreSQL. I also learned to keep slow \
                        work such as sending emails out of the request cycle by handing it to Celery workers, and \
                        to measure every change before and after with a simple load test.
                        """
                    )
                ]),
        ],
        nonTriggeringExamples: [
            RuleExample(
                """
                # What I learned

                During the programme I built a booking service with Django and a small React front end. \
                The hardest part was designing the database so that seats could not be sold twice, which \
                taught me how transactions and row locks work in PostgreSQL.
                """, note: "Different documents on the same subject are not near-duplicates.",
                corpus: [
                    (
                        "other/README.md",
                        """
                        # What I learned

                        My project was a library catalogue written with Django. Searching by author was slow until \
                        I added an index on the name column, and caching popular queries in Redis cut the response \
                        time in half. Writing tests first kept the refactoring honest.
                        """
                    )
                ]),
            RuleExample(
                """
                # What I learned

                During the programme I built a booking service with Django and a small React front end. \
                The hardest part was designing the database so that seats could not be sold twice, which \
                taught me how transactions and row locks work in PostgreSQL.
                """, note: "The same contributor (here: the same folder name) may repeat themselves.",
                corpus: [
                    (
                        "archive/example/README.md",
                        """
                        # What I learned

                        During the programme I built a booking service with Django and a small React front end. \
                        The hardest part was designing the database so that seats could not be sold twice, which \
                        taught me how transactions and row locks work in PostgreSQL.
                        """
                    )
                ]),
            RuleExample(
                """
                # Notes

                Django, Docker and PostgreSQL, every week.
                """, note: "Documents too short to judge are not compared.",
                corpus: [("short/README.md", "# Notes\n\nDjango, Docker and PostgreSQL, every week.\n")]),
        ])
}
