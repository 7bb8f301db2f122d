import Foundation
import Testing
import LearnLintTestSupport

@testable import LearnLintCore
@testable import LearnLintRules
@testable import LearnLintConfiguration
@testable import LearnLintIO
@testable import LearnLintEngine
@testable import LearnLintReporters

/// Runs the built `learnlint` binary on fixtures/ and compares its output with golden files.
@Suite struct EndToEndTests {
    @Test func sectionsFixturesText() throws {
        let result = try runLearnLint(["check", "fixtures/sections", "--config", "rules.yaml"])
        #expect(result.status == 1)
        try expectGolden(result.stdout, "fixtures/sections/expected.txt")
    }

    @Test func sectionsFixturesJSON() throws {
        let result = try runLearnLint(["check", "fixtures/sections", "--config", "rules.yaml", "--format", "json"])
        #expect(result.status == 1)
        try expectGolden(result.stdout, "fixtures/sections/expected.json")
    }

    @Test func cleanDocumentExitsZero() throws {
        let result = try runLearnLint(["fixtures/sections/clean/README.md", "--config", "rules.yaml"])
        #expect(result.status == 0)
        #expect(result.stdout == "1 document checked against rules.yaml: no problems.\n")
    }

    @Test func failOnNeverExitsZeroDespiteErrors() throws {
        let result = try runLearnLint(["check", "fixtures/sections", "--config", "rules.yaml", "--fail-on", "never"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("error: missing section"))
    }

    @Test func missingPathExitsTwo() throws {
        let result = try runLearnLint(["check", "no/such/folder"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("no such file or folder: no/such/folder"))
    }

    @Test func badFormatIsAUsageError() throws {
        let result = try runLearnLint(["check", "--format", "yaml", "fixtures/sections/clean/README.md"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("format"))
    }

    @Test func standardInputIsCheckedUnderItsName() throws {
        let result = try runLearnLint(
            ["check", "--stdin-filename", "notes/README.md", "--config", "rules.yaml"], stdin: "# Notes\n\n## Key Technologies\n- A\n- B\n- C\n")
        #expect(result.status == 1)
        #expect(result.stdout.contains("notes/README.md:1:1: error: missing section “Important Backend Development Concepts” [required-sections]"))
    }

    @Test func reportsGoToFilesAndOutput() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let json = folder.appendingPathComponent("out/report.json").path
        let text = folder.appendingPathComponent("report.txt").path
        let result = try runLearnLint([
            "check", "fixtures/sections", "--config", "rules.yaml", "--report", "json=\(json)", "--output", text,
        ])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(try String(contentsOfFile: json, encoding: .utf8) == Repo.read("fixtures/sections/expected.json"))
        #expect(try String(contentsOfFile: text, encoding: .utf8) == Repo.read("fixtures/sections/expected.txt"))
    }
}

@Suite struct ReportSchemaTests {
    @Test func goldenJSONReportMatchesItsSchema() throws {
        let tool = try venvTool("check-jsonschema")
        let result = try runProgram(tool, ["--schemafile", "docs/schemas/report.schema.json", "fixtures/sections/expected.json"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    }

    @Test func schemaRejectsABrokenReport() throws {
        let tool = try venvTool("check-jsonschema")
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let broken = try Repo.read("fixtures/sections/expected.json").replacingOccurrences(of: "\"severity\": \"error\"", with: "\"severity\": \"fatal\"")
        let path = folder.appendingPathComponent("broken.json")
        try broken.write(to: path, atomically: true, encoding: .utf8)
        let result = try runProgram(tool, ["--schemafile", "docs/schemas/report.schema.json", path.path])
        #expect(result.status != 0)
    }
}

@Suite struct RobustnessTests {
    @Test func oversizedAndUndecodableDocumentsAreFindingsAndOthersStillChecked() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["big", "bad", "good"] {
            try FileManager.default.createDirectory(at: folder.appendingPathComponent(name), withIntermediateDirectories: true)
        }
        try String(repeating: "# Big\n", count: 100).write(to: folder.appendingPathComponent("big/README.md"), atomically: true, encoding: .utf8)
        try Data([0x23, 0x20, 0xFF, 0xFE, 0x0A]).write(to: folder.appendingPathComponent("bad/README.md"))
        try "# Good\n".write(to: folder.appendingPathComponent("good/README.md"), atomically: true, encoding: .utf8)
        try "extends: [default]\ndocuments:\n  max_bytes: 100\n".write(to: folder.appendingPathComponent("rules.yaml"), atomically: true, encoding: .utf8)
        let result = try runLearnLint(["check"], in: folder)
        #expect(result.status == 1)
        #expect(result.stdout.contains("bad/README.md:1:3: error: the document is not valid UTF-8 (first bad byte at line 1, column 3) [unreadable-document]"))
        #expect(result.stdout.contains("big/README.md:1:1: error: the document is 600 bytes, over max_bytes (100) [unreadable-document]"))
        #expect(result.stdout.contains("good/README.md:1:1: error: missing section"))
        #expect(result.stdout.hasSuffix("3 documents checked against rules.yaml: 6 errors, 0 warnings, 0 infos.\n"))
    }

    @Test func parallelAndSerialRunsPrintTheSame() throws {
        let serial = try runLearnLint(["check", "fixtures", "--config", "rules.yaml", "--jobs", "1", "--format", "json"])
        let parallel = try runLearnLint(["check", "fixtures", "--config", "rules.yaml", "--jobs", "4", "--format", "json"])
        #expect(serial.stdout == parallel.stdout)
        #expect(serial.status == parallel.status)
    }

    @Test func colourOnlyWhenAsked() throws {
        let plain = try runLearnLint(["fixtures/sections/duplicated/README.md", "--config", "rules.yaml"])
        #expect(!plain.stdout.contains("\u{1B}["))
        let coloured = try runLearnLint(["fixtures/sections/duplicated/README.md", "--config", "rules.yaml", "--color", "always"])
        #expect(coloured.stdout.contains("\u{1B}[31merror\u{1B}[0m"))
    }

    @Test func quietPrintsNothingButKeepsTheExitCode() throws {
        let result = try runLearnLint(["fixtures/sections/duplicated/README.md", "--config", "rules.yaml", "--quiet"])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
    }

    @Test func namedFilesAreCheckedWhateverTheirName() throws {
        let result = try runLearnLint(["check", "--config", "rules.yaml", "fixtures/configs/custom-programme.yaml"])
        #expect(result.stdout.contains("fixtures/configs/custom-programme.yaml:1:1: error: missing section"))
    }
}

@Suite struct JSONStreamingTests {
    /// The streamed report equals the serialised tree, with and without documents and findings.
    @Test(arguments: [0, 1, 3])
    func streamedReportEqualsTheTree(documents: Int) throws {
        let ruleSet = try RuleSet(configuration: ConfigurationLoader.builtIn())
        let linter = Linter(ruleSet: ruleSet)
        var facts: [DocumentFacts] = []
        var findings: [Finding] = []
        for index in 0..<documents {
            let path = "d\(index)/README.md"
            let source = DocumentSource(displayPath: path, rootRelativePath: path, absolutePath: "/" + path)
            let text = index == 0 ? "# Only a title\n" : "# T\n## Key Technologies\n- Github Actions\n- Python\n- Go\n"
            let (fact, found) = linter.check(source, text: text, resolver: ContributorResolver(sources: [.folder]))
            facts.append(fact)
            findings += found
        }
        let input = ReportInput(result: LintResult(documents: facts, findings: findings), ruleSet: ruleSet, configurationSource: "x")
        #expect(JSONReporter().render(input) == JSONReporter().report(input).serialized() + "\n")
    }
}
