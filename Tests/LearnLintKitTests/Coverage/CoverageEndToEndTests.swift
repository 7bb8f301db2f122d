import Foundation
import Testing
import LearnLintTestSupport

@testable import LearnLintCore
@testable import LearnLintRules
@testable import LearnLintConfiguration
@testable import LearnLintIO
@testable import LearnLintEngine
@testable import LearnLintReporters

/// `learnlint coverage` on fixtures/coverage, run through the built binary, against golden files.
@Suite struct CoverageEndToEndTests {
    static let corpus = ["coverage", "fixtures/coverage", "--config", "fixtures/coverage/rules.yaml"]

    @Test(arguments: [("text", "txt"), ("json", "json"), ("markdown", "md"), ("csv", "csv"), ("html", "html")])
    func goldenReports(format: String, fileExtension: String) throws {
        let result = try runLearnLint(CoverageEndToEndTests.corpus + ["--format", format])
        // The fixture corpus scores 51.8%, under its fail_under of 60.
        #expect(result.status == 1, "\(result.stderr)")
        // The verdict goes to standard error, whatever the report's format (issue 10).
        #expect(result.stderr == "learnlint: coverage 51.8% is below the pass mark 60.0%\n")
        try expectGolden(result.stdout, "fixtures/coverage/expected.\(fileExtension)")
    }

    @Test func passMarkFromTheCommandLine() throws {
        let below = try runLearnLint(CoverageEndToEndTests.corpus + ["--fail-under", "51.9", "--quiet"])
        #expect(below.status == 1)
        #expect(below.stdout.isEmpty)
        let met = try runLearnLint(CoverageEndToEndTests.corpus + ["--fail-under", "51.8", "--format", "json"])
        #expect(met.status == 0)
        let summary = try JSONValue.parse(Data(met.stdout.utf8))["summary"]
        #expect(summary?["fail_under"]?.doubleValue == 51.8)
        #expect(summary?["passed"] == .bool(true))
    }

    @Test func badPassMarkAndBadConfigurationExitTwo() throws {
        let range = try runLearnLint(CoverageEndToEndTests.corpus + ["--fail-under", "120"])
        #expect(range.status == 2)
        #expect(range.stderr.contains("--fail-under is a percentage from 0 to 100"))

        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = folder.appendingPathComponent("rules.yaml")
        try "version: 1\nrules: []\nconcepts:\n  - { name: Caching, mach: [cache] }\n".write(to: config, atomically: true, encoding: .utf8)
        let result = try runLearnLint(["coverage", "fixtures/coverage", "--config", config.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("rules.yaml:4:22: error: unknown key 'mach'; did you mean 'match'?"), "\(result.stderr)")
    }

    @Test func severalReportsFromOneRun() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let json = folder.appendingPathComponent("out/coverage.json").path
        let html = folder.appendingPathComponent("coverage.html").path
        let text = folder.appendingPathComponent("coverage.txt").path
        let result = try runLearnLint(CoverageEndToEndTests.corpus + ["--report", "json=\(json)", "--report", "html=\(html)", "--output", text])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(try String(contentsOfFile: json, encoding: .utf8) == Repo.read("fixtures/coverage/expected.json"))
        // The page's links to documents lead back from where it was written to the working folder.
        let page = try String(contentsOfFile: html, encoding: .utf8)
        let link = try #require(page.range(of: "<li><a href=\"")?.upperBound)
        let prefix = String(page[link...].prefix { $0 != "\"" }.dropLast("fixtures/coverage/contributors/amara/README.md".count))
        #expect(prefix.hasPrefix("../") && prefix.hasSuffix("/"), "\(prefix)")
        #expect(page.replacingOccurrences(of: "href=\"\(prefix)", with: "href=\"") == (try Repo.read("fixtures/coverage/expected.html")))
        #expect(try String(contentsOfFile: text, encoding: .utf8) == Repo.read("fixtures/coverage/expected.txt"))
    }

    @Test func shardsSplitTheDocuments() throws {
        var total = 0
        for shard in ["1/2", "2/2"] {
            let result = try runLearnLint(CoverageEndToEndTests.corpus + ["--format", "json", "--shard", shard, "--fail-under", "0"])
            #expect(result.status == 0)
            total += try JSONValue.parse(Data(result.stdout.utf8))["summary"]?["documents"]?.intValue ?? -100
        }
        #expect(total == 15)
    }

    @Test func colourOnlyWhenAskedFor() throws {
        let result = try runLearnLint(CoverageEndToEndTests.corpus + ["--color", "always", "--wide"])
        #expect(result.stdout.contains("\u{1B}[32m✓"))
        #expect(!(try runLearnLint(CoverageEndToEndTests.corpus + ["--wide"])).stdout.contains("\u{1B}["))
    }

    @Test func goldenJSONMatchesItsSchema() throws {
        let result = try runProgram(try venvTool("check-jsonschema"), [
            "--schemafile", Repo.root.appendingPathComponent("docs/schemas/coverage.schema.json").path,
            Repo.root.appendingPathComponent("fixtures/coverage/expected.json").path,
        ])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    }
}
