import Foundation
import Testing
import LearnLintTestSupport

/// `learnlint lsp` driven by a real editor: headless Neovim runs fixtures/lsp/neovim.lua against a copy
/// of fixtures/lsp/workspace and records what it saw; this test judges the record. Neovim is Debian's
/// `neovim` (`make deps-test` installs it); a missing one fails the test rather than skipping it.
@Suite struct LSPNeovimTests {
    @Test func neovimShowsFindingsAppliesTheQuickFixAndShowsTheRulesFileError() throws {
        let nvim = "/usr/bin/nvim"
        try #require(FileManager.default.isExecutableFile(atPath: nvim), "\(nvim) is missing: run `make deps-test`")
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let workspace = folder.appendingPathComponent("workspace")
        try FileManager.default.copyItem(at: Repo.fixtures.appendingPathComponent("lsp/workspace"), to: workspace)
        let resultFile = folder.appendingPathComponent("result.json")
        let binary =
            ProcessInfo.processInfo.environment["LEARNLINT_BIN"]
            ?? Repo.root.appendingPathComponent(".build/debug/learnlint").path
        let script = Repo.fixtures.appendingPathComponent("lsp/neovim.lua").path
        let status = try runBounded(
            nvim, ["--headless", "-u", "NONE", "-i", "NONE", "-n", "-c", "luafile \(script)"], in: folder,
            environment: ["LEARNLINT_BIN": binary, "WORKSPACE": workspace.path, "RESULT": resultFile.path], seconds: 90)
        #expect(status == 0)
        let data = try Data(contentsOf: resultFile)
        let record = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(record["error"] == nil, "\(record["error"] ?? "")")

        // 1. The misspelt technology is shown where it is (Neovim counts bytes: the rocket is 4).
        let opened = try #require(record["opened"] as? [[String: Any]])
        #expect(opened.count == 1)
        #expect(opened.first?["code"] as? String == "technology-names")
        #expect(opened.first?["message"] as? String == "'Github Actions' → 'GitHub Actions'")
        #expect(opened.first?["lnum"] as? Int == 4)
        #expect(opened.first?["col"] as? Int == 7)
        #expect(opened.first?["end_col"] as? Int == 21)
        // 2. The quick fix, applied by the client, corrected the buffer and the diagnostic went.
        #expect(record["chosen"] as? String == "Replace 'Github Actions' with 'GitHub Actions' (technology-names)")
        #expect(record["fixed_line"] as? String == "- 🚀 GitHub Actions for continuous integration")
        #expect((record["after_fix"] as? [Any])?.isEmpty == true)
        // 3. Renaming a section title brought the missing-section diagnostic; restoring it cleared it.
        let renamed = try #require(record["after_rename"] as? [[String: Any]])
        #expect(renamed.map { $0["message"] as? String } == ["missing section “Best Practices and Personal Takeaways”"])
        #expect((record["after_restore"] as? [Any])?.isEmpty == true)
        // 4. The broken rules.yaml shows its error at the key, and the document says it is not checked.
        let rules = try #require(record["rules"] as? [[String: Any]])
        #expect(rules.count == 1)
        #expect(rules.first?["message"] as? String == "unknown key 'includes'; did you mean 'include'?")
        #expect(rules.first?["lnum"] as? Int == 4)
        #expect(rules.first?["col"] as? Int == 2)
        let blocked = try #require(record["document_with_broken_rules"] as? [[String: Any]])
        #expect(blocked.map { $0["code"] as? String } == ["configuration-error"])
    }

    /// Runs a program, killing it after `seconds` (a hung editor must not hang the suite).
    private func runBounded(
        _ executable: String, _ arguments: [String], in directory: URL, environment: [String: String], seconds: Double
    ) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning, Date() < deadline { usleep(20_000) }
        if process.isRunning {
            process.terminate()
            Issue.record("nvim still running after \(seconds) s")
        }
        process.waitUntilExit()
        return process.terminationStatus
    }
}
