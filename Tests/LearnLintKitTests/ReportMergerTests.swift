import Foundation
import Testing

@testable import LearnLintCore
@testable import LearnLintRules
@testable import LearnLintConfiguration
@testable import LearnLintIO
@testable import LearnLintEngine
@testable import LearnLintReporters

/// Reading reports back with `JSONDecoder`: facts, findings and their typed details, and merge validation.
@Suite struct ReportMergerTests {
    @Test func brokenJSONIsRejectedWithItsReason() {
        // Deep nesting is refused by the decoder, not by the stack.
        for text in ["{", "{\"a\" 1}", "\"open", "{} x", "nul", String(repeating: "[", count: 100_000)] {
            do {
                _ = try ReportMerger.read(Array(text.utf8), source: "x.json")
                Issue.record("read \(text)")
            } catch {
                guard case .invalid(let source, let problem) = error else { Issue.record("\(error)"); continue }
                #expect(source == "x.json" && problem.hasPrefix("invalid JSON"), "\(text): \(problem)")
            }
        }
        #expect(throws: ReportMergeError.invalid("x.json", "not a JSON object")) { try ReportMerger.read(Array("[1]".utf8), source: "x.json") }
    }

    @Test func findingDataWritesSetFieldsInOneOrder() throws {
        let data = FindingData(section: "challenges", key: "k", found: "Github", expected: "GitHub", stage: .corpus)
        guard case .object(let members) = data.json else { Issue.record("not an object"); return }
        #expect(members.map(\.key) == ["section", "key", "found", "expected", "stage"])
        #expect(FindingData().json == .object([]) && FindingData().isEmpty && !data.isEmpty)
        let read = try JSONDecoder().decode(FindingData.self, from: Data(data.json.serialized().utf8))
        #expect(read == data)
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
        let read = try JSONDecoder().decode(DocumentFacts.self, from: Data(written.serialized().utf8))
        #expect(DocumentFacts.json(read) == written)
        #expect(read.contributor == "ada" && read.challenges == 2 && read.headings == facts.headings)
    }

    @Test func findingsSurviveTheReport() throws {
        let finding = Finding(
            rule: "r", kind: "k", severity: .warning, message: "m", path: "a/README.md",
            range: SourceRange(start: SourcePosition(line: 2, column: 3), end: SourcePosition(line: 2, column: 9)),
            contributor: "a", data: FindingData(items: 1, found: "x", similarity: 0.93),
            fix: Fix(range: SourceRange(at: SourcePosition(line: 2, column: 3)), replacement: "y"),
            related: [RelatedLocation(path: "b/README.md", range: .documentStart, message: "twin")])
        let written = JSONReporter.json(finding)
        let read = try JSONDecoder().decode(Finding.self, from: Data(written.serialized().utf8))
        #expect(JSONReporter.json(read) == written)
        #expect(read.data.found == "x" && read.data.similarity == 0.93)
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
