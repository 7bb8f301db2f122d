import Foundation
import Testing
import LearnLintTestSupport

@testable import LearnLintCore
@testable import LearnLintRules
@testable import LearnLintConfiguration
@testable import LearnLintIO
@testable import LearnLintEngine
@testable import LearnLintReporters

/// `LintRequest.overlays`: texts standing in for files on disk (the language server's unsaved buffers).
@Suite struct LinterOverlayTests {
    @Test func anOverlayReplacesTheFileForEveryRuleAndOtherFilesAreReadFromDisk() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let alice = try writeFile("# Alice\n\n## Key Technologies\n\n- Docker\n", "alice/README.md", in: folder)
        try writeFile("# Bob\n\n## Key Technologies\n\n- Github Actions\n", "bob/README.md", in: folder)
        let linter = Linter(ruleSet: try RuleSet(configuration: try ConfigurationLoader.builtIn()))
        var request = LintRequest(workingDirectory: folder.path, jobs: 2)
        let onDisk = linter.lint(request)
        #expect(!onDisk.findings.contains { $0.path == "alice/README.md" && $0.rule == "technology-names" })
        request.overlays = [alice.standardizedFileURL.path: "# Alice\n\n## Key Technologies\n\n- Postgresql\n"]
        let edited = linter.lint(request)
        let aliceNames = edited.findings.filter { $0.path == "alice/README.md" && $0.rule == "technology-names" }
        #expect(aliceNames.map(\.message) == ["'Postgresql' → 'PostgreSQL'"])
        #expect(
            edited.findings.contains {
                $0.path == "bob/README.md" && $0.message == "'Github Actions' → 'GitHub Actions'"
            })
        #expect(try String(contentsOf: alice, encoding: .utf8).contains("Docker"), "the file itself is untouched")
    }
}
