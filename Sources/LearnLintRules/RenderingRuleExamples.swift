import LearnLintCore

/// Metadata and examples of kind `rendering`; they drive its tests, `learnlint explain` and docs/rules.md.
enum RenderingRuleExamples {
    static let description = RuleKindDescription(
        kind: "rendering",
        defaultRuleID: "rendering-pitfalls",
        summary:
            "The document renders on GitHub the way it reads in an editor: no unclosed fence, escaped or indented Markdown, pasted leftovers, mojibake or dead contents links.",
        rationale: """
            Learnings documents are often pasted from a chat assistant, a word processor or a web page, \
            and then render on GitHub nothing like what the author saw; such a document merely "misses \
            every section". This rule says why, at the line: a code fence that is never closed (and the \
            headings it swallows) or that wraps the whole document, `##Title` without its space, backslash-escaped Markdown, headings or lists indented into a code \
            block, `•` bullets, tab-separated tables and bare title lines, a chat code box's `python` / \
            `Copy code` labels and "Sure! Here's …" replies, a `---` or `===` that makes a heading of a \
            paragraph, merge-conflict markers, mojibake (`ðŸ“š` for 📚), and `#fragment` links that match \
            no heading's GitHub anchor (lower case, punctuation and emoji dropped, spaces to `-`, repeats \
            numbered `-1`, `-2`). When a required section is missing because its title is hidden this way, \
            the sections rule's finding says so and points at the line. `learnlint fix` applies only the \
            safe repairs: unescaping, `•` → `- `, the space of `##Title`, mojibake that decodes unambiguously, and an anchor that \
            differs from a heading's only in hyphens. Code blocks, code spans and HTML are never read as text.
            """,
        defaultSeverity: .warning,
        parameters: [
            RuleParameter(
                "pitfalls", type: "list of pitfall ids",
                default: "[" + RenderingPitfall.Kind.allCases.map(\.rawValue).joined(separator: ", ") + "]",
                "The pitfalls to look for.")
        ],
        triggeringExamples: [
            RuleExample(
                """
                ## Setup
                ↓```bash
                pip install django

                ## Key Technologies
                - Django
                """, note: "A fence that is never closed: the heading after it renders as code."),
            RuleExample(
                """
                ## Setup
                ↓```
                pip install django

                ## Key Technologies
                ```bash
                python manage.py runserver
                ```
                """,
                note: "A fence left open pairs with the next one: `bash` opens nothing and code and text trade places."),
            RuleExample(
                """
                ↓```markdown
                # My learnings

                ## Key Technologies
                - Django

                ## Challenges
                - Slow queries
                ```
                """, note: "A chat answer copied with its `markdown` box: the whole document shows as source."),
            RuleExample(
                """
                ↓##Key Technologies
                - Django

                ↓#Challenges Faced
                """, note: "No space after the `#`s: GitHub shows the line as text (`fix` adds the space)."),
            RuleExample(
                """
                ↓\\## Key Technologies
                \\- Django
                \\- PostgreSQL

                ↓\\*\\*Challenge:\\*\\* slow queries
                """, note: "Escaped Markdown shows as typed; `fix` removes the backslashes."),
            RuleExample(
                """
                ## Key Technologies

                    ↓- Django
                    - PostgreSQL

                Notes from the programme.

                    ↓## Challenges
                    Deploying was hard.
                """, note: "A list or heading indented four spaces outside a list is a code block."),
            RuleExample(
                """
                ## Key Technologies
                ↓•\tDjango
                •\tPostgreSQL
                \u{F0B7} Redis

                ## Challenges
                ↓Challenge\tSolution
                Slow queries\tIndexes
                """,
                note: "Word-processor bullets (`fix` writes `- `) and a tab-separated table render as one paragraph."),
            RuleExample(
                """
                ↓Key Technologies

                Django, PostgreSQL and Redis.

                ↓Challenges

                Slow queries, which indexes solved.
                """, note: "Bare title lines in a document with no Markdown markup at all are paragraphs."),
            RuleExample(
                """
                ↓Sure! Here's a README for your project:

                ## Setup
                ↓bash
                Copy code
                pip install django
                """, note: "A chat assistant's reply and its code box's label and button, pasted with the answer."),
            RuleExample(
                """
                ## Projects
                I built an API with Django and deployed it to Render.
                ↓---

                ## Key Technologies
                ↓<<<<<<< HEAD
                - Django
                =======
                - Flask
                >>>>>>> feature
                """, note: "A `---` right under a sentence makes a heading of it; a merge conflict was committed."),
            RuleExample(
                """
                ## ↓ðŸ”§ Key Technologies
                - Django, it↓â€™s great
                """, note: "Mojibake; `fix` restores 🔧 and ’."),
            RuleExample(
                """
                ## Contents
                - ↓[Key Technologies](#key-technologies)
                - ↓[Challenges](#challenges)

                ## 🔧 Key Technologies
                - Django
                """,
                note:
                    "The emoji heading's anchor is `#-key-technologies` (`fix` writes it); no heading is “Challenges”."),
        ],
        nonTriggeringExamples: [
            RuleExample(
                """
                Run the server:

                    python manage.py runserver
                    # then open http://localhost:8000

                ```bash
                # install the dependencies
                pip install django
                ```
                """, note: "A deliberately indented code block, and a closed fence with `#` comments."),
            RuleExample(
                """
                Key Technologies
                ----------------
                - Django

                I built an API with Django.

                ---

                ## Challenges
                """, note: "A real setext heading, and a real `---` thematic break after a blank line."),
            RuleExample(
                """
                Use \\* for multiplication, and C\\# is a language.
                2024\\. was the year I started.
                Bad encodings show `â€™` instead of an apostrophe, in a café or anywhere.
                I used python and bash daily; copy the file first.

                Languages I tried:
                python
                go
                """, note: "Escapes used correctly in prose, mojibake quoted in code, and ordinary words."),
            RuleExample(
                """
                ## Key Technologies
                - Django

                #100DaysOfCode kept me going, and testing was my #1 priority.

                #include <stdio.h>

                My README template:

                ```markdown
                ## Key Technologies
                ## Challenges
                ```
                """, note: "A hashtag, a number, and a short Markdown example inside a document."),
            RuleExample(
                """
                - [Key Technologies](#-key-technologies)
                - [Second challenges](#challenges-1)
                - [Top](#top)
                - [Back to top](#readme)

                ## 🔧 Key Technologies
                - Django

                ## Challenges
                ## Challenges
                """, note: "Links to a heading with emoji in its title, to a repeated heading, and to the top (`#top`, or `#readme`: the box GitHub shows a README in)."),
            RuleExample(
                """
                ```text
                <<<<<<< HEAD
                - Django
                =======
                - Flask
                >>>>>>> feature
                ```
                """, note: "A merge conflict shown inside a code block is an example, not a leftover."),
        ])
}
