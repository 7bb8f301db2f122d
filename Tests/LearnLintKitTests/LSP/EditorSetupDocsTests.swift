import Foundation
import Testing
import LearnLintTestSupport

/// The README's editor set-ups are copy-paste blocks: each must parse in its own language and start
/// `learnlint lsp`. (Neovim's own Lua checks the Lua; Python's tomllib the TOML.)
@Suite struct EditorSetupDocsTests {
    /// The first fenced block of `language` after `marker` in the README's "In the editor" section.
    private func block(_ language: String, after marker: String) throws -> String {
        let readme = try Repo.read("README.md")
        let section = try #require(readme.range(of: "## In the editor"), "README has an 'In the editor' section")
        let tail = readme[section.upperBound...]
        let start = try #require(tail.range(of: marker), "README mentions \(marker)")
        let fence = try #require(tail[start.upperBound...].range(of: "```\(language)\n"))
        let end = try #require(tail[fence.upperBound...].range(of: "\n```"))
        return String(tail[fence.upperBound..<end.lowerBound])
    }

    @Test func theNeovimBlockIsLuaThatStartsTheServer() throws {
        let lua = try block("lua", after: "**Neovim**")
        #expect(lua.contains("vim.lsp.start("))
        #expect(lua.contains(#"cmd = { "learnlint", "lsp" }"#))
        let nvim = "/usr/bin/nvim"
        try #require(FileManager.default.isExecutableFile(atPath: nvim), "\(nvim) is missing: run `make deps-test`")
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try writeFile(lua, "setup.lua", in: folder)
        // Compiles the block without running it (vim.lsp.start needs Neovim 0.8; the test one may be older).
        let result = try runProgram(
            nvim,
            [
                "--headless", "-u", "NONE", "-i", "NONE", "-n", "-c", "lua assert(loadfile('\(file.path)'))", "-c",
                "qall!",
            ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stderr.contains("Error"), "\(result.stderr)")
    }

    @Test func theHelixBlockIsTOMLThatStartsTheServer() throws {
        let toml = try block("toml", after: "**Helix**")
        let script = """
            import json, sys, tomllib
            data = tomllib.loads(sys.stdin.read())
            print(json.dumps([data["language-server"]["learnlint"], data["language"][0]["language-servers"]]))
            """
        let result = try runProgram("/usr/bin/env", ["python3", "-c", script], stdin: toml)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == #"[{"command": "learnlint", "args": ["lsp"]}, ["learnlint"]]"# + "\n")
    }

    @Test func theVSCodeBlockIsJSONThatStartsTheServer() throws {
        let json = try block("json", after: "**VS Code**")
        let settings = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(settings["glspc.server.command"] as? String == "learnlint")
        #expect(settings["glspc.server.commandArguments"] as? [String] == ["lsp"])
        #expect(settings["glspc.server.languageId"] as? [String] == ["markdown", "yaml"])
    }
}
