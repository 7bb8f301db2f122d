import Foundation
import Testing

@testable import LearnLintKit

/// Reading reports back: the order-preserving JSON parser, facts and findings, and merge validation.
@Suite struct ReportMergerTests {
    @Test func parserKeepsKeyOrderAndDecodesEscapes() throws {
        let text = #"{"z": 1, "a": [true, false, null, -2.5e1], "m": "caf\u00e9 \ud83d\ude80 \"q\"\n"}"#
        let value = try JSONParser.parse(Array(text.utf8))
        guard case .object(let members) = value else { Issue.record("not an object"); return }
        #expect(members.map(\.key) == ["z", "a", "m"])
        #expect(value["a"] == .array([.bool(true), .bool(false), .null, .double(-25)]))
        #expect(value["m"]?.stringValue == "café 🚀 \"q\"\n")
        // Whole doubles print as integers, so compare what a report would print.
        #expect(try JSONParser.parse(Array(value.serialized().utf8)).serialized() == value.serialized())
    }

    @Test func parserRejectsBrokenJSON() {
        for text in ["{", "{\"a\" 1}", "[1,]", "\"open", "{} x", "nul", String(repeating: "[", count: 300)] {
            #expect(throws: JSONParser.SyntaxError.self, "\(text.prefix(10))") { try JSONParser.parse(Array(text.utf8)) }
        }
    }

    @Test func documentFactsSurviveTheReport() throws {
        let markdown = "# Notes\n\n## Key Technologies\n- **Github Actions**: CI.\n- Redis: cache.\n- Docker: images.\n\n"
            + (1...40).map { "Week \($0) taught me lesson number \($0 * 7) about shipping." }.joined(separator: " ")
        var (facts, _) = try lint(markdown, path: "contributors/ada/README.md")
        facts.challenges = 2
        facts.challengesPaired = 1
        facts.terms = ["Docker", "Redis"]
        let written = DocumentFacts.json(facts)
        #expect(written["minhash"] != nil && written["spellings"] != nil)
        let read = try DocumentFacts(json: try JSONParser.parse(Array(written.serialized().utf8)))
        #expect(DocumentFacts.json(read) == written)
        #expect(read.contributor == "ada" && read.challenges == 2 && read.headings == facts.headings)
    }

    @Test func findingsSurviveTheReport() throws {
        let finding = Finding(
            rule: "r", kind: "k", severity: .warning, message: "m", path: "a/README.md",
            range: SourceRange(start: SourcePosition(line: 2, column: 3), end: SourcePosition(line: 2, column: 9)),
            contributor: "a", data: [("z", .int(1)), ("a", .string("x"))],
            fix: Fix(range: SourceRange(at: SourcePosition(line: 2, column: 3)), replacement: "y"),
            related: [RelatedLocation(path: "b/README.md", range: .documentStart, message: "twin")])
        let written = JSONReporter.json(finding)
        let read = try Finding(json: try JSONParser.parse(Array(written.serialized().utf8)))
        #expect(JSONReporter.json(read) == written)
    }

    @Test func reportsOfAnotherSchemaAreRejected() {
        #expect(throws: ReportMergeError.invalid("x.json", "schema is \"learnlint/coverage@1\"; expected \"learnlint/report@1\" (a `learnlint check --format json` report)")) {
            try ReportMerger.read(Array(#"{"schema": "learnlint/coverage@1"}"#.utf8), source: "x.json")
        }
        #expect(throws: ReportMergeError.self) {
            try ReportMerger.read(Array(#"{"schema": "learnlint/report@1", "documents": [{"path": 3}], "findings": []}"#.utf8), source: "x.json")
        }
    }

    @Test func corpusFindingsOfShardsAreReplacedNotKept() throws {
        let configuration = try ConfigurationLoader.builtIn()
        let linter = Linter(ruleSet: try RuleSet(configuration: configuration))
        var facts = DocumentFacts(path: "a/README.md", contributor: "a")
        facts.sections = ["technologies"]
        let stale = Finding(
            rule: "near-duplicate", kind: "duplicates", severity: .warning, message: "near-duplicate of b/README.md",
            path: "a/README.md", range: .documentStart)
        let kept = Finding(
            rule: "required-sections", kind: "sections", severity: .error, message: "missing section", path: "a/README.md",
            range: .documentStart)
        let report = ReportMerger.ShardReport(source: "s.json", configuration: nil, documents: [facts], findings: [stale, kept])
        let result = try ReportMerger.merge([report], linter: linter)
        #expect(result.findings.map(\.rule) == ["required-sections"])
        #expect(throws: ReportMergeError.duplicateDocument("a/README.md", first: "s.json", second: "t.json")) {
            var again = report
            again.source = "t.json"
            _ = try ReportMerger.merge([report, again], linter: linter)
        }
    }
}
