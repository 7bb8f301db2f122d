import Foundation
import Testing
import LearnLintTestSupport

/// The fixture corpus end to end: what the corpus rules find, and shard + merge equal to one run.
@Suite struct CorpusEndToEndTests {
    static let corpus = "fixtures/corpus"

    @Test func corpusFixtureText() throws {
        let result = try runLearnLint(["check", Self.corpus, "--config", "rules.yaml"])
        #expect(result.status == 1)
        try expectGolden(result.stdout, "fixtures/corpus/expected.txt")
    }

    @Test func corpusFixtureJSON() throws {
        let result = try runLearnLint(["check", Self.corpus, "--config", "rules.yaml", "--format", "json"])
        #expect(result.status == 1)
        try expectGolden(result.stdout, "fixtures/corpus/expected.json")
    }

    @Test func corpusGoldenJSONMatchesTheReportSchema() throws {
        let tool = try venvTool("check-jsonschema")
        let result = try runProgram(tool, ["--schemafile", "docs/schemas/report.schema.json", "fixtures/corpus/expected.json"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    }

    /// The planted problems, and nothing else, from the corpus rules and the placeholder rule. Names the
    /// vocabulary knows (`Github Actions`, `rabbitMQ`, …) are its to report, not `spelling-consistency`'s.
    @Test func corpusRulesFindWhatIsPlantedAndNothingElse() throws {
        let result = try runLearnLint(["check", Self.corpus, "--config", "rules.yaml", "--format", "json"])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let findings = try #require(report["findings"] as? [[String: Any]])
        let ours: Set<String> = ["spelling-consistency", "near-duplicate", "template-placeholders"]
        let found = findings.compactMap { finding -> String? in
            guard let rule = finding["rule"] as? String, ours.contains(rule),
                let path = finding["path"] as? String, let line = finding["line"] as? Int
            else { return nil }
            return "\(path.split(separator: "/").dropLast().last ?? ""):\(line) \(rule)"
        }
        #expect(
            Set(found) == [
                "lindiwe:12 spelling-consistency", "musa:15 spelling-consistency",
                "kofi:1 near-duplicate", "kwame:1 near-duplicate",
                "tariq:1 template-placeholders", "tariq:7 template-placeholders", "tariq:8 template-placeholders",
                "tariq:9 template-placeholders", "tariq:13 template-placeholders", "tariq:17 template-placeholders",
            ])
        #expect(found.count == 10)
    }

    @Test(arguments: [2, 3, 5])
    func mergedShardsEqualOneRun(shards: Int) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var reports: [String] = []
        var shardFindings = 0
        for index in 1...shards {
            let path = folder.appendingPathComponent("shard-\(index).json").path
            let run = try runLearnLint([
                "check", Self.corpus, "--config", "rules.yaml", "--shard", "\(index)/\(shards)", "--format", "json", "--output", path,
            ])
            #expect(run.status <= 1, "\(run.stderr)")
            shardFindings += try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\"rule\": ").count - 1
            reports.append(path)
        }
        for format in ["json", "text"] {
            let single = try runLearnLint(["check", Self.corpus, "--config", "rules.yaml", "--format", format])
            let merged = try runLearnLint(["merge"] + reports + ["--config", "rules.yaml", "--format", format])
            #expect(merged.status == single.status, "\(merged.stderr)")
            #expect(merged.stdout == single.stdout, "merge of \(shards) shards differs from one run (\(format))")
        }
        // The shards alone cannot see cross-shard duplicates and spellings: merge must recompute them.
        let all = try Repo.read("fixtures/corpus/expected.json").components(separatedBy: "\"rule\": ").count - 1
        #expect(shardFindings < all)
    }

    @Test func mergeWritesSeveralReports() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let shard = folder.appendingPathComponent("all.json").path
        _ = try runLearnLint(["check", Self.corpus, "--config", "rules.yaml", "--format", "json", "--output", shard])
        let text = folder.appendingPathComponent("merged.txt").path
        let merged = try runLearnLint([
            "merge", shard, "--config", "rules.yaml", "--report", "text=\(text)", "--format", "json", "--fail-on", "never",
        ])
        #expect(merged.status == 0)
        #expect(merged.stdout == (try Repo.read("fixtures/corpus/expected.json")))
        #expect(try String(contentsOfFile: text, encoding: .utf8) == (try Repo.read("fixtures/corpus/expected.txt")))
    }

    @Test func mergeRejectsWhatIsNotAShardReport() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bad = folder.appendingPathComponent("bad.json")
        try Data(#"{"schema": "learnlint/coverage@1", "contributors": []}"#.utf8).write(to: bad)
        let wrongSchema = try runLearnLint(["merge", bad.path])
        #expect(wrongSchema.status == 2)
        #expect(wrongSchema.stderr.contains("bad.json: not a valid shard report: schema is \"learnlint/coverage@1\""))
        try Data("{\"schema\": \"learnlint/report@1\", \"documents\": [".utf8).write(to: bad)
        let truncated = try runLearnLint(["merge", bad.path])
        #expect(truncated.status == 2)
        #expect(truncated.stderr.contains("bad.json: not a valid shard report: invalid JSON"))
        let missing = try runLearnLint(["merge", "no-such-report.json"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("no-such-report.json: no such file"))
    }

    /// Precision on real documents never written for these rules: the five seeds give no corpus findings.
    @Test(.enabled(if: Repo.seedsExpected, Repo.sharedSkipReason)) func realDocumentsGiveNoCorpusFindings() throws {
        let seeds = try FileManager.default.contentsOfDirectory(atPath: Repo.seeds.path).filter { $0.hasSuffix(".txt") }
        try #require(seeds.count >= 5)
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for seed in seeds {
            let target = folder.appendingPathComponent("contributors/\(seed.dropLast(4))")
            try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
            try FileManager.default.copyItem(
                at: Repo.seeds.appendingPathComponent(seed), to: target.appendingPathComponent("README.md"))
        }
        let result = try runLearnLint(
            ["check", "contributors", "--config", Repo.root.appendingPathComponent("rules.yaml").path, "--format", "json"],
            in: folder)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let rules = (report["findings"] as? [[String: Any]] ?? []).compactMap { $0["rule"] as? String }
        let corpusRules: Set<String> = ["spelling-consistency", "near-duplicate", "template-placeholders"]
        #expect(rules.filter { corpusRules.contains($0) } == [])
        let documents = try #require(report["documents"] as? [[String: Any]])
        #expect(documents.count == seeds.count && documents.allSatisfy { $0["minhash"] is String })
    }
}
