/// Triggering and non-triggering examples of each pairing heuristic: small challenges sections.
/// A heuristic *fires* on an example when switching it off changes what the rule concludes
/// (challenges counted, paired, or reported); the tests check both lists, `explain` prints them.
/// Non-triggering examples include the counter-examples each heuristic must resist.
enum PairingHeuristicExamples {
    struct Example: Sendable {
        var markdown: String
        var fires: Bool
    }

    static func examples(of heuristic: PairingHeuristic) -> [Example] {
        (triggering[heuristic] ?? []).map { Example(markdown: $0, fires: true) }
            + (nonTriggering[heuristic] ?? []).map { Example(markdown: $0, fires: false) }
    }

    private static let challenges = "## Challenges\n"
    private static let promised = "## Challenges Faced and Solutions Implemented\n"

    static let triggering: [PairingHeuristic: [String]] = [
        .solutionWord: [
            challenges + "- **Challenge:** Builds were slow; layer caching was the fix.\n",
            challenges + "- **Slow Docker builds**: the trick is to copy `requirements.txt` before the code.\n",
        ],
        .inlineSolutionLabel: [
            challenges + "- **Challenge:** The cache was stale more often than not. Solution: delete the key on update.\n"
        ],
        .actionClause: [
            challenges + "- **Challenge:** Builds were slow. I cached the dependency layers.\n",
            // The action after a turn connector inside the clause that tells the problem.
            challenges + "- Timezone bugs were everywhere until we stored everything in UTC.\n",
        ],
        .outcomeClause: [
            challenges + "- **Imposter syndrome**: I felt like a fraud for weeks, and steady practice paid off.\n",
            challenges + "- **Writing tests first** was hard, but pairing with a peer made it natural.\n",
        ],
        .arrowOutcome: ["## Key Challenges\n- **Docker image size** → multi-stage builds cut it by 70%.\n"],
        .promisedOutcome: [
            promised + "- **Query plans**: EXPLAIN output was confusing at first. A mentor walked me through it.\n"
        ],
        .promisedAnswer: [promised + "- **Scaling**: Horizontal scaling behind a load balancer.\n"],
        .storyLabel: [challenges + "- **Challenge:** Learning GraphQL after REST.\n  - **Lesson:** Start with the schema.\n"],
        .nestedSolution: [challenges + "- **Challenge:** Celery tasks ran twice.\n  - **Solution:** A Redis lock.\n"],
        .tableAnswer: [challenges + "| Challenge | Solution |\n|---|---|\n| Slow CSV export | Streamed the rows |\n"],
        .doneSymbol: [challenges + "- ✅ Docker networking\n"],
        .summaryParagraph: [challenges + "- Docker networking\n- Flaky tests\n\nI solved both by reading the documentation.\n"],
        .proseFollowUp: [
            challenges + "The hardest part was understanding Django signals during bulk updates.\n\n"
                + "Moving the logic into the service layer, I called it explicitly.\n"
        ],
        .negation: [
            challenges + "- **Challenge:** A memory leak in the worker, not solved yet.\n",
            challenges + "I did not face any major challenges.\n",
        ],
        .unfinishedNeedsDenial: [challenges + "- **Indexing**: a composite index; queries still finish in 3 ms.\n"],
        .attitudeVerb: [challenges + "- **Asking for help**: I felt out of place in the forums, I hesitated to ask.\n"],
        .placeholder: [
            challenges + "- **Challenge:** [e.g., describe a challenge you faced]\n- **Challenge:** Migrations conflicted.\n"
                + "  - **Solution:** One migration branch.\n"
        ],
        .emptySolutionLabel: [challenges + "- **Challenge:** The cache served stale prices.\n  - **Solution:**\n"],
        .pointsElsewhere: [
            challenges + "- Docker networking was confusing.\n- Tests failed on CI.\n\n"
                + "The solutions to these are described in the Best Practices section.\n"
        ],
        .labelWithList: [
            challenges + "**Challenge:**\n- The API had to serve ten times more traffic.\n- The database was the bottleneck.\n\n"
                + "**Solution:**\n- Added read replicas.\n"
        ],
        .terseTitle: [challenges + "- **Scaling**: Horizontal scaling behind a load balancer.\n"],
        .terseStory: [challenges + "* **Deployment**\n  * Zero-downtime deploys with rolling updates.\n"],
        .codeInStory: [challenges + "- **Challenge:** N+1 queries.\n\n  ```python\n  Book.objects.select_related()\n  ```\n"],
        .endsWithoutDifficulty: [challenges + "- The docker was hard to install. Finally WSL2 is working good.\n"],
        .vagueProse: [challenges + "Learning Kubernetes took most of my evenings.\n"],
        .unlabelledHeading: [challenges + "### Docker networking\nContainers could not reach each other.\n"],
    ]

    static let nonTriggering: [PairingHeuristic: [String]] = [
        .solutionWord: [
            challenges + "- **Challenge:** Builds were slow; the fixtures were stale.\n",
            challenges + "- **Challenge:** The tricky part was the cache, and it is still slow.\n",
        ],
        .inlineSolutionLabel: [challenges + "- **Challenge:** Builds were slow. The solution architecture had three layers.\n"],
        .actionClause: [
            // The counter-examples: what tells the problem is no action.
            challenges + "- **Friday deploys**: I ran a migration without a backup, I broke production.\n",
            challenges + "- **Asking for help**: I felt lost and I hesitated to ask.\n",
            challenges + "- **Celery**: I spent two days on a task that kept failing.\n",
            challenges + "- **Deploys**: The build broke so we couldn't deploy.\n",
        ],
        .outcomeClause: [
            challenges + "- **Deadlines**: I fell behind and nothing helped.\n",
            challenges + "- **Deadlines**: I fell behind and nothing made it easier.\n",
        ],
        .arrowOutcome: [challenges + "- **Flaky tests** → still failing on CI.\n"],
        .promisedOutcome: [challenges + "- **Query plans**: EXPLAIN output was confusing at first. A mentor walked me through it.\n"],
        .promisedAnswer: [challenges + "- **Scaling**: Horizontal scaling behind a load balancer.\n"],
        .storyLabel: [challenges + "- **Challenge:** Keeping up with weekly deadlines.\n  - **Outcome:** still behind on two projects.\n"],
        .nestedSolution: [challenges + "- **Challenge:** Celery tasks ran twice.\n  - It happened after each deploy.\n"],
        .tableAnswer: [challenges + "| Challenge | Solution |\n|---|---|\n| Slow CSV export | TBD |\n"],
        .doneSymbol: [challenges + "- ❌ Docker networking was confusing.\n- ✅ A user-defined bridge network.\n"],
        .summaryParagraph: [
            challenges + "- Docker networking\n- Flaky tests\n\nThe solutions are described in the next section.\n"
        ],
        .proseFollowUp: [
            challenges + "The hardest part was understanding Django signals during bulk updates.\n\nIt took me a week.\n"
        ],
        .negation: [challenges + "- **Challenge:** A memory leak in the worker; I solved it with a restart policy.\n"],
        .unfinishedNeedsDenial: [challenges + "- **Service mesh**: I still don't understand mutual TLS.\n"],
        .attitudeVerb: [challenges + "- **Queues**: Reports timed out. I decided to use Celery.\n"],
        .placeholder: [challenges + "- **Challenge:** Migrations conflicted [again].\n"],
        .emptySolutionLabel: [challenges + "- **Challenge:** The cache served stale prices.\n  - **Solution:** delete the key on update.\n"],
        .pointsElsewhere: [challenges + "- Docker networking\n- Flaky tests\n\nI solved both by reading the documentation.\n"],
        .labelWithList: [challenges + "- **Challenge:** The API was slow.\n  - **Solution:** Added read replicas.\n"],
        .terseTitle: [challenges + "- **Flaky DNS**: containers could not resolve each other.\n"],
        .terseStory: [challenges + "* **Deployment**\n  * Still investigating why pods restart.\n"],
        .codeInStory: [challenges + "- **Challenge:** N+1 queries on the orders page.\n"],
        .endsWithoutDifficulty: [challenges + "- Kubernetes ingresses are hard. I still don't understand them.\n"],
        .vagueProse: [challenges + "The hardest part was Kubernetes networking.\n"],
        .unlabelledHeading: [challenges + "### Challenge 1: Docker networking\nContainers could not reach each other.\n"],
    ]
}
