import LearnLintCore

/// Metadata and examples of kind `vocabulary`; they drive its tests, `learnlint explain` and docs/rules.md.
enum VocabularyRuleExamples {
    static let description = RuleKindDescription(
        kind: "vocabulary",
        defaultRuleID: "technology-names",
        summary: "Technology names are written the canonical way (`GitHub Actions`, not `Github Actions`), with a fix.",
        rationale: """
            Readers, searches and coverage reports need one name per technology. A mention is found on whole \
            words, case-insensitively unless the term says `case_sensitive`, across space, hyphen, dot and \
            slash variants (`docker-compose` is `Docker Compose`), longest match first (`JavaScript`, not \
            `Java`), in headings, paragraphs, list items and table cells, never in code, URLs, link \
            destinations, HTML or front matter, nor in file names, paths and addresses (`settings.py`, \
            `github.com`). A spelling that is neither the canonical name nor an accepted alias is a warning \
            whose fix writes the accepted spelling it varies (a case or separator variant of an alias becomes \
            that alias, anything else the canonical name); `learnlint fix` applies it. A spelling joined to \
            another word by `-` or `/` (`redis-py`) still counts as a mention but is never corrected. Spellings \
            listed as `ambiguous` (`Go`, `Express`) are ordinary words too and count only in the technologies \
            section, or right beside another name (`Swagger + postman`, `Heroku and Render`). A word no term \
            spells that is one letter (two from eight letters on) away from exactly one known name with the \
            same first letter (`Kuberentes`, `PostgrSQL`, `Djnago`; below seven letters a changed letter must be \
            a neighbouring key, so `Bazel` is not `Babel`), in the technologies section, beside another \
            name, or shaped like a name (a capital inside it, or a capital mid-sentence), is a near misspelling: \
            a warning with the fix. An English word (a bounded list from Debian's wamerican) never is, nor a \
            word that extends a name (`Pythonic`, `Djangos`), in capitals, with digits or in a path. Items of \
            that section that name no known term get an `info` finding, so teams grow the \
            vocabulary from real use. The canonical names a document mentions are recorded as its `terms`, \
            and each distinct spelling as `term_spellings`.
            """,
        defaultSeverity: .warning,
        parameters: [
            RuleParameter(
                "terms", type: "list",
                "Each term: `name` (canonical), `aliases` (accepted other names), `reject` (wrong spellings), `case_sensitive` (default false), `ambiguous` (true, or the spellings that are also ordinary words). A plain string is a term with no other spellings."
            ),
            RuleParameter(
                "extra_terms", type: "list", default: "[]",
                "More terms, added to `terms` (to extend an inherited vocabulary without repeating it)."),
            RuleParameter(
                "aliases_are", type: "ok or info", default: "ok",
                "Whether an alias (`K8s`) is fine or an `info` finding (never fixed)."),
            RuleParameter(
                "section", type: "section id", default: "technologies",
                "The section whose items name technologies and where ambiguous spellings count."),
            RuleParameter(
                "unknown", type: "bool", default: "true",
                "Report items of that section that name no known term, as `info`."),
            RuleParameter(
                "near_misses", type: "bool", default: "true",
                "Report near misspellings of known names (`Kuberentes` → `Kubernetes`), never an English word."),
        ],
        exampleConfiguration: """
            terms:
              - { name: GitHub Actions, reject: ["Github Actions", "GitHub Action"] }
              - GitHub
              - { name: Kubernetes, aliases: [K8s], reject: [Kubernates] }
              - { name: PostgreSQL, aliases: [Postgres], reject: [PostgresSQL] }
              - { name: Docker Compose, reject: [docker-compose] }
              - { name: RabbitMQ, reject: [Rabbit MQ] }
              - { name: React, aliases: [React.js], case_sensitive: true }
              - { name: REST, aliases: [RESTful, RESTful API], reject: [Restful API], case_sensitive: true }
              - { name: Go, aliases: [Golang], ambiguous: [Go] }
              - { name: JavaScript, reject: [Java Script] }
              - Java
              - Python
              - Docker
              - Django
              - Redis
            """,
        triggeringExamples: [
            RuleExample(
                "We deploy with ↓Github Actions to ↓Kubernates and store data in ↓PostgresSQL.",
                note: "Rejected spellings: each is fixed to the canonical name."),
            RuleExample(
                "I learned ↓python, ↓Rabbit MQ and ↓rabbitMQ, and ran everything with ↓docker-compose.",
                note: "A spelling that differs only in case or separators is a finding too."),
            RuleExample(
                "## Deploying with ↓Github\n\n| Tool | Use |\n|---|---|\n| ↓postgresql | storage |\n\nA ↓Restful API in ↓Java Script.",
                note:
                    "Headings and table cells are prose; a variant of an alias is fixed to that alias (`RESTful API`)."),
            RuleExample(
                "## Key Technologies\n- ↓go\n- Python\n- **Databases**: PostgreSQL, ↓Quuxbase\n- ↓Frobnicator: a build tool",
                note:
                    "In the technologies section, ambiguous spellings count, and items naming no known term are `info` hints."
            ),
            RuleExample(
                "## Key Technologies\n- Python\n- ↓DOCKER\n- Django",
                note: "A name in capitals among ordinary text is a case variant like any other."),
            RuleExample(
                "Deployed to ↓Kuberentes with ↓PostgrSQL behind it; the notes mention ↓Djnago twice.\n\n## Key Technologies\n- ↓dokcer\n- Redis",
                note: "Near misspellings of known names: a capital inside or mid-sentence, or an item of the technologies section."),
            RuleExample(
                "Endpoints were tried with Swagger + ↓postman.\n\n## Key Technologies\n- ↓postman - trying endpoints\n- Docker",
                note: "An English-word name in lower case is the tool beside another name or as an item of the technologies section.",
                configuration: """
                    extra_terms:
                      - Swagger
                      - { name: Postman, case_sensitive: true, reject: [postman], ambiguous: [postman] }
                    """),
            RuleExample(
                "We run ↓K8s in production; Kubernetes (K8s) schedules the pods.",
                note:
                    "With `aliases_are: info`, an alias is an `info` finding, unless it explains the name right before it.",
                configuration: "aliases_are: info"),
        ],
        nonTriggeringExamples: [
            RuleExample(
                """
                Each docket went to the postman; I once wrote djnago in a diary. Pythonic code, Djangos, dockers at the port.

                Postman collections and Swagger docs lived in the repository.
                """,
                note:
                    "English words (`docket`), lower-case words outside a technologies context, names extended by a suffix, and an English-word name used as English are not near misspellings.",
                configuration: """
                    extra_terms:
                      - Swagger
                      - { name: Postman, case_sensitive: true, reject: [postman], ambiguous: [postman] }
                    """),
            RuleExample(
                """
                ## Key Technologies
                - **RabbitMQ**: dead-letter queues gave failed messages somewhere to go.
                - Go
                """, note: "In the technologies section, a lower-case everyday word inside a sentence is still English."),
            RuleExample(
                """
                Run `docker-compose up`, then open <https://github.com/acme/github-actions>.

                ```bash
                pip install python github-actions
                ```

                Read [the guide](https://kubernates.io/rabbitmq) and <span title="Github">the notes</span>.
                """, note: "Code spans, fenced code, URLs, link destinations and HTML are not prose."),
            RuleExample(
                "Reactive streams were a good fit: JavaScript, not Java, ran in the browser. Users react quickly.",
                note: "Whole words only, longest match first; `React` is case-sensitive here, so the verb is not it."),
            RuleExample(
                "Go to the folder and go home: Golang, GitHub Actions, Kubernetes (K8s) and Postgres are fine.",
                note: "Ambiguous spellings do not count outside the technologies section; aliases are fine by default."),
            RuleExample(
                "Edit settings.py and docker-compose.yml, push .github/workflows to github.com, install redis-py in a Django-based app.",
                note: "File names, paths, addresses and hyphenated package names are not corrected."),
            RuleExample(
                "Set REDIS_URL to redis://localhost:6379/0 and the broker to amqp://guest@rabbitmq:5672 (see mongodb+srv://cluster0).",
                note: "Bare addresses of any scheme are not prose: their scheme and host are no spelling of a name."),
            RuleExample(
                """
                ---
                title: github actions and python notes
                ---
                ## Key Technologies
                - Python: the language of the course
                - I spent most of my time on deployment pipelines this month
                - **Docker**: images, volumes, networks
                """,
                note: "Front matter is not prose; sentences and described known names are not unknown technologies."),
            RuleExample(
                """
                ## KEY TECHNOLOGIES
                * PYTHON
                * DOCKER

                I USED DJANGO AND REDIS EVERY DAY.
                """, note: "Shouted text (all capitals, under a shouted title or in a shouted sentence) says nothing about spelling."),
            RuleExample(
                """
                ## Key Technologies
                - `python3` and `manage.py`
                - Containerization: Docker
                - Version control: GitHub
                - TODO

                | Area | Tools |
                |---|---|
                | Data | PostgreSQL, Redis |
                """,
                note: "Names in code, category labels (before a known name, or in a table's first cell) and template leftovers are not unknown technologies."),
            RuleExample(
                """
                ## Key Technologies
                - react
                - Python
                - Docker
                """,
                note: "A case-sensitive term written in another case (`react` for `React`) is a known technology, not one to add to rules.yaml."),
        ])
}
