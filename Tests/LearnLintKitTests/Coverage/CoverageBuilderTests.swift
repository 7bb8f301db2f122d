import Testing

@testable import LearnLintCore
@testable import LearnLintRules
@testable import LearnLintConfiguration
@testable import LearnLintIO
@testable import LearnLintEngine
@testable import LearnLintReporters
import Foundation

/// Coverage from facts alone: grouping, scores, per-item totals, the pass mark and challenges.
@Suite struct CoverageBuilderTests {
    static let config = """
        version: 1
        rules:
          - id: required-sections
            kind: sections
            severity: error
            sections:
              - { id: tech, title: Key Technologies, match: ["*technolog*"] }
              - { id: extra, title: Extra, match: ["extra"], required: false }
              - { id: lessons, title: Lessons, match: ["*lesson*"] }
          - { id: technology-names, kind: vocabulary, severity: warning, terms: [{ name: Docker }] }
        coverage: { sections: required-sections, fail_under: 50 }
        concepts: [Caching, Testing]
        """

    private func ruleSet(_ text: String = config) throws -> RuleSet {
        try RuleSet(configuration: ConfigurationLoader.load(text: text, source: "test.yaml", baseDirectory: "."))
    }

    private func facts(
        _ path: String, _ contributor: String?, sections: [String] = [], concepts: [String] = [], terms: [String] = []
    ) -> DocumentFacts {
        var facts = DocumentFacts(path: path, contributor: contributor)
        facts.sections = sections
        facts.terms = terms
        facts.concepts = concepts
        return facts
    }

    @Test func itemsAreRequiredSectionsThenConcepts() throws {
        let report = CoverageBuilder.build(facts: [], ruleSet: try ruleSet())
        #expect(report.items.map(\.key) == ["section:tech", "section:lessons", "concept:Caching", "concept:Testing"])
        #expect(report.items.first?.title == "Key Technologies")
    }

    @Test func contributorsUnionTheirDocumentsAndScore() throws {
        let report = CoverageBuilder.build(
            facts: [
                facts("a/one/README.md", "ann", sections: ["tech"]),
                facts("a/two/README.md", "ann", concepts: ["Testing"]),
                facts("b/README.md", "Bob", sections: ["tech", "lessons"], concepts: ["Caching", "Testing"]),
                facts("nobody/README.md", nil, sections: ["extra"]),
                facts("README.md", nil),
            ], ruleSet: try ruleSet())
        #expect(report.contributors.map(\.name) == ["(unknown)", "ann", "Bob", "nobody"])
        let ann = try #require(report.contributors.first { $0.name == "ann" })
        #expect(ann.documents == ["a/one/README.md", "a/two/README.md"])
        #expect(ann.coveredIn == [["a/one/README.md"], [], [], ["a/two/README.md"]])
        #expect(ann.score == 50)
        #expect(report.contributors.map(\.score) == [0, 50, 100, 0])
        #expect(report.itemTotals.map(\.coveredBy) == [2, 1, 1, 2])
        #expect(report.itemTotals.map(\.ratio) == [0.5, 0.25, 0.25, 0.5])
        // 6 of 16 cells: 37.5%, below the configured 50.
        #expect(report.score == 37.5)
        #expect(!report.passed)
        #expect(CoverageBuilder.build(facts: [facts("b/README.md", "Bob", sections: ["tech", "lessons"])], ruleSet: try ruleSet()).passed)
    }

    @Test func passMarkComparesThePrintedScore() throws {
        // 2 of 3 items: 66.666…% prints as 66.7% and so meets a pass mark of 66.7.
        let items = [CoverageItem(kind: .concept, id: "A"), CoverageItem(kind: .concept, id: "B"), CoverageItem(kind: .concept, id: "C")]
        let report = CoverageBuilder.build(facts: [facts("x/README.md", "x", concepts: ["A", "B"])], items: items, failUnder: 66.7)
        #expect(report.score == 66.7)
        #expect(report.passed)
        #expect(!CoverageBuilder.build(facts: [facts("x/README.md", "x", concepts: ["A", "B"])], items: items, failUnder: 66.8).passed)
    }

    @Test func commandLinePassMarkOverridesConfiguration() throws {
        let all = [facts("b/README.md", "Bob", sections: ["tech"])]
        #expect(CoverageBuilder.build(facts: all, ruleSet: try ruleSet()).passed == false)
        #expect(CoverageBuilder.build(facts: all, ruleSet: try ruleSet(), failUnder: 25).passed)
    }

    @Test func emptyCorpusScoresZero() throws {
        let report = CoverageBuilder.build(facts: [], ruleSet: try ruleSet())
        #expect(report.score == 0)
        #expect(!report.passed)
    }

    @Test func unreadableDocumentsCoverNothing() throws {
        var broken = facts("c/README.md", "cy", sections: ["tech"])
        broken.readable = false
        let report = CoverageBuilder.build(facts: [broken], ruleSet: try ruleSet())
        #expect(report.contributors.first?.coveredCount == 0)
        #expect(report.documentCount == 1)
    }

    @Test func termsMentionedBecomeItemsWhenCoverageNamesTermRules() throws {
        var configuration = try ConfigurationLoader.load(text: CoverageBuilderTests.config, source: "t.yaml", baseDirectory: ".")
        let corpus = [facts("a/README.md", "a", terms: ["PostgreSQL", "Docker"]), facts("b/README.md", "b", terms: ["Docker"])]
        #expect(CoverageBuilder.build(facts: corpus, ruleSet: try RuleSet(configuration: configuration)).items.allSatisfy { $0.kind != .term })
        configuration.coverage.termRules = ["technology-names"]
        let report = CoverageBuilder.build(facts: corpus, ruleSet: try RuleSet(configuration: configuration))
        #expect(report.items.filter { $0.kind == .term }.map(\.id) == ["Docker", "PostgreSQL"])
        #expect(report.itemTotals.first { $0.item.id == "Docker" }?.coveredBy == 2)
    }

    @Test func minShareKeepsTheTermsACohortUsesAndNamedTermsAlways() throws {
        var configuration = try ConfigurationLoader.load(text: CoverageBuilderTests.config, source: "t.yaml", baseDirectory: ".")
        let corpus = [
            facts("a/README.md", "a", terms: ["PostgreSQL", "Docker"]), facts("b/README.md", "b", terms: ["Docker"]),
            facts("c/README.md", "c", terms: ["Docker", "DNS"]),
        ]
        configuration.coverage.termRules = ["technology-names", "Kafka"]
        configuration.coverage.minShare = 0.5
        let report = CoverageBuilder.build(facts: corpus, ruleSet: try RuleSet(configuration: configuration))
        // Docker (3 of 3) stays, PostgreSQL and DNS (1 of 3) go; Kafka is named, so it stays though nobody mentions it.
        #expect(report.items.filter { $0.kind == .term }.map(\.id) == ["Kafka", "Docker"])
        configuration.coverage.conceptNames = ["Testing"]
        let chosen = CoverageBuilder.build(facts: corpus, ruleSet: try RuleSet(configuration: configuration))
        #expect(chosen.items.filter { $0.kind == .concept }.map(\.id) == ["Testing"])
    }

    @Test func aMisspeltTermRuleIsAnErrorNotATerm() throws {
        let text = CoverageBuilderTests.config.replacingOccurrences(
            of: "coverage: { sections: required-sections, fail_under: 50 }",
            with: "coverage: { sections: required-sections, terms: [technology-name, Docker] }")
        do {
            _ = try ruleSet(text)
            Issue.record("a misspelt rule id in coverage.terms was taken for a term")
        } catch {
            #expect("\(error)".contains("unknown rule id 'technology-name'; did you mean 'technology-names'?"), "\(error)")
        }
        let terms = CoverageBuilderTests.config.replacingOccurrences(
            of: "coverage: { sections: required-sections, fail_under: 50 }",
            with: "coverage: { sections: required-sections, terms: [technology-names, Docker, GitHub Actions] }")
        #expect(throws: Never.self) { try ruleSet(terms) }
    }

    @Test func unknownCoverageConceptIsAConfigurationError() throws {
        let text = CoverageBuilderTests.config.replacingOccurrences(
            of: "coverage: { sections: required-sections, fail_under: 50 }",
            with: "coverage: { sections: required-sections, concepts: [Cachin] }")
        #expect(throws: ConfigurationError.self) { try ruleSet(text) }
        do {
            _ = try ruleSet(text)
        } catch {
            #expect("\(error)".contains("unknown concept 'Cachin'"), "\(error)")
        }
    }

    @Test func challengesAreSummedWhenRecorded() throws {
        var one = facts("a/1/README.md", "a")
        one.challenges = 3
        one.challengesPaired = 2
        var two = facts("a/2/README.md", "a")
        two.challenges = 1
        two.challengesPaired = 1
        let report = CoverageBuilder.build(facts: [one, two, facts("b/README.md", "b")], ruleSet: try ruleSet())
        #expect(report.hasChallenges)
        #expect(report.contributors.map(\.challenges) == [4, nil])
        #expect(report.contributors.map(\.challengesPaired) == [3, nil])
        let json = CoverageJSONReporter().render(CoverageReportInput(report: report, configurationSource: "t.yaml"))
        #expect(json.contains("\"challenges\": {\n        \"found\": 4,\n        \"paired\": 3\n      }"))
        let csv = CoverageCSVReporter().render(CoverageReportInput(report: report, configurationSource: "t.yaml"))
        #expect(csv.hasPrefix("contributor,status,documents,score,missing_sections,flags,section:tech,section:lessons,concept:Caching,concept:Testing,challenges_found,challenges_paired\r\n"))
        // Documents is a count; the missing sections and the flags are listed.
        #expect(csv.contains("\r\na,below,2,0.0,tech;lessons,below pass;1 unpaired challenge,0,0,0,0,4,3\r\n"))
        #expect(csv.contains("\r\nb,below,1,0.0,tech;lessons,below pass,0,0,0,0,,\r\n"))
    }

    /// Everything coverage reads (contributor or its absence, readable, sections, terms, challenges,
    /// `concepts`) comes back from a shard report, so `merge --coverage` equals one `coverage` run.
    @Test func shardReportsKeepWhatCoverageNeeds() throws {
        var configuration = try ConfigurationLoader.load(text: CoverageBuilderTests.config, source: "t.yaml", baseDirectory: ".")
        configuration.coverage.termRules = ["technology-names"]
        let rules = try RuleSet(configuration: configuration)
        var paired = facts("team/ada/README.md", "Ada", sections: ["tech", "lessons"], concepts: ["Caching"], terms: ["Docker"])
        (paired.challenges, paired.challengesPaired) = (3, 0)
        var broken = facts("team/cy/README.md", "cy", sections: ["tech"], concepts: ["Testing"], terms: ["Redis"])
        broken.readable = false
        let corpus = [
            paired, broken, facts("team/bo/README.md", nil, sections: ["lessons"], concepts: ["Testing"]),
            facts("README.md", nil, terms: ["Redis"]),
        ]
        let shard = JSONReporter().render(ReportInput(result: LintResult(documents: corpus, findings: []), ruleSet: rules, configurationSource: "t.yaml"))
        let read = try ReportMerger.read(Array(shard.utf8), source: "shard.json")
        let merged = try ReportMerger.merge([read], linter: Linter(ruleSet: rules))
        let render = { (facts: [DocumentFacts]) in
            CoverageJSONReporter().render(
                CoverageReportInput(report: CoverageBuilder.build(facts: facts, ruleSet: rules), configurationSource: "t.yaml"))
        }
        let direct = render(corpus)
        #expect(render(merged.documents) == direct)
        // The corpus exercises every field: names from facts, folders and “(unknown)”, challenges, terms.
        for needle in ["\"Ada\"", "\"bo\"", "\"(unknown)\"", "\"found\": 3", "\"term:Redis\"", "\"concept:Testing\": true"] {
            #expect(direct.contains(needle), "\(needle)")
        }
    }

    @Test func csvQuotesAndDefusesFormulas() {
        #expect(CoverageCSVReporter.field("plain") == "plain")
        #expect(CoverageCSVReporter.field("a,b") == "\"a,b\"")
        #expect(CoverageCSVReporter.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CoverageCSVReporter.field("two\nlines") == "\"two\nlines\"")
        #expect(CoverageCSVReporter.field("=SUM(A1)") == "'=SUM(A1)")
    }

    @Test func htmlAndMarkdownEscapeText() {
        #expect(CoverageHTMLReporter.escape("<b a=\"x\">&'") == "&lt;b a=&quot;x&quot;&gt;&amp;&#39;")
        #expect(CoverageMarkdownReporter.escape("a|b *c* <d>") == "a\\|b \\*c\\* &lt;d&gt;")
    }

    @Test func textIsColouredOnlyWhenAsked() throws {
        let report = CoverageBuilder.build(facts: [facts("b/README.md", "Bob", sections: ["tech"])], ruleSet: try ruleSet())
        let plain = CoverageTextReporter().render(CoverageReportInput(report: report, configurationSource: "t"))
        let colored = CoverageTextReporter().render(CoverageReportInput(report: report, configurationSource: "t", colored: true))
        #expect(!plain.contains("\u{1B}["))
        #expect(colored.contains("\u{1B}[31m 25.0%\u{1B}[0m"))
        let wide = CoverageTextReporter().render(CoverageReportInput(report: report, configurationSource: "t", colored: true, wide: true))
        #expect(wide.contains("\u{1B}[32m✓\u{1B}[0m"))
        #expect(colored.contains("\u{1B}[31mfailed\u{1B}[0m"))
    }
}

@Suite struct CoverageScoreTests {
    @Test func eachItemKindWeighsAlike() {
        // Both sections covered, none of four terms: half the kinds, not a third of the items.
        let row = ContributorCoverage(
            name: "ada", documents: ["a.md"], coveredIn: [["a.md"], ["a.md"], [], [], [], []],
            itemKinds: [.section, .section, .term, .term, .term, .term])
        #expect(row.ratio == 0.5)
        #expect(row.score == 50)
        let plain = ContributorCoverage(name: "bo", documents: ["b.md"], coveredIn: [["b.md"], [], []])
        #expect(abs(plain.ratio - 1.0 / 3.0) < 1e-9, "without kinds, the plain share of items")
        let report = CoverageReport(
            items: [CoverageItem(kind: .section, id: "s")], contributors: [row, plain], documentCount: 2, failUnder: 40)
        #expect(abs(report.ratio - (0.5 + 1.0 / 3.0) / 2) < 1e-9)
        #expect(report.passed)
    }
}
