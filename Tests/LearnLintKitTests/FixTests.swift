import Foundation
import Testing
import LearnLintTestSupport

@testable import LearnLintCore
@testable import LearnLintRules
@testable import LearnLintConfiguration
@testable import LearnLintIO
@testable import LearnLintEngine
@testable import LearnLintReporters

/// `learnlint fix`, `fix --dry-run` and `check --fix` on fixtures/vocabulary, run through the built binary,
/// plus the fixer's and the diff's own rules.
@Suite struct FixTests {
    static let cases = ["clean", "code-and-urls", "near-misses", "spellings", "technologies"]

    /// A copy of fixtures/vocabulary's documents in a temporary folder (fix rewrites files).
    private func copyOfFixtures() throws -> URL {
        let folder = try temporaryFolder()
        for name in Self.cases {
            let target = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
            try FileManager.default.copyItem(
                at: Repo.fixtures.appendingPathComponent("vocabulary/\(name)/README.md"),
                to: target.appendingPathComponent("README.md"))
        }
        return folder
    }

    private func rules() -> String { Repo.root.appendingPathComponent("rules.yaml").path }

    // MARK: - End to end

    @Test func checkReportsEverySpellingText() throws {
        let result = try runLearnLint(["check", "fixtures/vocabulary", "--config", "rules.yaml"])
        #expect(result.status == 0, "warnings and infos do not fail the default --fail-on error")
        try expectGolden(result.stdout, "fixtures/vocabulary/expected.txt")
    }

    @Test func checkReportsTermsAndFixesInJSON() throws {
        let result = try runLearnLint(["check", "fixtures/vocabulary", "--config", "rules.yaml", "--format", "json"])
        try expectGolden(result.stdout, "fixtures/vocabulary/expected.json")
    }

    @Test func vocabularyReportMatchesTheSchema() throws {
        let tool = try venvTool("check-jsonschema")
        let result = try runProgram(
            tool, ["--schemafile", "docs/schemas/report.schema.json", "fixtures/vocabulary/expected.json"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    }

    @Test func dryRunPrintsADiffAndChangesNothing() throws {
        let folder = try copyOfFixtures()
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = try Self.cases.map { try Data(contentsOf: folder.appendingPathComponent("\($0)/README.md")) }
        let result = try runLearnLint(["fix", "--dry-run", "--config", rules(), "."], in: folder)
        #expect(result.status == 0)
        try expectGolden(result.stdout, "fixtures/vocabulary/expected.diff")
        let after = try Self.cases.map { try Data(contentsOf: folder.appendingPathComponent("\($0)/README.md")) }
        #expect(before == after)
    }

    @Test func theDryRunDiffAppliesWithGit() throws {
        let folder = try copyOfFixtures()
        defer { try? FileManager.default.removeItem(at: folder) }
        let diff = try runLearnLint(["fix", "--dry-run", "--config", rules(), "."], in: folder).stdout
        try diff.write(to: folder.appendingPathComponent("fixes.patch"), atomically: true, encoding: .utf8)
        let applied = try runProgram("/usr/bin/env", ["git", "apply", "fixes.patch"], in: folder)
        #expect(applied.status == 0, "\(applied.stderr)")
        let fixed = try String(contentsOf: folder.appendingPathComponent("spellings/README.md"), encoding: .utf8)
        #expect(try fixed == Repo.read("fixtures/vocabulary/spellings/README.fixed.md"))
    }

    @Test func fixRewritesInPlaceAndASecondRunChangesNothing() throws {
        let folder = try copyOfFixtures()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try runLearnLint(["fix", "--config", rules(), "."], in: folder)
        #expect(first.status == 0)
        #expect(first.stdout == "Fixed 21 problems in 3 documents (5 documents checked).\n")
        for name in Self.cases {
            let fixed = try String(contentsOf: folder.appendingPathComponent("\(name)/README.md"), encoding: .utf8)
            let golden = "fixtures/vocabulary/\(name)/README.fixed.md"
            if FileManager.default.fileExists(atPath: Repo.root.appendingPathComponent(golden).path) {
                try expectGolden(fixed, golden)
            } else {
                #expect(try fixed == Repo.read("fixtures/vocabulary/\(name)/README.md"), "\(name) has nothing to fix")
            }
        }
        let snapshot = try Self.cases.map { try Data(contentsOf: folder.appendingPathComponent("\($0)/README.md")) }
        let second = try runLearnLint(["fix", "--config", rules(), "."], in: folder)
        #expect(second.stdout == "Nothing to fix (5 documents checked).\n")
        #expect(
            try Self.cases.map { try Data(contentsOf: folder.appendingPathComponent("\($0)/README.md")) } == snapshot)
        let check = try runLearnLint(["check", "--config", rules(), "."], in: folder)
        #expect(!check.stdout.contains("warning:"), "\(check.stdout)")
    }

    @Test func checkFixFixesThenReportsWhatIsLeft() throws {
        let folder = try copyOfFixtures()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try runLearnLint(["check", "--fix", "--config", rules(), "spellings", "technologies"], in: folder)
        #expect(result.status == 0)
        #expect(result.stderr == "learnlint: Fixed 16 problems in 2 documents (2 documents checked).\n")
        #expect(!result.stdout.contains("warning:"))
        #expect(result.stdout.contains("info: unknown technology 'Quuxbase'"))
    }

    @Test func fixKeepsLineEndingsByteOrderMarkSpacesAndPermissions() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("README.md")
        let original =
            "\u{FEFF}# Notes\r\n\r\nWe used github  \r\nand\tpostgresql.\t\r\n\r\n- Kubernates\r\nlast line, no newline: docker-compose"
        try Data(original.utf8).write(to: path)
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: path.path)
        let result = try runLearnLint(["fix", "--config", rules(), "README.md"], in: folder)
        #expect(result.status == 0)
        let expected =
            "\u{FEFF}# Notes\r\n\r\nWe used GitHub  \r\nand\tPostgreSQL.\t\r\n\r\n- Kubernetes\r\nlast line, no newline: Docker Compose"
        #expect(try Data(contentsOf: path) == Data(expected.utf8))
        let permissions = try FileManager.default.attributesOfItem(atPath: path.path)[.posixPermissions] as? Int
        #expect(permissions == 0o640)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(leftovers == ["README.md"], "no temporary file is left behind")
    }

    @Test func fixWithStandardInputIsAUsageError() throws {
        let result = try runLearnLint(["check", "--fix", "--stdin-filename", "x.md"], stdin: "github\n")
        #expect(result.status == 64 || result.status == 2)
        #expect(result.stderr.contains("--fix"))
    }

    // MARK: - Fixer

    private func finding(_ line: Int, _ start: Int, _ end: Int, _ replacement: String, found: String? = nil) -> Finding
    {
        Finding(
            rule: "r", kind: "k", severity: .warning, message: "m", path: "p",
            range: SourceRange(at: SourcePosition(line: line, column: start)),
            data: FindingData(found: found),
            fix: Fix(
                range: SourceRange(start: .init(line: line, column: start), end: .init(line: line, column: end)),
                replacement: replacement))
    }

    @Test func overlappingFixesWaitForTheNextPass() {
        let text = "héllo world\n"
        let (fixed, applied) = Fixer.apply(
            [finding(1, 1, 6, "HÉLLO"), finding(1, 3, 9, "xx"), finding(1, 7, 12, "WORLD"), finding(1, 1, 6, "HÉLLO")],
            to: text)
        #expect(fixed == "HÉLLO WORLD\n")
        #expect(applied == 2)
    }

    @Test func aFixWhoseTextHasMovedIsSkipped() {
        let (fixed, applied) = Fixer.apply([finding(1, 1, 7, "GitHub", found: "github")], to: "gitlab\n")
        #expect(fixed == "gitlab\n")
        #expect(applied == 0)
    }

    // MARK: - Unified diff

    private func diff(_ old: String, _ new: String) -> String {
        UnifiedDiff.render(old: Array(old.utf8), new: Array(new.utf8), oldLabel: "a/f", newLabel: "b/f", context: 1)
    }

    @Test func equalTextsHaveNoDiff() {
        #expect(diff("a\nb\n", "a\nb\n") == "")
    }

    @Test func changesGetHunksWithContext() {
        #expect(
            diff("1\n2\n3\n4\n5\n6\n7\n", "1\nTWO\n3\n4\n5\n6\nSEVEN\n") == """
                --- a/f
                +++ b/f
                @@ -1,3 +1,3 @@
                 1
                -2
                +TWO
                 3
                @@ -6,2 +6,2 @@
                 6
                -7
                +SEVEN

                """)
    }

    @Test func insertionsDeletionsAndMissingFinalNewline() {
        #expect(
            diff("a\nb", "x\na\n") == """
                --- a/f
                +++ b/f
                @@ -1,2 +1,2 @@
                +x
                 a
                -b
                \\ No newline at end of file

                """)
        #expect(diff("", "new\n") == "--- a/f\n+++ b/f\n@@ -0,0 +1 @@\n+new\n")
    }
}
