import Foundation
import Testing
import LearnLintTestSupport

@testable import LearnLintCore
@testable import LearnLintRules
@testable import LearnLintConfiguration
@testable import LearnLintIO
@testable import LearnLintEngine
@testable import LearnLintReporters

/// The one pipeline's narrower runs: `RuleScope` (coverage from facts, fixing alone) must change nothing
/// its output reads, and the fix stage must report each document as it stands once written.
@Suite struct PipelineScopeTests {
    static let linter: Linter? = try? Linter(ruleSet: RuleSet(configuration: ConfigurationLoader.builtIn()))

    private func lint(_ folder: URL, scope: RuleScope = .all, fixing: FixStage? = nil) throws -> LintResult {
        let linter = try #require(Self.linter)
        var request = LintRequest(paths: [folder.path], workingDirectory: Repo.root.path, jobs: 2)
        request.scope = scope
        request.fixing = fixing
        return linter.lint(request)
    }

    /// A rule kind that starts making fixes must join `RuleScope.fixes`, or `fix` would miss them.
    @Test func everyFindingWithAFixComesFromARuleTheFixScopeRuns() throws {
        let linter = try #require(Self.linter)
        let result = try lint(Repo.fixtures)
        let fixed = Set(result.findings.filter { $0.fix != nil }.map(\.rule))
        #expect(fixed.contains("technology-names"), "the fixtures have spelling fixes")
        let fixing = Set(linter.ruleSet.rules.filter { RuleScope.fixes.includes($0) }.map(\.id))
        #expect(fixed.subtracting(fixing).isEmpty, "rules with fixes outside RuleScope.fixes: \(fixed.subtracting(fixing))")
    }

    /// Coverage in text, Markdown and CSV reads facts and near-duplicate findings only: those must be
    /// the same whether every rule ran or only the rules of `.coverageFacts`.
    @Test func coverageFactsScopeKeepsEveryFactCoverageReads() throws {
        let all = try lint(Repo.fixtures)
        let narrow = try lint(Repo.fixtures, scope: .coverageFacts)
        #expect(narrow.findings.count < all.findings.count, "the narrow scope runs fewer rules")
        func coverageView(_ facts: DocumentFacts) -> String {
            "\(facts.path) \(facts.contributor ?? "-") \(facts.sections) \(facts.terms) \(facts.concepts ?? [])"
                + " \(facts.challenges ?? -1)/\(facts.challengesPaired ?? -1) \(facts.readable)"
        }
        #expect(narrow.documents.map(coverageView) == all.documents.map(coverageView))
        func duplicates(_ result: LintResult) -> [String] {
            result.findings.filter { $0.kind == DuplicatesRule.description.kind }.map { "\($0.path) \($0.message)" }
        }
        #expect(!duplicates(all).isEmpty, "the fixtures have near duplicates")
        #expect(duplicates(narrow) == duplicates(all))
    }

    @Test func coverageNeedsEveryRuleOnlyForFormatsThatShowFindings() {
        #expect(RuleScope.coverage([.text, .markdown, .csv]) == .coverageFacts)
        #expect(RuleScope.coverage([]) == .coverageFacts)
        #expect(RuleScope.coverage([.text, .json]) == .all)
        #expect(RuleScope.coverage([.html]) == .all)
    }

    /// `check --fix` in one pass: the report is that of the fixed files, exactly as checking them again
    /// would give; a change that is not written leaves the document reported as it was.
    @Test func theFixStageReportsDocumentsAsTheyStandAfterWriting() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let misspelt = "# Ada\n\n## Key Technologies\n\n- Github Actions\n- Postgresql\n\nI used github actions daily.\n"
        try writeFile(misspelt, "ada/README.md", in: folder)
        try writeFile(misspelt.replacingOccurrences(of: "Ada", with: "Bo"), "bo/README.md", in: folder)
        try writeFile("# Cy\n\n## Key Technologies\n\n- Docker\n", "cy/README.md", in: folder)
        let before = try lint(folder)
        let refused = folder.appendingPathComponent("bo/README.md").path
        let stage = FixStage(write: { change in
            guard change.source.absolutePath != refused else { return false }
            return (try? Data(change.fixed).write(to: URL(fileURLWithPath: change.source.absolutePath))) != nil
        })
        let fixed = try lint(folder, fixing: stage)
        let outcome = try #require(fixed.fixes)
        #expect(outcome.documents == 3)
        #expect(outcome.changes.map(\.source.displayPath).sorted() == ["ada/README.md", "bo/README.md"].map { relative(folder, $0) })
        #expect(outcome.written.map(\.source.displayPath) == [relative(folder, "ada/README.md")])
        let after = try lint(folder)
        #expect(described(fixed.findings) == described(after.findings), "the stage's report is what checking the written files gives")
        #expect(fixed.documents.map(\.terms) == after.documents.map(\.terms))
        let bo = relative(folder, "bo/README.md")
        #expect(described(fixed.findings.filter { $0.path == bo }) == described(before.findings.filter { $0.path == bo }))
        #expect(fixed.findings.filter { $0.path == bo && $0.fix != nil }.count >= 2, "the unwritten document keeps its fixes")
        #expect(!fixed.findings.contains { $0.path == relative(folder, "ada/README.md") && $0.fix != nil })
    }

    /// `fix` runs only the rules that may fix: the changes are those of a run with every rule.
    @Test func fixingAloneMakesTheSameChangesAsFixingWithEveryRule() throws {
        let all = try lint(Repo.fixtures, fixing: FixStage(write: nil))
        let narrow = try lint(Repo.fixtures, scope: .fixes, fixing: FixStage(write: nil))
        let changes = try #require(all.fixes?.changes)
        #expect(!changes.isEmpty)
        #expect(narrow.fixes?.changes.map(\.fixed) == changes.map(\.fixed))
        #expect(narrow.fixes?.changes.map(\.applied) == changes.map(\.applied))
        #expect(described(all.findings) == described(try lint(Repo.fixtures).findings), "nothing was written: the report is of the files as they are")
    }

    /// Every field of each finding, to compare two runs.
    private func described(_ findings: [Finding]) -> [String] { findings.map { String(describing: $0) } }

    private func relative(_ folder: URL, _ path: String) -> String {
        let root = Repo.root.standardizedFileURL.path
        let full = folder.standardizedFileURL.appendingPathComponent(path).path
        return full.hasPrefix(root + "/") ? String(full.dropFirst(root.count + 1)) : full
    }
}
