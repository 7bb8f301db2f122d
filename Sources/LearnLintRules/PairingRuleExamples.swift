import LearnLintCore

/// Metadata and examples of kind `pairing`; they drive its tests, `learnlint explain` and docs/rules.md.
enum PairingRuleExamples {
    static let description = RuleKindDescription(
        kind: "pairing",
        defaultRuleID: "challenge-solution",
        summary: "Every challenge in the challenges section has a solution, whatever format the author chose.",
        rationale: """
            What went wrong and how it was solved is the heart of a learnings document, and a challenge \
            left without its solution is the most common gap. The rule reads the section the `sections` \
            rule calls `section` (and the `solutions_section` written right after it) and recognises the \
            common formats: `**Challenge:**` / `**Solution:**` bullets as siblings or nested, one bullet \
            holding both ("… To overcome this, I …"), separate challenges and solutions sections paired \
            by order, one heading per challenge, tables with challenge and solution columns, \
            `Problem:` / `Fix:` / `Resolution:` / `How I solved it:` labels, ❌ / ✅, bold item titles \
            with the story nested under them, and prose. It reports a challenge without a solution (at \
            the challenge, quoting its first words), a solution with no challenge before it, separate \
            sections whose counts differ, and a challenges section that names no challenge. Precision \
            comes first: where a format is ambiguous the rule counts but does not report. It records \
            `challenges` and `challenges_paired` for reports (null when there is no challenges section). \
            The heuristics and their limits are described in docs/pairing.md.
            """,
        defaultSeverity: .error,
        parameters: [
            RuleParameter(
                "section", type: "section id", default: "challenges",
                "The section (an id of the `sections` rule) that holds the challenges."),
            RuleParameter(
                "solutions_section", type: "section id", default: "solutions",
                "A separate solutions section, paired with the challenges by order when it comes right after them; `\"\"` turns it off."),
            RuleParameter(
                "first", type: "list of strings", default: "the built-in rules.yaml's: challenge, problem, issue, struggled, hard, ❌, …",
                "Words that label or name a challenge (`**Problem:**`, \"I struggled with\"); replaces the defaults."),
            RuleParameter(
                "then", type: "list of strings", default: "the built-in rules.yaml's: solution, fix, resolved, overcame, how i solved it, ✅, …",
                "Words that label or name a solution (`**Fix:**`, \"I resolved it by\"); replaces the defaults."),
            RuleParameter(
                "lexicon", type: "mapping", default: "the English lists of the built-in rules.yaml",
                "Named word lists of the heuristics (`difficulty`, `action_verbs`, `outcomes`, `placeholders`, …; docs/pairing.md lists them); each replaces its default."),
            RuleParameter(
                "disable", type: "list of strings", default: "none",
                "Heuristics to switch off by name (`learnlint explain challenge-solution --heuristics` lists them)."),
            RuleParameter(
                "report", type: "list", default: "all four",
                "Which problems to report: `unpaired-challenge`, `orphan-solution`, `count-mismatch`, `no-challenge`."),
        ],
        triggeringExamples: triggering,
        nonTriggeringExamples: nonTriggering)

    private static let triggering = [
        RuleExample(
            """
            ## Challenges Faced and Solutions Implemented
            - **Challenge:** Celery tasks ran twice after each deploy.
              - **Solution:** A Redis lock keeps a single scheduler alive.
            - ↓**Challenge:** Browser tests were flaky on CI.
            """, note: "A `**Challenge:**` bullet with no `**Solution:**` nested under it (or after it)."),
        RuleExample(
            """
            ## Challenges
            - **Problem:** Docker volumes left root-owned files behind.
            - **Fix:** Ran the container with my own user id.
            - ↓**Problem:** Nobody could reproduce the staging outage.
            - **Problem:** The schema drifted from the resolvers.
            - **Fix:** Generated the schema from code.
            """, note: "Alternating `Problem:` / `Fix:` siblings: a fix belongs to the problem right before it."),
        RuleExample(
            """
            ## Challenges
            - **Message ordering**: events arrived out of order. I fixed it by partitioning on the order id.
            - ↓**Flaky DNS**: containers could not resolve each other after a restart.
            """, note: "One bullet per challenge: the second never says how it was solved."),
        RuleExample(
            """
            ## Challenges Faced
            - **Slow builds**: every pipeline run took twenty minutes.
            - ↓**Secrets in logs**: tokens showed up in request logs.

            ## Solutions Implemented
            - **Layer caching**: dependencies are cached between runs.
            """, note: "Separate sections paired by order: two challenges, one solution."),
        RuleExample(
            """
            ## Challenges
            ### Challenge 1: Rate limiting
            Bots hammered the search endpoint.

            **Solution:** A token bucket in Redis.

            ↓### Challenge 2: Realistic fixtures
            Hand-written fixtures missed real edge cases.
            """, note: "One heading per challenge; the second has no solution paragraph or sub-heading."),
        RuleExample(
            """
            ## Challenges Faced and Solutions Implemented
            | Challenge | Impact | Solution |
            |---|---|---|
            | N+1 queries | slow feed | `select_related` |
            | ↓Cache stampede | CPU at 100% | TBD |
            """, note: "A table with a challenge column and a solution column: a blank or placeholder solution."),
        RuleExample(
            """
            ## Obstacles
            1. Problem: The build agent ran out of disk.
               Resolution: A nightly job prunes old images.
            2. ↓Problem: Selenium tests fail on Firefox only.
            """, note: "Numbered items with plain `Problem:` / `Resolution:` labels."),
        RuleExample(
            """
            ## 🧗 Challenges
            - ❌ Celery beat scheduled every task twice.
              - ✅ Only one beat process runs now.
            - ↓❌ Swagger docs drifted from the API.
            """, note: "Emoji labels: a ❌ with no ✅."),
        RuleExample(
            """
            ## Challenges
            ↓The hardest part was Kubernetes networking; services and ingresses seemed to overlap.
            """, note: "Prose that names a difficulty and no solution anywhere in the section."),
        RuleExample(
            """
            ## Challenges Faced
            - The docker was hard to install on Windows Home. Finally I use WSL2 and now it works.
            - ↓Kubernetes networking was confusing. I still don't understand ingresses.
            """, note: "A story that ends on a difficulty (\"still\") is reported however long it is."),
        RuleExample(
            """
            ## Challenges
            - ↓**Solution:** Switched the cache backend to Redis.
            - **Challenge:** Sessions disappeared between requests.
            - **Solution:** Stored sessions in the database.
            """, note: "A solution before any challenge."),
        RuleExample(
            """
            ## Challenges
            - ↓**Friday deploys**: I ran a migration without a backup, I broke production.
            - **Slow tests**: The suite took ten minutes. I split it into parallel jobs.
            """, note: "An action the author then undoes (\"…, I broke production\") solves nothing."),
        RuleExample(
            """
            ## Challenges
            - **Challenge:** Tests were slow.
              - **Solution:** Ran them in parallel.
            - ↓**Challenge:** The cache served stale prices.
              - **Solution:**
            """, note: "A solution label left empty is no solution."),
        RuleExample(
            """
            ↓## Challenges Faced and Solutions Implemented
            These were my main challenges:

            TBD
            """, note: "A challenges section that names no challenge (only an introduction and a placeholder)."),
    ]

    private static let nonTriggering = [
        RuleExample(
            """
            ## Challenges Faced
            - **Debugging**: hard-to-reproduce failures in the worker pool.
            - **Integration**: the services disagreed about date formats.

            ## Solutions Implemented
            - **Structured logging**: every log line carries a request id.
            - **Shared schema**: one JSON schema validates every message.
            """, note: "Separate challenges and solutions sections with the same number of items."),
        RuleExample(
            """
            ### Challenges Faced and Solutions Implemented:
            *   **Challenge:** Slow queries on large tables.
                *   **Solution:** Added indexes and `select_related`.
            """, note: "The solution nested under its challenge, one level deeper than usual."),
        RuleExample(
            """
            ## Challenges faced and solutions implemented
            During the program, I faced several challenges, including:
            - **Async programming**: I found it challenging at first. To overcome this, I built small projects.
            - **Testing**: Writing tests for edge cases was hard. I improved by studying pytest features.
            """, note: "One bullet holding both; a later sentence that reports an action is a solution too."),
        RuleExample(
            """
            #### Challenges Faced and Solutions Implemented
            - **Challenge**: Configuring containers for several services.
            - **Solution**: Docker Compose.
            - **Challenge**: Long-running background tasks.
            - **Solution**: Celery workers.
            """, note: "Alternating sibling bullets."),
        RuleExample(
            """
            ## Challenges
            I struggled with async views: requests hung on synchronous ORM calls.

            I resolved it by wrapping the calls with `sync_to_async`.
            """, note: "A prose paragraph and its solution."),
        RuleExample(
            """
            ## Challenges and How I Solved Them
            ### Challenge 1: Rate limiting
            Bots hammered the search endpoint.

            **Solution:** A token bucket in Redis.

            ### Challenge 2: Realistic fixtures
            Hand-written fixtures missed edge cases.

            #### How I solved it
            A script builds anonymised fixtures from a snapshot.
            """, note: "One heading per challenge, with a `**Solution:**` paragraph or a solution sub-heading."),
        RuleExample(
            """
            ## Challenges
            | ❌ Problem | Impact | ✅ Fix | Lesson |
            |---|---|---|---|
            | N+1 queries | slow feed | `select_related` | profile first |
            """, note: "A table with challenge, impact, solution and lesson columns."),
        RuleExample(
            """
            ## Obstacles
            1. Issue: Pre-commit hooks were skipped.
               How I solved it: the same checks run in CI.
            2. Problem: Disk filled up on the agent.
               Fix - a nightly prune job.
            """, note: "Numbered items with `Issue:` / `Problem:` and `How I solved it:` / `Fix -` labels."),
        RuleExample(
            """
            ## 🧗 Challenges
            - ❌ Celery beat scheduled every task twice.
              - ✅ Only one beat process runs, guarded by a lock.
            """, note: "Emoji labels."),
        RuleExample(
            """
            * **Challenges**
              * **Webhook retries**
                * Payment webhooks arrived twice.
                * Stored the event id and ignored repeats.
            """, note: "A bold item title with the story (and its solution) in the nested text."),
        RuleExample(
            """
            ## Challenges
            Most of my time went into following one request across the broker and the workers.
            """, note: "Prose too vague to judge: counted, not reported."),
        RuleExample(
            """
            ## Challenges Faced
            - Timezones in reports were wrong; I now store everything in UTC.
            - Time was not enough because I am working also. I make a schedule and follow it every day.
            - Docker was very hard on my old laptop. In the end a cloud VM is working good for me.
            """, note: "Solutions told in the present tense (\"I now store\", \"I make a schedule\"), or in words no list foresees after the first sentence: not reported."),
        RuleExample(
            """
            ## Challenges & Solutions
            - Slow queries → indexes on the foreign keys
            - Huge Docker image → multi-stage build on a slim base
            """, note: "`challenge → solution` in one bullet, with or without a bold title."),
        RuleExample(
            """
            ## Challenges and How I Overcame Them
            - Understanding GraphQL: built the same API in REST and GraphQL to compare them.
            - Docker volumes, which I learned by breaking my dev environment.
            - **Debugging Celery** was hard. Turning on eager mode in tests made failures visible.
            """, note: "Irregular past tenses, a relative clause and a gerund tell the solution."),
        RuleExample(
            """
            ## Challenges
            I did not face any major challenges, thanks to a great cohort.
            """, note: "A denial is not a challenge, even with words between the negation and the keyword."),
        RuleExample(
            """
            ## Challenges
            - It was difficult to understand async views at first, but after I watch some videos I understand it.
            """, note: "Non-native English: \"after I watch …\" tells what the author did."),
        RuleExample(
            """
            ## Overview
            Over the program I struggled with imposter syndrome.
            """, note: "No challenges section at all: the `sections` rule reports that, this rule stays silent."),
        RuleExample(
            """
            ## Challenges
            - **Challenge:** [e.g., describe a challenge you faced]

            **Challenge:**
            - The API had to serve ten times more traffic.
            - The database was the bottleneck.

            **Solution:**
            - Added read replicas.
            - Cached the hottest queries in Redis.

            **1. Deployment**
            Challenge: The container would not start on Render.
            Solution: Bound the server to the PORT variable.
            """, note: "A template field is no challenge; a label line and its list are one challenge (or one solution); numbered title lines over plain labels."),
    ]
}
