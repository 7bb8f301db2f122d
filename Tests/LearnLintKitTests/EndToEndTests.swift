import Foundation
import Testing

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
        #expect(result.stdout == "1 document checked: no problems.\n")
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
        #expect(result.status == 64 || result.status == 2)
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
