import Foundation
import Testing
import LearnLintTestSupport

/// The five real learnings documents in ../shared/seeds, checked by the built binary with the default
/// rules: each must be found to have exactly the sections a careful reader sees.
@Suite struct SeedsTests {
    /// What a reader finds in each seed (file prefix → section ids), and why:
    /// - 000: flat `##` headings; "Important Concepts", separate "Challenges Faced" / "Solutions Implemented",
    ///   and "Best Practices" plus "Personal Takeaways" (both count as the practices section).
    /// - 001: everything nested one level deeper under "## Major Learnings", titles with trailing colons.
    /// - 002: lower-case titles ("Key technologies covered").
    /// - 003: mojibake emoji headings (`ðŸ”§`), the challenges section at level 4.
    /// - 004: only a bold list item "**Key Technologies**" with a nested list; concepts are an untitled list
    ///   after a sentence, challenges a prose paragraph, and there are no practices: three sections missing.
    static let expected: [(String, [String])] = [
        ("000", ["technologies", "concepts", "challenges", "solutions", "practices"]),
        ("001", ["technologies", "concepts", "challenges", "practices"]),
        ("002", ["technologies", "concepts", "challenges", "practices"]),
        ("003", ["technologies", "concepts", "challenges", "practices"]),
        ("004", ["technologies"]),
    ]

    /// Where the shared folder is demanded (`.ci/run`), its absence fails the run instead of skipping.
    @Test func sharedFolderIsThereWhenRequired() {
        #expect(!Repo.sharedRequired || Repo.sharedPresent, "LEARNLINT_REQUIRE_SHARED=1 but \(Repo.seeds.path) is missing")
    }

    /// `.ci/run` refuses to run without ../shared (the seed tests would be skipped) and demands them otherwise.
    @Test func ciRunDemandsTheSharedFolder() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let repo = root.appendingPathComponent("repo")
        try FileManager.default.createDirectory(at: repo.appendingPathComponent(".ci"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Repo.root.appendingPathComponent(".ci/run"), to: repo.appendingPathComponent(".ci/run"))
        // A stand-in `make` that records what the tests would be told.
        let bin = root.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let make = bin.appendingPathComponent("make")
        try "#!/bin/sh\necho \"make $* REQUIRE=$LEARNLINT_REQUIRE_SHARED\"\n".write(to: make, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: make.path)
        let path = bin.path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        let environment = ["PATH": path, "LEARNLINT_REQUIRE_SHARED": ""]
        let without = try runProgram("/bin/bash", [repo.appendingPathComponent(".ci/run").path], in: root, environment: environment)
        #expect(without.status != 0)
        #expect(without.stderr.contains("../shared/seeds is missing"))
        #expect(!without.stdout.contains("make test"))
        try FileManager.default.createDirectory(at: root.appendingPathComponent("shared/seeds"), withIntermediateDirectories: true)
        let with = try runProgram("/bin/bash", [repo.appendingPathComponent(".ci/run").path], in: root, environment: environment)
        #expect(with.status == 0, "\(with.stderr)")
        #expect(with.stdout.contains("make test REQUIRE=1"))
    }

    @Test(.enabled(if: Repo.seedsExpected, Repo.sharedSkipReason)) func seedsHaveTheSectionsAReaderSees() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Repo.seeds.path).sorted()
        try #require(files.count == 5, "expected the five seeds in \(Repo.seeds.path)")
        let result = try runLearnLint(
            ["check", "--config", "rules.yaml", "--format", "json", "--fail-on", "never"] + files.map { Repo.seeds.appendingPathComponent($0).path })
        #expect(result.status == 0)
        let report = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let documents = try #require(report?["documents"] as? [[String: Any]])
        #expect(documents.count == 5)
        for (prefix, sections) in Self.expected {
            let document = try #require(documents.first { ($0["path"] as? String)?.contains("/\(prefix)_") == true })
            #expect(document["sections"] as? [String] == sections, "seed \(prefix)")
        }
        let findings = try #require(report?["findings"] as? [[String: Any]])
        let missing = findings.filter { $0["rule"] as? String == "required-sections" }.compactMap { finding -> String? in
            guard (finding["path"] as? String)?.contains("/004_") == true else { return "unexpected: \(finding)" }
            return (finding["data"] as? [String: Any])?["section"] as? String
        }
        #expect(missing.sorted() == ["challenges", "concepts", "practices"])
    }
}
