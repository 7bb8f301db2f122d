import Foundation
import Testing
import LearnLintTestSupport

@testable import LearnLintCore
@testable import LearnLintRules
@testable import LearnLintConfiguration
@testable import LearnLintIO
@testable import LearnLintEngine
@testable import LearnLintReporters

/// The sharded examples (`.github/workflows/corpus-sharded.yml`, `docs/jenkins-sharded.md`): their
/// shape is checked, and their own learnlint commands run on the fixture corpus as the jobs would; the
/// merged reports must equal one unsharded run's. (The workflow's schema is checked with every other
/// workflow in `CIFilesTests.workflowsAndActionValidate`.)
@Suite struct ShardedCITests {
    static let workflowPath = ".github/workflows/corpus-sharded.yml"

    /// A workspace as a job sees it: the repository's fixtures, and the binary at `bin/learnlint`.
    static func workspace() throws -> URL {
        let root = try temporaryFolder().resolvingSymlinksInPath()
        try FileManager.default.createSymbolicLink(at: root.appendingPathComponent("fixtures"), withDestinationURL: Repo.fixtures)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("bin"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: HookTests.binary, toPath: root.appendingPathComponent("bin/learnlint").path)
        return root
    }

    /// What one unsharded run writes, for comparison: SARIF of `check`, the page of `coverage`.
    /// The page is written into `pageFolder` (relative to `root`), where the merged one is: its links to
    /// documents lead from there.
    static func unsharded(in root: URL, documents: String, rules: String, pageFolder: String = "") throws -> (sarif: String, coverage: String) {
        let check = try runLearnLint(["check", documents, "--config", rules, "--fail-on", "never", "--report", "sarif=one.sarif"], in: root)
        #expect(check.status == 0, "\(check.stderr)")
        let page = pageFolder + "one.html"
        let coverage = try runLearnLint(["coverage", documents, "--config", rules, "--format", "html", "--output", page], in: root)
        #expect(coverage.status <= 1, "\(coverage.stderr)")
        return (try String(contentsOf: root.appendingPathComponent("one.sarif"), encoding: .utf8),
                try String(contentsOf: root.appendingPathComponent(page), encoding: .utf8))
    }

    @Test func workflowShardsMergeAndPublish() throws {
        let workflow = try CIFilesTests.yaml(Self.workflowPath)
        let env = try #require(workflow["env"]).anyMapping()
        let shards = try #require(Int(try env.require("SHARDS", in: "env").string()))
        let documents = try env.require("DOCUMENTS", in: "env").string()
        let rules = try env.require("RULES", in: "env").string()
        let jobs = try #require(workflow["jobs"]).anyMapping()
        let shardJob = try jobs.require("shard", in: "jobs").anyMapping()
        let matrix = try #require(shardJob["strategy"]).anyMapping().require("matrix", in: "strategy").anyMapping()
        #expect(try matrix.require("shard", in: "matrix").stringList() == (1...shards).map(String.init))
        let mergeJob = try jobs.require("merge", in: "jobs").anyMapping()
        #expect(try mergeJob.require("needs", in: "merge").stringList().contains("shard"))
        let text = try Repo.read(Self.workflowPath)
        for piece in ["github/codeql-action/upload-sarif", "GITHUB_STEP_SUMMARY", "--coverage html=coverage.html", "--report junit="] {
            #expect(text.contains(piece), "\(piece) missing")
        }

        // Run the jobs' own scripts, in order, as the runner would.
        let shardScript = try #require(Self.runScripts(shardJob).first { $0.contains("--shard") })
        let mergeScript = try #require(Self.runScripts(mergeJob).first { $0.contains(" merge ") })
        let root = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("github-output").path
        let summary = root.appendingPathComponent("step-summary").path
        // SOURCE_DATE_EPOCH as runLearnLint sets it: the coverage page carries its generation date.
        var environment = ["DOCUMENTS": documents, "RULES": rules, "SHARDS": String(shards), "NO_COLOR": "1", "SOURCE_DATE_EPOCH": "1764576000",
                           "GITHUB_OUTPUT": output, "GITHUB_STEP_SUMMARY": summary]
        try FileManager.default.createDirectory(at: root.appendingPathComponent("shards"), withIntermediateDirectories: true)
        for shard in 1...shards {
            environment["SHARD"] = String(shard)
            let run = try runProgram("/bin/bash", ["-e", "-c", shardScript], in: root, environment: environment)
            #expect(run.status == 0, "shard \(shard): \(run.stderr)")
            // download-artifact with merge-multiple puts every shard's report in shards/.
            try FileManager.default.moveItem(
                at: root.appendingPathComponent("shard-\(shard).json"), to: root.appendingPathComponent("shards/shard-\(shard).json"))
        }
        let merged = try runProgram("/bin/bash", ["-e", "-c", mergeScript], in: root, environment: environment)
        #expect(merged.status == 0, "\(merged.stderr)")
        let status = try String(contentsOfFile: output, encoding: .utf8)
        #expect(status.hasPrefix("exit-code="))
        #expect(try String(contentsOfFile: summary, encoding: .utf8).contains("## learnlint"))
        let one = try Self.unsharded(in: root, documents: documents, rules: rules)
        #expect(try String(contentsOf: root.appendingPathComponent("learnlint.sarif"), encoding: .utf8) == one.sarif)
        #expect(try String(contentsOf: root.appendingPathComponent("coverage.html"), encoding: .utf8) == one.coverage)
        #expect(try Tools.xmllint(root.appendingPathComponent("learnlint-junit.xml").path, schema: "junit.xsd").status == 0)
    }

    @Test func jenkinsParallelStagesShardAndMerge() throws {
        let doc = try Repo.read("docs/jenkins-sharded.md")
        let open = try #require(doc.range(of: "```groovy\n"))
        let close = try #require(doc[open.upperBound...].range(of: "```\n"))
        let pipeline = String(doc[open.upperBound..<close.lowerBound])
        #expect(CIFilesTests.balanced(pipeline), "unbalanced braces or parentheses")
        #expect(pipeline.contains("parallel {"))
        let value = { (name: String) in
            pipeline.components(separatedBy: "\(name) = '").dropFirst().first.map { String($0.prefix { $0 != "'" }) } ?? ""
        }
        let scripts = pipeline.components(separatedBy: "sh '").dropFirst().map { String($0.prefix { $0 != "'" }) }
            + pipeline.components(separatedBy: "script: '").dropFirst().map { String($0.prefix { $0 != "'" }) }
        let shardScripts = scripts.filter { $0.contains("--shard") }
        #expect(shardScripts.count == 4)
        for shard in 1...4 {
            #expect(pipeline.contains("stage('Shard \(shard)')"))
            #expect(pipeline.contains("stash name: 'shard-\(shard)'") && pipeline.contains("unstash 'shard-\(shard)'"))
        }
        let merge = try #require(scripts.first { $0.contains("$LEARNLINT merge") })

        let root = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        let environment = ["LEARNLINT": root.appendingPathComponent("bin/learnlint").path, "REPORTS": value("REPORTS"),
                           "DOCUMENTS": value("DOCUMENTS"), "RULES": value("RULES"), "NO_COLOR": "1", "SOURCE_DATE_EPOCH": "1764576000"]
        #expect(environment["REPORTS"] == "build/reports")
        for script in shardScripts {
            let run = try runProgram("/bin/sh", ["-c", script], in: root, environment: environment)
            #expect(run.status == 0, "\(script): \(run.stderr)")
        }
        let merged = try runProgram("/bin/sh", ["-c", merge], in: root, environment: environment)
        #expect(merged.status <= 1, "\(merged.stderr)")
        let reports = root.appendingPathComponent("build/reports")
        #expect(try Tools.xmllint(reports.appendingPathComponent("learnlint-junit.xml").path, schema: "jenkins-junit.xsd").status == 0)
        let one = try Self.unsharded(in: root, documents: value("DOCUMENTS"), rules: value("RULES"), pageFolder: "build/reports/")
        #expect(try String(contentsOf: reports.appendingPathComponent("learnlint.sarif"), encoding: .utf8) == one.sarif)
        #expect(try String(contentsOf: reports.appendingPathComponent("coverage.html"), encoding: .utf8) == one.coverage)
    }

    /// The `run:` scripts of a job's steps, in order.
    static func runScripts(_ job: YAMLMapping) throws -> [String] {
        try (job["steps"]?.list() ?? []).compactMap { step in try step.anyMapping()["run"]?.string() }
    }
}

/// `action.yml` caches the built binary (issue 10, point 12).
@Suite struct ActionCacheTests {
    @Test func actionCachesTheBinaryByRefOSAndSwiftVersion() throws {
        let action = try CIFilesTests.yaml("action.yml")
        let steps = try #require(action["runs"]).anyMapping().require("steps", in: "runs").list().map { try $0.anyMapping() }
        let cache = try #require(steps.first { (try? $0["uses"]?.string())?.hasPrefix("actions/cache@") == true })
        let with = try cache.require("with", in: "the cache step").anyMapping()
        let key = try with.require("key", in: "with").string()
        for part in ["steps.key.outputs.ref", "runner.os", "steps.key.outputs.swift"] { #expect(key.contains(part), "key lacks \(part)") }
        let path = try with.require("path", in: "with").string()
        let build = try #require(steps.first { (try? $0["name"]?.string()) == "Build learnlint" })
        #expect(try build.require("if", in: "build").string().contains("steps.cache.outputs.cache-hit != 'true'"))
        let use = try #require(steps.first { (try? $0["name"]?.string()) == "Use the built learnlint" })
        #expect(try use.require("env", in: "use").anyMapping().require("BIN_DIR", in: "env").string() == path)
        // The cache is restored before the build, and the binary is used after it.
        let names = steps.compactMap { try? $0["name"]?.string() }
        let order = ["Work out the cache key", "Restore the cached learnlint", "Build learnlint", "Use the built learnlint", "Check documents"]
        #expect(order.compactMap { names.firstIndex(of: $0) } == order.compactMap { names.firstIndex(of: $0) }.sorted())
        #expect(order.allSatisfy(names.contains))

        // The key step's own script, run on this checkout: the ref is the commit, the Swift version is hashed.
        let keyStep = try #require(steps.first { (try? $0["id"]?.string()) == "key" })
        let script = try keyStep.require("run", in: "key step").string()
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("output").path
        let run = try runProgram(
            "/bin/bash", ["-e", "-c", script],
            environment: ["ACTION_PATH": Repo.root.path, "GITHUB_OUTPUT": output, "RUNNER_TEMP": folder.path, "LEARNLINT_SRC": ""])
        #expect(run.status == 0, "\(run.stderr)")
        let written = try String(contentsOfFile: output, encoding: .utf8)
        let head = try runProgram("/usr/bin/env", ["git", "rev-parse", "HEAD"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(written.contains("ref=\(head)\n"))
        #expect(written.range(of: "swift=[0-9a-f]{12}\n", options: .regularExpression) != nil)
        #expect(written.contains("dir=\(folder.path)/learnlint-bin\n"))
    }
}
