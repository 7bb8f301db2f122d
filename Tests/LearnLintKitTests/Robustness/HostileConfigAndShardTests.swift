import Foundation
import Testing
import LearnLintTestSupport

@testable import LearnLintCore
@testable import LearnLintRules
@testable import LearnLintConfiguration
@testable import LearnLintIO
@testable import LearnLintEngine
@testable import LearnLintReporters

/// Rules files and shard reports that used to crash, mislead or be accepted wrongly (issue 12).
@Suite struct HostileConfigAndShardTests {
    static let extends = "fixtures/hostile/extends"

    @Test func aDiamondOfExtendsIsNoCycle() throws {
        let result = try runLearnLint(["config", "check", "\(Self.extends)/diamond/a.yaml"])
        #expect(result.status == 0, "\(result.stderr)")
    }

    @Test func aRealCycleIsStillOne() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "version: 1\nextends: [b.yaml]\n".write(to: folder.appendingPathComponent("a.yaml"), atomically: true, encoding: .utf8)
        try "version: 1\nextends: [a.yaml]\n".write(to: folder.appendingPathComponent("b.yaml"), atomically: true, encoding: .utf8)
        let result = try runLearnLint(["config", "check", "a.yaml"], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr.contains("b.yaml:2:11: error: 'extends' loops back to"), "\(result.stderr)")
    }

    @Test(arguments: [
        ("rules.yaml", "rules.yaml:4:5: error: 'extends' names 'sub', which cannot be read: it is a folder"),
        ("non-utf8.yaml", "non-utf8.yaml:4:5: error: 'extends' names 'latin1.yaml', which cannot be read: not valid UTF-8"),
        ("device.yaml", "device.yaml:4:5: error: 'extends' names '/dev/null', which cannot be read: it is not a regular file"),
    ])
    func extendsThatCannotBeReadAreLocatedAtTheEntry(file: String, message: String) throws {
        let result = try runLearnLint(["config", "check", file], in: Repo.root.appendingPathComponent("\(Self.extends)/folder"))
        #expect(result.status == 2)
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }

    /// A fixture shard report with this learnlint's version put in, in a temporary folder.
    private func shard(_ name: String, in folder: URL) throws -> String {
        let text = try Repo.read("fixtures/hostile/shards/\(name)")
        try text.replacingOccurrences(of: "__LEARNLINT_VERSION__", with: LearnLint.version)
            .write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        return name
    }

    @Test func countsAtIntMaxAreRefusedNotSummed() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let name = try shard("int-max-counts.json", in: folder)
        for arguments in [["merge", name], ["merge", name, "--coverage", "csv=coverage.csv"]] {
            let result = try runLearnLint(arguments, in: folder)
            #expect(result.status == 2)
            #expect(
                result.stderr
                    == "learnlint: int-max-counts.json: not a valid shard report: document 'ada/README.md': 'challenges' is 9223372036854775807, not a count from 0 to 2147483647\n")
        }
    }

    @Test func aSuppressionAtIntMaxIsNoOverflow() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let name = try shard("int-max-suppression.json", in: folder)
        let result = try runLearnLint(["merge", name, "--format", "json", "--coverage", "json=coverage.json"], in: folder)
        #expect(result.status == 1, "coverage is below the pass mark: \(result.stderr)")
        // The shard's directive waited for a near-duplicate finding that never came: it is unused.
        let findings = try parseJSON(result.stdout)["findings"]?.arrayValue ?? []
        #expect(findings.map { $0["rule"]?.stringValue } == ["suppressions"], "\(result.stdout)")
        for finding in findings { #expect(finding["line"]?.intValue == Int(Int32.max)) }
    }

    @Test func impossiblePositionsAreClampedBeforeSARIF() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let name = try shard("impossible-positions.json", in: folder)
        let result = try runLearnLint(["merge", name, "--format", "sarif"], in: folder)
        #expect(result.status == 1, "\(result.stderr)")
        let sarif = try parseJSON(result.stdout)
        let region = sarif["runs"]?.arrayValue?.first?["results"]?.arrayValue?.first?["locations"]?.arrayValue?.first?["physicalLocation"]?["region"]
        #expect(region?["startLine"]?.intValue == 3 && region?["startColumn"]?.intValue == 2)
        // The end (line 1, column -7) lay before the start: it becomes the start (SARIF's end column is exclusive).
        #expect(region?["endLine"]?.intValue == 3 && region?["endColumn"]?.intValue == 3)
        let related = sarif["runs"]?.arrayValue?.first?["results"]?.arrayValue?.first?["relatedLocations"]?.arrayValue?.first?["physicalLocation"]?["region"]
        #expect(related?["startLine"]?.intValue == 1 && related?["startColumn"]?.intValue == 1)
    }

    @Test func shardsOfAnotherVersionOrConfigurationAreRefused() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let documents = folder.appendingPathComponent("ada")
        try FileManager.default.createDirectory(at: documents, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: Repo.root.appendingPathComponent("fixtures/hostile/bare-cr/README.md"), to: documents.appendingPathComponent("README.md"))
        try "version: 1\nextends: [default]\n".write(to: folder.appendingPathComponent("rules.yaml"), atomically: true, encoding: .utf8)
        let shard = try runLearnLint(["check", "--shard", "1/1", "--format", "json", "--output", "shard.json"], in: folder)
        #expect(shard.status == 1, "\(shard.stderr)")
        let text = try String(contentsOf: folder.appendingPathComponent("shard.json"), encoding: .utf8)
        #expect(text.contains("\"config_fingerprint\": \""))
        #expect(try runLearnLint(["merge", "shard.json"], in: folder).status == 1, "the same configuration merges")

        // Another rule set: the fingerprint differs.
        try "version: 1\nextends: [default]\ndocuments: {max_bytes: 5000}\n"
            .write(to: folder.appendingPathComponent("rules.yaml"), atomically: true, encoding: .utf8)
        let otherRules = try runLearnLint(["merge", "shard.json"], in: folder)
        #expect(otherRules.status == 2)
        #expect(otherRules.stderr.hasPrefix("learnlint: shard.json: cannot be merged: it was checked with another configuration"), "\(otherRules.stderr)")

        // Another learnlint.
        try text.replacingOccurrences(of: "\"version\": \"\(LearnLint.version)\"", with: "\"version\": \"0.0.1-other\"")
            .write(to: folder.appendingPathComponent("old.json"), atomically: true, encoding: .utf8)
        let otherVersion = try runLearnLint(["merge", "old.json", "--config", "rules.yaml"], in: folder)
        #expect(otherVersion.status == 2)
        #expect(otherVersion.stderr.contains("old.json: cannot be merged: it was written by learnlint 0.0.1-other; this is learnlint \(LearnLint.version)"))
    }
}
