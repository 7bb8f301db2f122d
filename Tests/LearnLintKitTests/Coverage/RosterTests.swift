import Foundation
import Testing

@testable import LearnLintCore
@testable import LearnLintRules
@testable import LearnLintConfiguration
@testable import LearnLintIO
@testable import LearnLintEngine
@testable import LearnLintReporters

/// Reading rosters (CSV and YAML) and what a roster does to a coverage report.
@Suite struct RosterTests {
    @Test func csvWithQuotesBOMAndExtraColumns() throws {
        let text = "\u{FEFF}Name,cohort,\"mentor, lead\"\r\n\"Obi, Amara\",2025-a,Ngozi\r\nbongani,2025-b\r\n\r\n,2025-c,nobody\r\n"
        let roster = try Roster.parseCSV(text, source: "roster.csv")
        #expect(roster.columns == ["cohort", "mentor, lead"])
        #expect(roster.entries.map(\.name) == ["Obi, Amara", "bongani"])
        // A short row leaves its last columns empty; a row without a name is skipped.
        #expect(roster.entries[1].values == ["2025-b", ""])
        #expect(roster.entry(for: "  OBI,   amara ")?.name == "Obi, Amara")
        #expect(roster.value(of: roster.entries[0], column: "cohort") == "2025-a")
    }

    @Test func csvMistakesAreLocated() {
        #expect(throws: ConfigurationError.missingKey(ConfigLocation(file: "r.csv", line: 1, column: 1), "name", in: "the roster's header row")) {
            try Roster.parseCSV("learner,cohort\namara,a\n", source: "r.csv")
        }
        #expect(throws: ConfigurationError.invalid(ConfigLocation(file: "r.csv", line: 3, column: 1), "'Amara' is on the roster twice")) {
            try Roster.parseCSV("name\namara\nAmara\n", source: "r.csv")
        }
        #expect(throws: ConfigurationError.self) { try Roster.parseCSV("", source: "r.csv") }
    }

    @Test func oddCSVNeverCrashes() throws {
        // A quoted field holds commas and line breaks up to its closing quote; what follows joins the field.
        let roster = try Roster.parseCSV("name,cohort\n\"amara,2025\nbo\"b,x\n", source: "r.csv")
        #expect(roster.entries.map(\.name) == ["amara,2025\nbob"])
        #expect(roster.entries.map(\.values) == [["x"]])
        // An unterminated quote runs to the end of the file instead of failing.
        let open = try Roster.parseCSV("name\n\"amara\n", source: "r.csv")
        #expect(open.entries.map(\.name) == ["amara"])
        // A quote inside an unquoted field is kept as written.
        let inner = try Roster.parseCSV("name\nbo\"b\n", source: "r.csv")
        #expect(inner.entries.map(\.name) == ["bo\"b"])
    }

    @Test func yamlNamesAndMappings() throws {
        let roster = try Roster.parseYAML("- amara\n- { name: bongani, cohort: 2025-b }\n- name: chen\n  mentor: Lucia\n", source: "r.yaml")
        #expect(roster.columns == ["cohort", "mentor"])
        #expect(roster.entries.map(\.name) == ["amara", "bongani", "chen"])
        #expect(roster.entries.map(\.values) == [["", ""], ["2025-b", ""], ["", "Lucia"]])
        #expect(throws: ConfigurationError.self) { try Roster.parseYAML("- { cohort: a }\n", source: "r.yaml") }
    }

    @Test func rosterRowsWithoutDocumentsAreListedNotScored() throws {
        let items = [CoverageItem(kind: .section, id: "a"), CoverageItem(kind: .section, id: "b")]
        var amara = DocumentFacts(path: "l/amara/README.md", contributor: "Amara")
        amara.sections = ["a", "b"]
        var zed = DocumentFacts(path: "l/zed/README.md", contributor: "zed")
        zed.sections = ["a"]
        var report = CoverageBuilder.build(facts: [amara, zed], items: items, failUnder: 60)
        #expect(report.score == 75)
        let roster = try Roster.parseCSV("name,cohort\namara,x\njo,y\n", source: "r.csv")
        report = CoverageBuilder.build(
            facts: [amara, zed], ruleSet: try RuleSet(configuration: Configuration(source: "t", baseDirectory: ".")),
            options: CoverageOptions(failUnder: 60, roster: roster))
        // With no rules there are no items; the rows are what matters here.
        #expect(report.contributors.map(\.name) == ["amara", "jo", "zed"])
        #expect(report.missing.map(\.name) == ["jo"])
        #expect(report.unexpected.map(\.name) == ["zed"])
        #expect(report.flags(of: report.contributors[1]) == ["no document"])
        #expect(report.flags(of: report.contributors[2]).first == "not on roster")
        #expect(report.scored.count == 2)
    }

    @Test func onePercentFormatEverywhere() {
        #expect(CoverageReport.formatPercent(58) == "58.0%")
        #expect(CoverageReport.formatPercent(66.25) == "66.3%")
        #expect(CoverageReport.formatPercent(100) == "100.0%")
        #expect(CoverageReport.formatNumber(0) == "0.0")
    }
}
