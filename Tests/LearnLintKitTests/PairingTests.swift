import Foundation
import Testing
import LearnLintTestSupport

@testable import LearnLintCore
@testable import LearnLintRules
@testable import LearnLintConfiguration
@testable import LearnLintIO
@testable import LearnLintEngine
@testable import LearnLintReporters

/// The `pairing` kind on its fixtures, on the five real seeds, and its configuration and vocabulary.
@Suite struct PairingTests {
    /// Expected (challenges, paired, finding lines) per fixture under fixtures/pairing/.
    static let fixtureExpectations: [(name: String, challenges: Int, paired: Int, lines: [Int])] = [
        ("split-sections-paired", 3, 3, []),
        ("split-sections-unpaired", 3, 2, [16]),
        ("nested-paired", 2, 2, []),
        ("nested-unpaired", 2, 1, [16]),
        ("one-bullet-paired", 3, 3, []),
        ("one-bullet-unpaired", 2, 1, [18]),
        ("alternating-paired", 2, 2, []),
        ("alternating-unpaired", 3, 2, [19]),
        ("prose-paired", 1, 1, []),
        ("prose-unpaired", 1, 0, [15]),
        ("heading-per-challenge-paired", 2, 2, []),
        ("heading-per-challenge-unpaired", 2, 1, [20]),
        ("table-paired", 2, 2, []),
        ("table-unpaired", 3, 1, [18, 19]),
        ("numbered-labels-paired", 2, 2, []),
        ("numbered-labels-unpaired", 3, 2, [19]),
        ("emoji-paired", 2, 2, []),
        ("emoji-unpaired", 2, 1, [17]),
        ("bold-titles-paired", 2, 2, []),
        ("bold-titles-unpaired", 2, 1, [18]),
        // A table (one row unsolved), labelled nested bullets and a heading per challenge in one section.
        ("mixed-formats", 4, 3, [18]),
        // Labelled bullets three levels under grouping bullets; the lone unsolved one is named.
        ("deep-nesting", 3, 2, [19]),
        // Prose only: the second paragraph ("… solved it") answers the first.
        ("prose-only-section", 1, 1, []),
        ("no-challenge", 0, 0, [13]),
        ("orphan-solution", 1, 1, [15]),
    ]

    @Test(arguments: fixtureExpectations.map(\.name))
    func fixtureCountsAndFindings(name: String) throws {
        let expected = try #require(Self.fixtureExpectations.first { $0.name == name })
        let markdown = try Repo.read("fixtures/pairing/\(name)/README.md")
        let (facts, findings) = try lint(markdown)
        let pairing = findings.filter { $0.rule == "challenge-solution" }
        #expect(facts.challenges == expected.challenges, "challenges in \(name)")
        #expect(facts.challengesPaired == expected.paired, "paired challenges in \(name)")
        #expect(pairing.map(\.range.start.line) == expected.lines, "finding lines in \(name)")
        // The fixtures are complete documents: no other rule has anything to say (a `TBD` left where a
        // solution belongs is the placeholders rule's business, not pairing's).
        let others = findings.filter { $0.rule != "challenge-solution" && $0.rule != "template-placeholders" }
        #expect(others.isEmpty, "\(others.map(\.message))")
    }

    /// The five real documents, read by hand:
    /// - 000: "## Challenges Faced" lists 2 bold-titled bullets with no solution in them; the next
    ///   section "## Solutions Implemented" lists 2 — paired by order: 2 challenges, 2 paired.
    /// - 001: "### Challenges Faced and Solutions Implemented:" (nested under "## Major Learnings")
    ///   has 3 `**Challenge:**` bullets, each with a `**Solution:**` sub-bullet: 3 and 3.
    /// - 002: 7 bold-titled bullets after an introduction ending in ":", each holding its own
    ///   solution ("To overcome this", "I resolved this", "I tackled this", "To address this",
    ///   "I improved my testing skills by …", "I overcame this", "I resolved this"): 7 and 7.
    /// - 003: "#### Challenges Faced and Solutions Implemented" (one level deeper than usual) with 4
    ///   alternating `**Challenge**:` / `**Solution**:` siblings after an introduction: 4 and 4.
    /// - 004: no challenges section; a prose paragraph outside any such section mentions challenges.
    ///   The `sections` rule reports the missing section; pairing records nothing (null) and says nothing.
    @Test(.enabled(if: Repo.seedsExpected, Repo.sharedSkipReason)) func seedsGetTheCountsACarefulReaderGets() throws {
        let expected: [String: (Int?, Int?)] = [
            "000": (2, 2), "001": (3, 3), "002": (7, 7), "003": (4, 4), "004": (nil, nil),
        ]
        let files = try FileManager.default.contentsOfDirectory(atPath: Repo.seeds.path).filter { $0.hasSuffix(".txt") }.sorted()
        #expect(files.count == 5)
        for file in files {
            let key = String(file.prefix(3))
            let counts = try #require(expected[key], "unexpected seed \(file)")
            let text = try String(contentsOf: Repo.seeds.appendingPathComponent(file), encoding: .utf8)
            let (facts, findings) = try lint(text, path: "\(key)/README.md")
            #expect(facts.challenges == counts.0, "challenges in seed \(key)")
            #expect(facts.challengesPaired == counts.1, "paired challenges in seed \(key)")
            #expect(findings.filter { $0.rule == "challenge-solution" }.isEmpty, "no pairing finding in seed \(key)")
        }
    }

    // MARK: - Formats in detail

    @Test func separateSolutionsSectionFurtherAwayIsNotAssumed() throws {
        let markdown = """
            ## Challenges Faced
            - **Slow builds**: every run took twenty minutes.

            ## Key Technologies
            - Docker

            ## Solutions Implemented
            - **Caching**: layers are cached.
            """
        let (facts, findings) = try lint(markdown)
        #expect(facts.challenges == 1)
        #expect(facts.challengesPaired == 0)
        #expect(findings.filter { $0.rule == "challenge-solution" }.map(\.message) == ["challenge “Slow builds” has no solution"])
    }

    @Test func moreSeparateSolutionsThanChallengesIsACountMismatch() throws {
        let markdown = """
            ## Challenges Faced
            - **Slow builds**: every run took twenty minutes.

            ## Solutions Implemented
            - **Caching**: layers are cached.
            - **Smaller images**: a multi-stage build.
            """
        let (_, findings) = try lint(markdown)
        let pairing = findings.filter { $0.rule == "challenge-solution" }
        #expect(pairing.map(\.range.start.line) == [6])
        #expect(pairing.first?.message.hasPrefix("solution “Smaller images” has no challenge") == true)
        #expect(pairing.first?.data.problem == "count-mismatch")
    }

    @Test func summaryParagraphSolvesTheChallengesAboveIt() throws {
        let markdown = """
            ## Challenges
            - Docker networking
            - Flaky tests

            I solved both by reading the documentation and pairing with a mentor.
            """
        let (facts, findings) = try lint(markdown)
        #expect(facts.challenges == 2)
        #expect(facts.challengesPaired == 2)
        #expect(findings.filter { $0.rule == "challenge-solution" }.isEmpty)
    }

    @Test func negatedSolutionWordsDoNotSolve() throws {
        let markdown = """
            ## Challenges
            - **Memory leak in the worker**: not solved yet, the heap keeps growing.
            """
        let (facts, findings) = try lint(markdown)
        #expect(facts.challengesPaired == 0)
        #expect(findings.filter { $0.rule == "challenge-solution" }.count == 1)
    }

    @Test func subsectionOfAnotherConfiguredSectionIsNotAChallenge() throws {
        let markdown = """
            ## Challenges
            - **Challenge:** Slow queries.
              - **Solution:** Indexes.

            ### Best Practices
            - Profile before optimising.
            """
        let (facts, findings) = try lint(markdown)
        #expect(facts.challenges == 1)
        #expect(findings.filter { $0.rule == "challenge-solution" }.isEmpty)
    }

    @Test func codeInTheSectionIsNeverReadAsLabels() throws {
        let markdown = """
            ## Challenges
            ```text
            Challenge: this is a log line
            ```
            """
        let (facts, findings) = try lint(markdown)
        #expect(facts.challenges == 0)
        // Code is content the rule cannot read: it does not claim the section names no challenge.
        #expect(findings.filter { $0.rule == "challenge-solution" }.isEmpty)
    }

    @Test func reportParameterChoosesProblems() throws {
        let config = DefaultRules.yaml.replacingOccurrences(
            of: "    solutions_section: solutions\n", with: "    solutions_section: solutions\n    report: [count-mismatch]\n")
        let markdown = try Repo.read("fixtures/pairing/orphan-solution/README.md")
        let (_, findings) = try lint(markdown, config: config)
        #expect(findings.filter { $0.rule == "challenge-solution" }.isEmpty)
    }

    @Test func customKeywordsReplaceTheDefaults() throws {
        let config = """
            version: 1
            rules:
              - id: required-sections
                kind: sections
                severity: error
                sections:
                  - { id: challenges, title: Challenges, match: ["challenge*"] }
              - id: challenge-solution
                kind: pairing
                severity: error
                first: [Herausforderung]
                then: [Lösung]
            """
        let markdown = """
            ## Challenges
            - **Herausforderung:** Docker-Netzwerke.
              - **Lösung:** Ein eigenes Bridge-Netzwerk.
            - **Herausforderung:** Langsame Tests.
            """
        let (facts, findings) = try lint(markdown, config: config)
        #expect(facts.challenges == 2)
        #expect(facts.challengesPaired == 1)
        #expect(findings.filter { $0.rule == "challenge-solution" }.map(\.range.start.line) == [4])
    }

    /// Cases written to look like documents the rule has never seen: (markdown, challenges, paired, finding lines).
    static let precisionCases: [(name: String, markdown: String, challenges: Int, paired: Int, lines: [Int])] = [
        ("bare statements are challenges without solutions",
         "## Challenges\n1. Time management.\n2. Imposter syndrome.\n", 2, 0, [2, 3]),
        ("a denial is no challenge",
         "## Challenges\n\nNo major challenges — the program went smoothly.\n", 0, 0, []),
        ("code under a challenge may be its fix",
         "## Challenges\n- **Challenge:** N+1 queries.\n\n  ```python\n  Book.objects.select_related()\n  ```\n", 1, 0, []),
        ("a terse nested story may be the answer",
         "## Challenges\n* **Deployment**\n  * Zero-downtime deploys with rolling updates.\n", 1, 0, []),
        ("a story that is still open is reported",
         "## Challenges\n* **Deployment**\n  * Still investigating why pods restart.\n", 1, 0, [2]),
        ("a closing sub-heading is not a challenge",
         "## Challenges & Solutions\n### Docker networking\nContainers could not reach each other.\n- **Solution**: a custom bridge network.\n\n### Conclusion\nEvery challenge taught me something.\n", 1, 1, []),
        ("terse bullets under a title that promises solutions",
         "## Challenges Faced and Solutions Implemented\n- **Scaling**: Horizontal scaling behind a load balancer.\n", 1, 1, []),
        ("an arrow introduces the outcome",
         "## Key Challenges\n- **Docker image size** → multi-stage builds cut it by 70%.\n", 1, 1, []),
        ("imperative sub-bullet",
         "## Challenges\n- Celery tasks failed when the broker restarted.\n  - Use `acks_late` and retries.\n", 1, 1, []),
    ]

    @Test(arguments: precisionCases.map(\.name))
    func precisionOnUnseenStyles(name: String) throws {
        let expected = try #require(Self.precisionCases.first { $0.name == name })
        let (facts, findings) = try lint(expected.markdown)
        #expect(facts.challenges == expected.challenges, "challenges")
        #expect(facts.challengesPaired == expected.paired, "paired")
        #expect(findings.filter { $0.rule == "challenge-solution" }.map(\.range.start.line) == expected.lines)
    }

    // MARK: - Configuration

    @Test func unknownSectionIsALocatedErrorWithASuggestion() throws {
        let config = DefaultRules.yaml.replacingOccurrences(of: "    section: challenges\n", with: "    section: challenge\n")
        do {
            _ = try RuleSet(configuration: ConfigurationLoader.load(text: config, source: "rules.yaml", baseDirectory: "."))
            Issue.record("an unknown section id was accepted")
        } catch {
            let text = String(describing: error)
            #expect(text.hasPrefix("rules.yaml:"), "\(text)")
            #expect(text.contains("unknown section id 'challenge'; did you mean 'challenges'?"), "\(text)")
        }
    }

    @Test func unknownProblemAndEmptyKeywordListsAreRejected() throws {
        let cases = [("    report: [orphans]\n", "unknown problem 'orphans'"), ("    disable: []\n    then: []\n", "'then' needs at least one keyword")]
        for (replacement, message) in cases {
            // The built-in rule carries its own `then:`; a minimal rule shows the error alone.
            let config = """
                version: 1
                rules:
                  - id: required-sections
                    kind: sections
                    severity: error
                    sections:
                      - { id: challenges, title: Challenges, match: ["challenge*"] }
                  - id: challenge-solution
                    kind: pairing
                    severity: error

                """ + replacement
            do {
                _ = try RuleSet(configuration: ConfigurationLoader.load(text: config, source: "rules.yaml", baseDirectory: "."))
                Issue.record("accepted \(replacement)")
            } catch {
                #expect(error.description.contains(message), "\(error.description)")
            }
        }
    }

    // MARK: - Vocabulary

    @Test func labelsNeedADelimiter() {
        let vocabulary = PairingVocabulary()
        // Bold is structure: the end of the label's bold run delimits it as a colon does.
        #expect(vocabulary.label(atStartOf: paragraphText("**Challenge:** Slow queries"))?.role == .challenge)
        #expect(vocabulary.label(atStartOf: paragraphText("**Challenge**: Slow queries"))?.remainder.text == "Slow queries")
        #expect(vocabulary.label(atStartOf: paragraphText("**Challenge** Slow queries"))?.remainder.text == "Slow queries")
        #expect(vocabulary.label(atStartOf: "Challenge Slow queries") == nil)
        let boldRemainder = vocabulary.label(atStartOf: paragraphText("**Challenge:** **Slow** queries"))?.remainder
        #expect(boldRemainder == EmphasizedText("Slow queries", strongOpens: [0], strongCloses: [4]))
        #expect(vocabulary.label(atStartOf: "Challenge 2 - Slow queries")?.role == .challenge)
        #expect(vocabulary.label(atStartOf: "How I solved it: read the docs")?.role == .solution)
        #expect(vocabulary.label(atStartOf: "✅ Added an index")?.isSymbol == true)
        #expect(vocabulary.label(atStartOf: "Challenges")?.isContainer == true)
        #expect(vocabulary.label(atStartOf: "Problems with Docker networking") == nil)
        #expect(vocabulary.label(atStartOf: "Solution Architecture: layers") == nil)
        #expect(vocabulary.label(atStartOf: "Fixtures: factories") == nil)
    }

    @Test func keywordsMatchWholeWordsWithInflections() {
        let vocabulary = PairingVocabulary()
        #expect(vocabulary.mentionsSolution("I fixed it"))
        #expect(!vocabulary.mentionsSolution("the fixtures were stale"))
        #expect(!vocabulary.mentionsSolution("it is still unresolved"))
        #expect(!vocabulary.mentionsSolution("not resolved yet"))
        #expect(vocabulary.mentionsChallenge("the hardest part"))
        #expect(!vocabulary.mentionsChallenge("new hardware"))
    }

    @Test func actionClausesReportWhatTheAuthorDid() {
        let actions = PairingVocabulary().actions
        func reportsAction(_ clause: String) -> Bool { actions.reports(PairingText.words(in: clause)) != nil }
        #expect(reportsAction("I improved my testing skills by studying"))
        #expect(reportsAction("pinned container versions"))
        #expect(reportsAction("By reading the docs"))
        #expect(!reportsAction("I struggled with Docker"))
        #expect(!reportsAction("the logs show nothing useful"))
        // Present-tense habits, credited outcomes and "did" without a negation.
        #expect(reportsAction("I now store every date in UTC"))
        #expect(reportsAction("Finally I use WSL2"))
        #expect(reportsAction("Joining a study group helped me"))
        #expect(reportsAction("I did the official tutorial twice"))
        #expect(!reportsAction("I did not understand volumes"))
        #expect(!reportsAction("nothing helped"))
        #expect(reportsAction("built the same API twice"))
        #expect(reportsAction("which I learned by breaking it"))
        #expect(!reportsAction("broke production twice"))
        // The issue's counter-examples: what tells the problem is no action.
        #expect(!reportsAction("I broke production"))
        #expect(!reportsAction("I hesitated to ask"))
        #expect(!reportsAction("I spent two days on it"))
        #expect(reportsAction("I decided to use a queue"))
    }

    @Test func outcomeLabelsAndCreditedOutcomesSolveStories() throws {
        let markdown = """
            ## Challenges
            - **Challenge:** Learning GraphQL after REST.
              - **Lesson:** Start with the schema; a small books API made it click.
            - **Challenge:** Keeping up with weekly deadlines.
              - **Outcome:** still behind on two projects.
            """
        let (facts, findings) = try lint(markdown)
        #expect(facts.challenges == 2)
        // The lesson solves its challenge; an outcome that names a difficulty does not.
        #expect(facts.challengesPaired == 1)
        #expect(findings.filter { $0.rule == "challenge-solution" }.map(\.range.start.line) == [4])
        let credited = try lint("## Challenges\n- **Imposter syndrome**: I felt behind everyone. Joining a study group helped a lot.\n")
        #expect(credited.0.challenges == 1)
        #expect(credited.0.challengesPaired == 1)
    }

    @Test func aDenialReachesPastFillerWords() throws {
        let (facts, findings) = try lint("## Challenges\nI did not face any major challenges during the programme.\n")
        #expect(facts.challenges == 0)
        #expect(findings.filter { $0.rule == "challenge-solution" }.isEmpty)
    }

    /// The text of the first paragraph of `markdown`, as the pairing rule reads it (bold as structure).
    private func paragraphText(_ markdown: String) -> EmphasizedText {
        let document = Document(path: "t.md", text: markdown)
        guard let paragraph = document.root.children.first(where: { $0.kind == .paragraph }) else { return .empty }
        return InlineText.flatten(paragraph)
    }
}
