import Foundation
import Testing
import LearnLintTestSupport

@testable import LearnLintCore
@testable import LearnLintRules
@testable import LearnLintConfiguration
@testable import LearnLintIO
@testable import LearnLintEngine
@testable import LearnLintReporters

/// `learnlint config check`, `init`, `rules` and `explain`, run as a user would.
@Suite struct ConfigurationCommandTests {
    static let brokenConfigs = [
        "alias-bomb", "bad-order", "bad-yaml", "duplicate-key", "failing-examples", "unknown-key", "unknown-kind",
        "unknown-override-rule", "unknown-parameter", "wrong-type",
    ]

    @Test func brokenConfigsExitTwoWithLocatedMessages() throws {
        var transcript = ""
        for name in Self.brokenConfigs {
            let result = try runLearnLint(["config", "check", "fixtures/configs/\(name).yaml"])
            #expect(result.status == 2, "\(name) exited \(result.status)")
            #expect(result.stdout.isEmpty)
            transcript += "$ learnlint config check fixtures/configs/\(name).yaml\n" + result.stderr
        }
        try expectGolden(transcript, "fixtures/configs/expected-errors.txt")
    }

    @Test func checkWithABrokenConfigExitsTwo() throws {
        let result = try runLearnLint(["check", "fixtures/sections/clean", "--config", "fixtures/configs/unknown-kind.yaml"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("fixtures/configs/unknown-kind.yaml:4:11: error: unknown rule kind 'section'; did you mean 'sections'?"))
    }

    @Test func validConfigWithPassingExamples() throws {
        let result = try runLearnLint(["config", "check", "fixtures/configs/custom-programme.yaml"])
        #expect(result.status == 0, "\(result.stderr)")
        // The file extends the built-in rules and adds one of its own.
        let builtIn = try ConfigurationLoader.builtIn().rules.count
        #expect(result.stdout == "fixtures/configs/custom-programme.yaml: OK (\(builtIn + 1) rules)\n")
    }

    @Test func overridesApplyEndToEnd() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let drafts = folder.appendingPathComponent("drafts/x")
        try FileManager.default.createDirectory(at: drafts, withIntermediateDirectories: true)
        try "# Draft\n".write(to: drafts.appendingPathComponent("README.md"), atomically: true, encoding: .utf8)
        let config = Repo.root.appendingPathComponent("fixtures/configs/custom-programme.yaml").path
        let result = try runLearnLint(["check", "--config", config], in: folder)
        #expect(result.status == 0, "required-sections is only a warning under drafts/")
        #expect(result.stdout.contains("drafts/x/README.md:1:1: warning: missing section “Key Technologies” [required-sections]"))
        #expect(!result.stdout.contains("frontend-sections"))
    }

    @Test func initWritesTheBuiltInRulesOnce() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try runLearnLint(["init"], in: folder)
        #expect(first.status == 0)
        let written = try String(contentsOf: folder.appendingPathComponent("rules.yaml"), encoding: .utf8)
        #expect(written == (try Repo.read("rules.yaml")))
        let second = try runLearnLint(["init"], in: folder)
        #expect(second.status == 2)
        #expect(second.stderr.contains("already exists"))
    }

    @Test func discoveredConfigIsUsedAndNamedRelative() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let yaml = "extends: [default]\nrules:\n  - { id: required-sections, severity: warning }\n"
        try yaml.write(to: folder.appendingPathComponent(".learnlint.yaml"), atomically: true, encoding: .utf8)
        try "# Empty\n".write(to: folder.appendingPathComponent("README.md"), atomically: true, encoding: .utf8)
        let result = try runLearnLint(["check", "--format", "json"], in: folder)
        #expect(result.status == 0)
        #expect(result.stdout.contains("\"config\": \".learnlint.yaml\""))
        #expect(result.stdout.contains("\"severity\": \"warning\""))
    }

    @Test func rulesListsEveryConfiguredRule() throws {
        let result = try runLearnLint(["rules", "--config", "rules.yaml"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("required-sections"))
        #expect(result.stdout.contains("sections"))
    }

    @Test func explainShowsExamples() throws {
        let result = try runLearnLint(["explain", "required-sections", "--config", "rules.yaml"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("required-sections (kind: sections, severity: error)"))
        #expect(result.stdout.contains("Triggering examples"))
        #expect(result.stdout.contains("↓## Challenges"))
        let typo = try runLearnLint(["explain", "required-section", "--config", "rules.yaml"])
        #expect(typo.status == 2)
        #expect(typo.stderr.contains("did you mean 'required-sections'?"))
    }
}
