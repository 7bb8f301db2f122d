import Foundation
import Testing

@testable import LearnLintCore
@testable import LearnLintRules
@testable import LearnLintConfiguration
@testable import LearnLintIO
@testable import LearnLintEngine
@testable import LearnLintReporters

/// Inline suppression comments: which findings they silence, and the `suppressions` rule's findings.
@Suite struct SuppressionsTests {
    /// A configuration whose rule `tools` reports every `## Tools` heading after the first (as a
    /// duplicated section), so a test places findings on the lines it wants.
    static let config = """
        version: 1
        rules:
          - id: tools
            kind: sections
            severity: error
            sections:
              - { id: tools, title: Tools, match: ["tools"], required: false }
            empty: false
          - id: suppressions
            kind: suppressions
            severity: warning
        """

    private func findings(_ markdown: String, config: String = SuppressionsTests.config) throws -> [Finding] {
        try lint(markdown, config: config).1.sorted(by: Finding.reportOrder)
    }

    private func lines(_ found: [Finding], rule: String) -> [Int] {
        found.filter { $0.rule == rule }.map(\.range.start.line)
    }

    @Test func unsuppressedFindingsAreReported() throws {
        let found = try findings("## Tools\n\n## Tools\n\n## Tools\n")
        #expect(lines(found, rule: "tools") == [3, 5])
    }

    @Test func disableNextLineCoversOnlyTheNextLine() throws {
        let found = try findings("## Tools\n<!-- learnlint-disable-next-line tools -->\n## Tools\n\n## Tools\n")
        #expect(lines(found, rule: "tools") == [5])
        #expect(lines(found, rule: "suppressions").isEmpty)
    }

    @Test func disableEnableCoversTheLinesBetween() throws {
        let text = """
            ## Tools

            ## Tools
            <!-- learnlint-disable tools -->
            ## Tools

            ## Tools
            <!-- learnlint-enable tools -->
            ## Tools
            """
        let found = try findings(text)
        #expect(lines(found, rule: "tools") == [3, 9])
        #expect(lines(found, rule: "suppressions").isEmpty)
    }

    @Test func disableAllWithAnExceptionKeepsThatRule() throws {
        let text = "## Tools\n<!-- learnlint-disable -->\n<!-- learnlint-enable tools -->\n## Tools\n"
        let found = try findings(text)
        #expect(lines(found, rule: "tools") == [4])
        // The blanket disable silenced nothing: reported.
        #expect(found.contains { $0.rule == "suppressions" && $0.message.hasPrefix("unused suppression “learnlint-disable”") })
    }

    @Test func disableOnTheFirstLineCoversFindingsAboutTheWholeDocument() throws {
        let config = SuppressionsTests.config.replacingOccurrences(of: "required: false", with: "required: true")
        #expect(try findings("# Notes\n", config: config).map(\.message) == ["missing section “Tools”"])
        #expect(try findings("<!-- learnlint-disable tools -->\n# Notes\n", config: config).isEmpty)
    }

    @Test func disableFileCoversTheWholeDocumentAndSeveralIds() throws {
        let text = "## Tools\n\n## Tools\n\n<!-- learnlint-disable-file suppressions,tools -->\n## Tools\n"
        let found = try findings(text)
        #expect(found.isEmpty)
    }

    @Test func directivesInCodeAreNotObeyed() throws {
        let text = """
            `<!-- learnlint-disable-file tools -->`

            ```html
            <!-- learnlint-disable-file tools -->
            ```

                <!-- learnlint-disable-file tools -->

            ## Tools
            ## Tools
            """
        let found = try findings(text)
        #expect(lines(found, rule: "tools") == [10])
        #expect(lines(found, rule: "suppressions").isEmpty)
    }

    @Test func inlineCommentsInParagraphsAreDirectives() throws {
        let found = try findings("## Tools\n\nTools below. <!-- learnlint-disable-next-line tools --> `<!-- learnlint-disable -->`\n## Tools\n")
        #expect(found.isEmpty)
    }

    @Test func commentsInsideHTMLBlocksAndListItemsAreDirectives() throws {
        let text = "## Tools\n<details>\n<!-- learnlint-disable-next-line tools -->\n</details>\n\n- an item\n  <!-- learnlint-disable-next-line -->\n## Tools\n"
        let found = try findings(text)
        #expect(found.filter { $0.rule == "tools" }.isEmpty)
        // The first one looked at `</details>`: unused.
        #expect(lines(found, rule: "suppressions") == [3])
    }

    @Test func unknownRuleIdSuggestsTheClosest() throws {
        let found = try findings("## Tools\n<!-- learnlint-disable-next-line tool -->\n## Tools\n")
        let unknown = try #require(found.first { $0.rule == "suppressions" })
        #expect(unknown.message == "unknown rule id “tool” in “learnlint-disable-next-line”; did you mean “tools”?")
        #expect(unknown.range.start == SourcePosition(line: 2, column: 34))
        #expect(unknown.severity == .warning)
        #expect(lines(found, rule: "tools") == [3])
    }

    @Test func unusedSuppressionNamesTheLineItLookedAt() throws {
        let found = try findings("# Notes\n\n<!-- learnlint-disable-next-line tools -->\nNothing here.\n")
        let unused = try #require(found.first { $0.rule == "suppressions" })
        #expect(unused.message == "unused suppression “learnlint-disable-next-line tools”: no tools finding on line 4")
        #expect(unused.range.start == SourcePosition(line: 3, column: 1))
    }

    @Test func suppressionOfARuleSwitchedOffIsNotUnused() throws {
        let config = SuppressionsTests.config.replacingOccurrences(of: "severity: error", with: "severity: off")
        let found = try findings("<!-- learnlint-disable-file tools -->\n# Notes\n", config: config)
        #expect(found.isEmpty)
    }

    @Test func reportingCanBeSwitchedOff() throws {
        let config = SuppressionsTests.config + "\n    report_unused: false\n    report_unknown: false\n"
        let found = try findings("<!-- learnlint-disable-next-line nope -->\n<!-- learnlint-disable-next-line tools -->\nText.\n", config: config)
        #expect(found.isEmpty)
    }

    @Test func theSuppressionsRuleCanBeSilencedByName() throws {
        let text = "<!-- learnlint-disable-file suppressions -->\n<!-- learnlint-disable-next-line nope -->\nText.\n"
        #expect(try findings(text).isEmpty)
        // `*` does not silence it: a blanket suppression cannot hide its own misuse.
        let blanket = try findings("<!-- learnlint-disable-file -->\n<!-- learnlint-disable-next-line nope -->\nText.\n")
        #expect(blanket.contains { $0.message.contains("unknown rule id “nope”") })
    }

    @Test func multiLineCommentsAndFrontMatterKeepLineNumbers() throws {
        let text = "---\nauthor: a\n---\n## Tools\n<!--\n  learnlint-disable-next-line\n  tools\n-->\n## Tools\n"
        let found = try findings(text)
        #expect(found.isEmpty)
    }

    // MARK: - Corpus stage (what `merge` runs from shard facts)

    @Test func directivesRoundTripThroughFactsAndSilenceCorpusFindings() throws {
        let configuration = try ConfigurationLoader.load(text: SuppressionsTests.config, source: "t.yaml", baseDirectory: ".")
        let linter = Linter(ruleSet: try RuleSet(configuration: configuration))
        let (facts, _) = try lint("<!-- learnlint-disable-file tools -->\n# Notes\n<!-- learnlint-disable-next-line -->\nx\n", path: "a/README.md", config: SuppressionsTests.config)
        // Through JSON text and back, as a shard report carries it.
        let json = DocumentFacts.json(facts).serialized()
        let restored = try JSONDecoder().decode(DocumentFacts.self, from: Data(json.utf8))
        #expect(restored.suppressions?.map(\.pending) == facts.suppressions?.map(\.pending))
        #expect(SuppressionDirective.fromFacts(restored).directives.map(\.written) == ["learnlint-disable-file tools", "learnlint-disable-next-line"])

        let corpusFinding = Finding(
            rule: "tools", kind: "sections", severity: .error, message: "corpus", path: "a/README.md",
            range: SourceRange(at: SourcePosition(line: 9, column: 1)))
        let other = Finding(
            rule: "tools", kind: "sections", severity: .error, message: "corpus", path: "b/README.md", range: .documentStart)
        let kept = linter.applySuppressions(toCorpus: [corpusFinding, other], [restored])
        #expect(kept.map(\.path) == ["b/README.md"])
    }

    @Test func pendingKeysUnusedAtTheCorpusStageAreReportedThere() throws {
        let configuration = try ConfigurationLoader.load(text: SuppressionsTests.config, source: "t.yaml", baseDirectory: ".")
        let linter = Linter(ruleSet: try RuleSet(configuration: configuration))
        var facts = DocumentFacts(path: "a/README.md", contributor: "a")
        let directive = SuppressionDirective(action: .disableFile, rules: ["tools"], range: SourceRange(at: SourcePosition(line: 2, column: 1)))
        facts.suppressions = [SuppressionFact(directive, pending: ["tools"])]
        let found = linter.applySuppressions(toCorpus: [], [facts])
        let unused = try #require(found.first)
        #expect(unused.message == "unused suppression “learnlint-disable-file tools”: no tools finding in this document")
        #expect(linter.isCorpusStageFinding(unused))
        // A corpus finding on that document uses the key: nothing to report.
        let used = Finding(rule: "tools", kind: "sections", severity: .error, message: "x", path: "a/README.md", range: .documentStart)
        #expect(linter.applySuppressions(toCorpus: [used], [facts]).isEmpty)
    }
}
