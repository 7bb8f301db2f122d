import Foundation
import Testing
import LearnLintTestSupport

/// `check --baseline / --write-baseline / --baseline-strict / --changed-since`, and suppression
/// fixtures, through the built binary.
@Suite struct GateEndToEndTests {
    @Test func suppressionsFixture() throws {
        let result = try runLearnLint(["check", "fixtures/suppressions", "--config", "rules.yaml"])
        #expect(result.status == 1)
        try expectGolden(result.stdout, "fixtures/suppressions/expected.txt")
    }

    @Test func suppressionsFixtureJSONMatchesTheReportSchema() throws {
        let result = try runLearnLint(["check", "fixtures/suppressions", "--config", "rules.yaml", "--format", "json"])
        #expect(result.status == 1)
        try expectGolden(result.stdout, "fixtures/suppressions/expected.json")
        #expect(result.stdout.contains("\"suppressions\": ["))
        let tool = try venvTool("check-jsonschema")
        let check = try runProgram(tool, ["--schemafile", "docs/schemas/report.schema.json", "fixtures/suppressions/expected.json"])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
    }

    @Test func baselineReportsOnlyNewFindingsAndStrictFailsWhenOneIsGone() throws {
        let repo = try GitRepository()
        defer { repo.remove() }
        try repo.write("alice/README.md", "# Alice\n\n## Key Technologies\n- Docker\n")
        try repo.write("bob/README.md", Documents.complete)
        let written = try runLearnLint(["check", "--write-baseline", "baseline.json"], in: repo.root)
        #expect(written.status == 0, "writing a baseline accepts today's findings")
        #expect(written.stderr.contains("wrote baseline.json (4 findings accepted)"))
        let file = try repo.read("baseline.json")
        #expect(file.contains("\"schema\": \"learnlint/baseline@1\""))
        #expect(!file.contains("bob/README.md"))

        let clean = try runLearnLint(["check", "--baseline", "baseline.json"], in: repo.root)
        #expect(clean.status == 0)
        #expect(clean.stdout == "2 documents checked against the built-in rules: no problems.\n")
        #expect(clean.stderr.contains("4 findings are in the baseline"))

        // Edits above the findings and a new problem: only the new one is reported.
        try repo.write("alice/README.md", "# Alice\n\nSome intro.\nMore intro.\n\n## Key Technologies\n- Docker\n\n## Key Technologies\n")
        let new = try runLearnLint(["check", "--baseline", "baseline.json", "--format", "json"], in: repo.root)
        #expect(new.status == 1)
        #expect(new.stdout.contains("duplicated section “Key Technologies” (first at line 6)"))
        #expect(new.stdout.contains("\"errors\": 1"))

        // One accepted finding fixed (three items now): fine normally, a failure when strict.
        try repo.write("alice/README.md", "# Alice\n\nSome intro.\n\n## Key Technologies\n- Docker\n- Go\n- Rust\n")
        #expect(try runLearnLint(["check", "--baseline", "baseline.json"], in: repo.root).status == 0)
        let strict = try runLearnLint(["check", "--baseline", "baseline.json", "--baseline-strict"], in: repo.root)
        #expect(strict.status == 1)
        #expect(strict.stderr.contains("1 baselined finding is gone"))
        #expect(strict.stderr.contains("alice/README.md:3: section “Key Technologies” lists 1 item; at least 3 expected [required-sections]"))

        // Rewriting the baseline shrinks it; strict passes again.
        #expect(try runLearnLint(["check", "--write-baseline", "baseline.json"], in: repo.root).status == 0)
        #expect(try runLearnLint(["check", "--baseline", "baseline.json", "--baseline-strict"], in: repo.root).status == 0)
    }

    @Test func badBaselineFileAndBadCombinationsAreUsageErrors() throws {
        let repo = try GitRepository()
        defer { repo.remove() }
        try repo.write("report.json", #"{"schema": "learnlint/report@1"}"#)
        try repo.write("alice/README.md", Documents.complete)
        let result = try runLearnLint(["check", "--baseline", "report.json"], in: repo.root)
        #expect(result.status == 2)
        #expect(result.stderr.contains("report.json: error: not a learnlint/baseline@1 file"))
        let strictAlone = try runLearnLint(["check", "--baseline-strict"], in: repo.root)
        #expect(strictAlone.status == 2)
        #expect(strictAlone.stderr.contains("--baseline-strict needs --baseline FILE"))
        let sharded = try runLearnLint(["check", "--write-baseline", "b.json", "--shard", "1/2"], in: repo.root)
        #expect(sharded.status == 2)
        #expect(!FileManager.default.fileExists(atPath: repo.root.appendingPathComponent("b.json").path))
    }

    @Test func changedSinceReportsOnlyChangedDocuments() throws {
        let repo = try GitRepository()
        defer { repo.remove() }
        for name in ["committed", "staged", "unstaged", "untouched"] {
            try repo.write("\(name)/README.md", Documents.complete)
        }
        try repo.git("add", ".")
        try repo.git("commit", "-q", "-m", "base")
        try repo.git("checkout", "-q", "-b", "feature")
        try repo.write("committed/README.md", Documents.missingConcepts)
        try repo.git("commit", "-q", "-am", "change")
        // Changed on main after the branch forked: not this branch's change.
        try repo.git("checkout", "-q", "main")
        try repo.write("untouched/README.md", Documents.complete + "\nMore.\n")
        try repo.git("commit", "-q", "-am", "main moves on")
        try repo.git("checkout", "-q", "feature")
        try repo.write("staged/README.md", Documents.missingConcepts)
        try repo.git("add", "staged/README.md")
        try repo.write("unstaged/README.md", Documents.missingConcepts)
        try repo.write("untracked/README.md", Documents.missingConcepts)

        let result = try runLearnLint(["check", "--changed-since", "main", "--format", "json"], in: repo.root)
        #expect(result.status == 1)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let documents = (report["documents"] as? [[String: Any]] ?? []).compactMap { $0["path"] as? String }
        #expect(documents == ["committed/README.md", "staged/README.md", "unstaged/README.md", "untracked/README.md"])
        let paths = Set((report["findings"] as? [[String: Any]] ?? []).compactMap { $0["path"] as? String })
        #expect(paths == Set(documents))

        let none = try runLearnLint(["check", "--changed-since", "HEAD", "untouched"], in: repo.root)
        #expect(none.status == 0)
        #expect(none.stdout == "0 documents checked against the built-in rules: no problems.\n")

        let bad = try runLearnLint(["check", "--changed-since", "no-such-branch"], in: repo.root)
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("--changed-since: unknown revision 'no-such-branch'"))
    }
}
