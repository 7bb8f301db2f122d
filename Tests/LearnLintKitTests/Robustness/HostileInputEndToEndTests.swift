import Foundation
import Testing
import LearnLintTestSupport

@testable import LearnLintCore
@testable import LearnLintRules
@testable import LearnLintConfiguration
@testable import LearnLintIO
@testable import LearnLintEngine
@testable import LearnLintReporters

/// The built binary on input that used to crash or hang it (issue 12): bare-CR documents, values at
/// `Int.max`, endless standard input, FIFOs, unreadable folders, deeply nested YAML.
@Suite struct HostileInputEndToEndTests {
    static let bareCR = "fixtures/hostile/bare-cr/README.md"

    /// A trap ends the process by a signal; `Process` then reports status 128+ or the signal number.
    private func expectExited(_ result: CommandResult, _ status: Int32, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(result.status == status, "exit \(result.status); stderr: \(result.stderr)", sourceLocation: sourceLocation)
    }

    @Test func bareCarriageReturnDocumentsAreCheckedWithTheirOwnLineNumbers() throws {
        let result = try runLearnLint(["check", Self.bareCR, "--format", "json"])
        expectExited(result, 1)
        let report = try parseJSON(result.stdout)
        let facts = try #require(report["documents"]?.arrayValue?.first)
        // Every line ends in a bare CR: the headings sit on lines 1, 3 and 8, as an editor shows them.
        let lines = facts["headings"]?.arrayValue?.compactMap { $0["line"]?.intValue }
        #expect(lines == [1, 3, 8])
        #expect(facts["challenges"]?.intValue == 1 && facts["challenges_paired"]?.intValue == 1)
        let spellings = report["findings"]?.arrayValue?.filter { $0["rule"]?.stringValue == "technology-names" } ?? []
        #expect(spellings.map { $0["line"]?.intValue } == [5], "Github Actions, on its own line")
        #expect(spellings.first?["column"]?.intValue == 3)
    }

    @Test func bareCarriageReturnDocumentsGoThroughCoverageFixAndStandardInput() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = try String(contentsOf: Repo.root.appendingPathComponent(Self.bareCR), encoding: .utf8)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("mac"), withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("mac/README.md")
        try text.write(to: path, atomically: true, encoding: .utf8)
        let coverage = try runLearnLint(["coverage", "--format", "csv"], in: folder)
        #expect(coverage.status == 1, "below the default pass mark: \(coverage.stderr)")
        #expect(coverage.stdout.contains("\r\nmac,"), "\(coverage.stdout)")
        let standardInput = try runLearnLint(["check", "--stdin-filename", "mac/README.md"], in: folder, stdin: text)
        expectExited(standardInput, 1)
        #expect(standardInput.stdout.contains("mac/README.md:5:3: warning:"))
        expectExited(try runLearnLint(["fix"], in: folder), 0)
        let fixed = try String(contentsOf: path, encoding: .utf8)
        #expect(fixed == text.replacingOccurrences(of: "Github Actions", with: "GitHub Actions"), "only the spelling changed; every CR stays")
    }

    /// Front matter whose lines end in bare CRs (`---\rauthor: x\r---\r`) is front matter, as cmark
    /// reads those lines: before, the fences were a thematic break and a setext underline, so
    /// `author: mac-user` became a heading and no contributor was found.
    @Test func bareCarriageReturnFrontMatterIsRecognised() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "version: 1\nextends: [default]\ncontributors:\n  - front_matter: author\n"
            .write(to: folder.appendingPathComponent("rules.yaml"), atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("notes"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: Repo.root.appendingPathComponent("fixtures/hostile/bare-cr/front-matter.md"),
            to: folder.appendingPathComponent("notes/README.md"))
        let result = try runLearnLint(["check", "--format", "json"], in: folder)
        expectExited(result, 1)
        let facts = try #require(try parseJSON(result.stdout)["documents"]?.arrayValue?.first)
        #expect(facts["contributor"]?.stringValue == "mac-user")
        #expect(facts["headings"]?.arrayValue?.compactMap { $0["line"]?.intValue } == [5, 7, 12])
        #expect(facts["challenges"]?.intValue == 1 && facts["challenges_paired"]?.intValue == 1)
        let spellings = try parseJSON(result.stdout)["findings"]?.arrayValue?.filter { $0["rule"]?.stringValue == "technology-names" } ?? []
        #expect(spellings.map { $0["line"]?.intValue } == [10], "Github Actions, counted from the first fence")
    }

    @Test func maxBytesAtIntMaxIsNoOverflow() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "version: 1\nextends: [default]\ndocuments: {max_bytes: 9223372036854775807}\n"
            .write(to: folder.appendingPathComponent("rules.yaml"), atomically: true, encoding: .utf8)
        let copy = folder.appendingPathComponent("README.md")
        try FileManager.default.copyItem(at: Repo.root.appendingPathComponent(Self.bareCR), to: copy)
        let result = try runLearnLint(["check", "README.md"], in: folder)
        expectExited(result, 1)
        #expect(result.stdout.hasSuffix(": 2 errors, 1 warning, 0 infos.\n"), "\(result.stdout)")
    }

    @Test func standardInputStopsAtMaxBytes() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "version: 1\nextends: [default]\ndocuments: {max_bytes: 4096}\n"
            .write(to: folder.appendingPathComponent("rules.yaml"), atomically: true, encoding: .utf8)
        // An endless input: before, learnlint read it until memory ran out.
        let endless = try runProgram("/bin/sh", ["-c", "timeout 20 \"$0\" check --stdin-filename x.md < /dev/zero", learnLintBinary()], in: folder)
        expectExited(endless, 2)
        #expect(endless.stderr == "learnlint: standard input is over max_bytes (4096 bytes); it was not checked\n")
        let small = try runLearnLint(["check", "--stdin-filename", "x.md"], in: folder, stdin: "# Title\n")
        expectExited(small, 1)
    }

    @Test func aFIFONamedOnTheCommandLineIsReportedNotWaitedFor() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(mkfifo(folder.appendingPathComponent("pipe.md").path, 0o644) == 0)
        let result = try runProgram("/usr/bin/timeout", ["20", learnLintBinary(), "check", "pipe.md"], in: folder, environment: ["NO_COLOR": "1"])
        expectExited(result, 1)
        #expect(result.stdout.contains("pipe.md:1:1: error: cannot read the document: it is not a regular file (a FIFO, device or socket); it was not read [unreadable-document]"))
    }

    @Test func aFolderThatCannotBeOpenedIsReported() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "# Readable\n".write(to: folder.appendingPathComponent("README.md"), atomically: true, encoding: .utf8)
        // Root opens any folder whatever its mode; a path longer than PATH_MAX fails for everyone.
        let component = String(repeating: "d", count: 200)
        let script = "import os\nos.mkdir('deep'); os.chdir('deep')\nfor _ in range(24):\n    os.mkdir('\(component)'); os.chdir('\(component)')\n"
        let made = try runProgram("/usr/bin/env", ["python3", "-c", script], in: folder)
        try #require(made.status == 0, "\(made.stderr)")
        let result = try runLearnLint(["check", "--format", "json", "."], in: folder)
        expectExited(result, 1)
        let findings = try parseJSON(result.stdout)["findings"]?.arrayValue ?? []
        let unreadable = findings.filter { $0["rule"]?.stringValue == Linter.unreadableRuleID }
        #expect(unreadable.count == 1)
        #expect(unreadable.first?["message"]?.stringValue?.hasPrefix("cannot read the document: cannot open the folder (File name too long)") == true)
        #expect(unreadable.first?["path"]?.stringValue?.hasPrefix("deep/ddd") == true)
    }

    @Test func deeplyNestedYAMLFailsFastWithALocation() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try String(repeating: "[", count: 100_000).write(to: folder.appendingPathComponent("rules.yaml"), atomically: true, encoding: .utf8)
        let started = Date()
        let result = try runLearnLint(["config", "check", "rules.yaml"], in: folder)
        #expect(Date().timeIntervalSince(started) < 5)
        expectExited(result, 2)
        #expect(result.stderr.contains("rules.yaml:1:201: error: lists and mappings nest deeper than 200 levels"), "\(result.stderr)")
    }

    @Test func deeplyNestedFrontMatterIsNoHang() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let document = "---\nauthor: " + String(repeating: "[", count: 40_000) + "\n---\n# Notes\n"
        try document.write(to: folder.appendingPathComponent("README.md"), atomically: true, encoding: .utf8)
        let started = Date()
        let result = try runLearnLint(["check", "README.md"], in: folder)
        #expect(Date().timeIntervalSince(started) < 5)
        expectExited(result, 1)
        #expect(result.stdout.contains("README.md:1:1: error: missing section “Key Technologies” [required-sections]"))
    }
}

/// The binary `runLearnLint` runs, for tests that wrap it in a shell or `timeout`.
func learnLintBinary() -> String {
    ProcessInfo.processInfo.environment["LEARNLINT_BIN"] ?? Repo.root.appendingPathComponent(".build/debug/learnlint").path
}

/// A report's JSON as a `JSONValue` tree.
func parseJSON(_ text: String) throws -> JSONValue {
    try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
}
