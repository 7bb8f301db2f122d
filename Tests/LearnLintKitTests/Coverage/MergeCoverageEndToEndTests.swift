import Foundation
import Testing
import LearnLintTestSupport

@testable import LearnLintCore
@testable import LearnLintRules
@testable import LearnLintConfiguration
@testable import LearnLintIO
@testable import LearnLintEngine
@testable import LearnLintReporters

/// `learnlint merge shard*.json --coverage FORMAT=FILE`: coverage from the union of the shards' facts
/// equals one unsharded `learnlint coverage` run, byte for byte; `--fail-under` and `coverage.fail_under`
/// gate the exit code only when coverage is asked for.
@Suite struct MergeCoverageEndToEndTests {
    /// A fixture corpus and the rules it is checked with: the coverage fixture (sections and concepts)
    /// and the corpus fixture with the default rules (terms and challenges too).
    static let corpora = [("fixtures/coverage", "fixtures/coverage/rules.yaml"), ("fixtures/corpus", "rules.yaml")]

    /// Runs `check --shard K/N --format json` for every K and returns the report paths.
    private func shardReports(_ corpus: String, config: String, shards: Int, in folder: URL) throws -> [String] {
        try (1...shards).map { index in
            let path = folder.appendingPathComponent("shard-\(index).json").path
            let run = try runLearnLint([
                "check", corpus, "--config", config, "--shard", "\(index)/\(shards)", "--format", "json", "--output", path,
            ])
            #expect(run.status <= 1, "\(run.stderr)")
            return path
        }
    }

    @Test(arguments: corpora)
    func mergedCoverageEqualsOneRun(corpus: String, config: String) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let reports = try shardReports(corpus, config: config, shards: 3, in: folder)
        let formats = CoverageFormat.allCases.map(\.rawValue)
        let requests = formats.flatMap { ["--coverage", "\($0)=\(folder.appendingPathComponent("coverage.\($0)").path)"] }
        let merged = try runLearnLint(["merge"] + reports + ["--config", config, "--format", "json"] + requests)
        // Both fixtures have errors and score under their pass mark of 60.
        #expect(merged.status == 1, "\(merged.stderr)")
        let single = try runLearnLint(["check", corpus, "--config", config, "--format", "json"])
        #expect(merged.stdout == single.stdout, "the check report of merge changed with --coverage")
        for format in formats {
            // Written next to the merged file: the page's links to documents depend on where it is.
            let onePath = folder.appendingPathComponent("one.\(format)").path
            let one = try runLearnLint(["coverage", corpus, "--config", config, "--format", format, "--output", onePath])
            #expect(one.status == 1)
            let written = try String(contentsOfFile: folder.appendingPathComponent("coverage.\(format)").path, encoding: .utf8)
            #expect(written == (try String(contentsOfFile: onePath, encoding: .utf8)), "merged \(format) coverage of \(corpus) differs from one run")
        }
        // Every shard alone sees fewer documents: the merged report really is the union.
        for report in reports {
            let shard = try runLearnLint(["merge", report, "--config", config, "--coverage", "json=\(folder.path)/part.json", "--quiet"])
            #expect(shard.status == 1)
            let part = try JSONValue.parse(Data(contentsOf: folder.appendingPathComponent("part.json")))
            let all = try JSONValue.parse(Data(contentsOf: folder.appendingPathComponent("coverage.json")))
            let (partCount, allCount) = (part["summary"]?["documents"]?.intValue ?? -1, all["summary"]?["documents"]?.intValue ?? -1)
            #expect(partCount > 0 && partCount < allCount)
        }
    }

    @Test func passMarkGatesTheExitCodeOnlyWhenCoverageIsAskedFor() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (corpus, config) = Self.corpora[0]
        let reports = try shardReports(corpus, config: config, shards: 3, in: folder)
        let json = folder.appendingPathComponent("coverage.json").path
        let merge = { (options: [String]) in
            try runLearnLint(["merge"] + reports + ["--config", config, "--fail-on", "never", "--quiet"] + options)
        }
        // Without --coverage or --fail-under, merge is check's twin: coverage.fail_under (60) is not read.
        #expect(try merge([]).status == 0)
        // With --coverage, coverage.fail_under applies to the score of 51.8 %, as in `learnlint coverage`.
        #expect(try merge(["--coverage", "json=\(json)"]).status == 1)
        let summary = try JSONValue.parse(Data(contentsOf: URL(fileURLWithPath: json)))["summary"]
        #expect(summary?["fail_under"]?.doubleValue == 60 && summary?["passed"] == .bool(false))
        // --fail-under overrides it, with or without --coverage, compared with the printed score.
        #expect(try merge(["--fail-under", "51.9"]).status == 1)
        #expect(try merge(["--fail-under", "51.8"]).status == 0)
        #expect(try merge(["--fail-under", "51.8", "--coverage", "json=\(json)"]).status == 0)
        let passed = try JSONValue.parse(Data(contentsOf: URL(fileURLWithPath: json)))["summary"]
        #expect(passed?["fail_under"]?.doubleValue == 51.8 && passed?["passed"] == .bool(true))
        #expect(try merge(["--fail-under", "120"]).status == 2)
        // Findings still fail the run when coverage passes.
        let findings = try runLearnLint(["merge"] + reports + ["--config", config, "--fail-under", "0", "--quiet"])
        #expect(findings.status == 1)
        #expect(findings.stderr.isEmpty)
    }

    @Test func failingCoverageSaysWhyOnStandardError() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (corpus, config) = Self.corpora[0]
        let reports = try shardReports(corpus, config: config, shards: 2, in: folder)
        let loud = try runLearnLint(["merge"] + reports + ["--config", config, "--fail-on", "never", "--fail-under", "55"])
        #expect(loud.status == 1)
        #expect(loud.stderr == "learnlint: coverage 51.8% is below the pass mark 55.0%\n")
        #expect(!loud.stdout.isEmpty)
        let quiet = try runLearnLint(["merge"] + reports + ["--config", config, "--fail-on", "never", "--fail-under", "55", "--quiet"])
        #expect(quiet.status == 1 && quiet.stderr.isEmpty && quiet.stdout.isEmpty)
    }

    @Test func badCoverageRequestIsAUsageError() throws {
        let result = try runLearnLint(["merge", "x.json", "--coverage", "sarif=out.sarif"])
        #expect(result.status != 0 && result.status != 1)
        #expect(result.stderr.contains("--coverage"), "\(result.stderr)")
    }
}
