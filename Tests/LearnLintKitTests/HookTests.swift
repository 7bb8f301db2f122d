import Foundation
import Testing
import LearnLintTestSupport

@testable import LearnLintCore
@testable import LearnLintRules
@testable import LearnLintConfiguration
@testable import LearnLintIO
@testable import LearnLintEngine
@testable import LearnLintReporters

/// The commit gate, end to end: real git commits through the real pre-commit tool and through the
/// plain hook `learnlint install-hook` writes. A bad document is blocked; the fixed one commits.
@Suite(.serialized) struct HookTests {
    /// The built binary, as the tests run it.
    static var binary: String {
        ProcessInfo.processInfo.environment["LEARNLINT_BIN"] ?? Repo.root.appendingPathComponent(".build/debug/learnlint").path
    }


    // MARK: - pre-commit framework

    @Test func manifestIsValidForPreCommit() throws {
        let preCommit = try venvTool("pre-commit")
        let result = try runProgram(preCommit, ["validate-manifest", ".pre-commit-hooks.yaml"], in: Repo.root)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    }

    @Test func preCommitBlocksAMissingSectionAndLetsTheFixCommit() throws {
        let preCommit = try venvTool("pre-commit")
        let repo = try GitRepository()
        defer { repo.remove() }
        try repo.write(".pre-commit-config.yaml", try localConfig())
        try repo.git("add", ".pre-commit-config.yaml")
        try repo.git("commit", "-q", "-m", "pre-commit config")
        let install = try runProgram(preCommit, ["install"], in: repo.root, environment: repo.environment)
        #expect(install.status == 0, "\(install.stdout)\(install.stderr)")

        // Staged learnings documents are checked; other Markdown (CONTRIBUTING.md) and other files are not.
        try repo.write("notes/alice/README.md", Documents.missingConcepts)
        try repo.write("CONTRIBUTING.md", "# Contributing\n\nOpen a pull request.\n")
        try repo.write("build.txt", "not a document\n")
        try repo.git("add", "notes/alice/README.md", "CONTRIBUTING.md", "build.txt")
        let blocked = try repo.git("commit", "-m", "add alice", allowFailure: true)
        let output = blocked.stdout + blocked.stderr
        #expect(blocked.status != 0)
        #expect(output.contains("Failed"))
        #expect(output.contains("- hook id: learnlint"))
        #expect(output.contains("notes/alice/README.md:1:1: error: missing section “Important Backend Development Concepts” [required-sections]"))
        #expect(!output.contains("build.txt"))
        #expect(!output.contains("CONTRIBUTING.md"))
        #expect(try repo.commitCount() == 1)

        try repo.write("notes/alice/README.md", Documents.complete)
        try repo.git("add", "notes/alice/README.md")
        let passed = try repo.git("commit", "-m", "add alice", allowFailure: true)
        #expect(passed.status == 0, "\(passed.stdout)\(passed.stderr)")
        #expect((passed.stdout + passed.stderr).contains("Passed"))
        #expect(try repo.commitCount() == 2)

        // A Markdown file that is no learnings document commits on its own (issue 10, point 1)...
        try repo.write("docs/guide.md", "# Guide\n\nHow we work.\n")
        try repo.git("add", "docs/guide.md")
        let other = try repo.git("commit", "-m", "guide", allowFailure: true)
        #expect(other.status == 0, "\(other.stdout)\(other.stderr)")
        #expect(try repo.commitCount() == 3)
        // ...while a person who names it is still answered.
        let typed = try runLearnLint(["check", "docs/guide.md"], in: repo.root, environment: repo.environment)
        #expect(typed.status == 1)
        #expect(typed.stdout.contains("docs/guide.md:1:1: error: missing section “Key Technologies”"))
    }

    /// A local-repository config with the manifest's own hook, run with `language: system` against
    /// the built binary: no network and no Swift rebuild, but the manifest's file filters as written.
    private func localConfig() throws -> String {
        let manifest = try #require(try YAMLLoader.load(Repo.read(".pre-commit-hooks.yaml"), file: ".pre-commit-hooks.yaml"))
        let hook = try #require(try manifest.list().first).mapping(allowed: nil)
        let entry = try hook.require("entry", in: "the hook").string()
        #expect(entry.hasPrefix("learnlint "))
        let command = HookInstaller.shellQuoted(HookTests.binary) + entry.dropFirst("learnlint".count)
        let types = try hook["types"]?.stringList() ?? []
        let serial = try hook["require_serial"]?.bool() ?? false
        return """
            repos:
              - repo: local
                hooks:
                  - id: \(try hook.require("id", in: "the hook").string())
                    name: \(try hook.require("name", in: "the hook").string())
                    entry: "\(command.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\""))"
                    language: system
                    types: [\(types.joined(separator: ", "))]
                    require_serial: \(serial)

            """
    }

    // MARK: - learnlint install-hook

    @Test func installedHookBlocksAMissingSectionAndLetsTheFixCommit() throws {
        let repo = try GitRepository()
        defer { repo.remove() }
        let install = try runLearnLint(["install-hook"], in: repo.root, environment: repo.environment)
        #expect(install.status == 0, "\(install.stderr)")
        #expect(install.stdout.contains("Installed the learnlint pre-commit hook: \(repo.root.path)/.git/hooks/pre-commit"))

        try repo.write("my notes/README.md", Documents.missingConcepts)
        try repo.write("other/LEARNINGS.md", Documents.complete)
        try repo.write("CONTRIBUTING.md", "# Contributing\n")
        try repo.git("add", ".")
        let blocked = try repo.git("commit", "-m", "add notes", allowFailure: true)
        // git sends a hook's standard output to its standard error.
        #expect(blocked.status != 0)
        #expect(blocked.stderr.contains("my notes/README.md:1:1: error: missing section “Important Backend Development Concepts” [required-sections]"))
        #expect(blocked.stderr.contains("2 documents checked against the built-in rules: 1 error"))
        #expect(!blocked.stderr.contains("CONTRIBUTING.md"))
        #expect(blocked.stderr.contains("learnlint: commit blocked"))
        #expect(try repo.commitCount() == 0)

        try repo.write("my notes/README.md", Documents.complete)
        try repo.git("add", ".")
        let passed = try repo.git("commit", "-q", "-m", "add notes", allowFailure: true)
        #expect(passed.status == 0, "\(passed.stdout)\(passed.stderr)")
        #expect(try repo.commitCount() == 1)

        // Only staged documents are checked: an unstaged bad edit does not block a commit of another file.
        try repo.write("my notes/README.md", Documents.missingConcepts)
        try repo.write("second/README.md", Documents.complete)
        try repo.git("add", "second/README.md")
        let unrelated = try repo.git("commit", "-q", "-m", "second", allowFailure: true)
        #expect(unrelated.status == 0, "\(unrelated.stdout)\(unrelated.stderr)")
        #expect(unrelated.stderr.contains("1 document checked against the built-in rules: no problems."))

        // Markdown that is no learnings document (documents.include) commits without a check.
        try repo.write("CONTRIBUTING.md", "# Contributing\n\nBe kind.\n")
        try repo.git("add", "CONTRIBUTING.md")
        let contributing = try repo.git("commit", "-q", "-m", "contributing", allowFailure: true)
        #expect(contributing.status == 0, "\(contributing.stdout)\(contributing.stderr)")
        #expect(!contributing.stderr.contains("missing section"))
    }

    /// The hook checks what the commit records (the index), not the work tree (issue 10, point 2).
    @Test func installedHookChecksTheStagedContentNotTheWorkTree() throws {
        let repo = try GitRepository()
        defer { repo.remove() }
        #expect(try runLearnLint(["install-hook"], in: repo.root, environment: repo.environment).status == 0)

        // Staged without its concepts section; completed in the work tree, but that edit is not staged.
        try repo.write("alice/README.md", Documents.missingConcepts)
        try repo.git("add", "alice/README.md")
        try repo.write("alice/README.md", Documents.complete)
        let blocked = try repo.git("commit", "-m", "half staged", allowFailure: true)
        #expect(blocked.status != 0)
        #expect(blocked.stderr.contains("alice/README.md:1:1: error: missing section “Important Backend Development Concepts”"))
        #expect(try repo.commitCount() == 0)

        // Staged complete, then broken in the work tree only: the commit records the good text and passes.
        try repo.git("add", "alice/README.md")
        try repo.write("alice/README.md", Documents.missingConcepts)
        let passed = try repo.git("commit", "-q", "-m", "complete", allowFailure: true)
        #expect(passed.status == 0, "\(passed.stdout)\(passed.stderr)")
        let committed = try repo.git("show", "HEAD:alice/README.md")
        #expect(committed.stdout.contains("## Important Backend Development Concepts"))

        // `check --staged` by hand says the same, and names a path the index lacks.
        let staged = try runLearnLint(["check", "--staged", "alice/README.md"], in: repo.root, environment: repo.environment)
        #expect(staged.status == 0, "\(staged.stdout)\(staged.stderr)")
        let workTree = try runLearnLint(["check", "alice/README.md"], in: repo.root, environment: repo.environment)
        #expect(workTree.status == 1)
        let absent = try runLearnLint(["check", "--staged", "bob/README.md"], in: repo.root, environment: repo.environment)
        #expect(absent.status == 2)
        #expect(absent.stderr == "learnlint: not in the git index: bob/README.md\n")
    }

    @Test func installHookIsIdempotentAndRefusesAForeignHook() throws {
        let repo = try GitRepository()
        defer { repo.remove() }
        #expect(try runLearnLint(["install-hook"], in: repo.root, environment: repo.environment).status == 0)
        let first = try repo.read(".git/hooks/pre-commit")
        let again = try runLearnLint(["install-hook"], in: repo.root, environment: repo.environment)
        #expect(again.status == 0)
        #expect(again.stdout.contains("Updated the learnlint pre-commit hook"))
        #expect(try repo.read(".git/hooks/pre-commit") == first)

        try repo.write(".git/hooks/pre-commit", "#!/bin/sh\necho team hook\n")
        let refused = try runLearnLint(["install-hook"], in: repo.root, environment: repo.environment)
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("was not written by learnlint; rerun with --force"))
        #expect(try repo.read(".git/hooks/pre-commit") == "#!/bin/sh\necho team hook\n")

        let forced = try runLearnLint(["install-hook", "--force"], in: repo.root, environment: repo.environment)
        #expect(forced.status == 0)
        #expect(try repo.read(".git/hooks/pre-commit") == first)
        #expect(try repo.read(".git/hooks/pre-commit.before-learnlint") == "#!/bin/sh\necho team hook\n")
    }

    @Test func installHookHonoursCoreHooksPath() throws {
        let repo = try GitRepository()
        defer { repo.remove() }
        try repo.git("config", "core.hooksPath", "tools/hooks")
        try FileManager.default.createDirectory(at: repo.root.appendingPathComponent("sub"), withIntermediateDirectories: true)
        let install = try runLearnLint(["install-hook"], in: repo.root.appendingPathComponent("sub"), environment: repo.environment)
        #expect(install.status == 0, "\(install.stderr)")
        let hook = repo.root.appendingPathComponent("tools/hooks/pre-commit").path
        #expect(FileManager.default.isExecutableFile(atPath: hook))
        #expect(!FileManager.default.fileExists(atPath: repo.root.appendingPathComponent(".git/hooks/pre-commit").path))

        try repo.write("README.md", Documents.missingConcepts)
        try repo.git("add", "README.md")
        #expect(try repo.git("commit", "-m", "x", allowFailure: true).status != 0)
    }

    @Test func installHookOutsideARepositoryIsAnError() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try runLearnLint(["install-hook"], in: folder, environment: ["GIT_CEILING_DIRECTORIES": folder.deletingLastPathComponent().path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("not a git repository"))
    }
}

/// The README's pre-commit snippet is a valid pre-commit configuration for this repository's hook.
@Suite struct ReadmeSnippetTests {
    @Test func preCommitSnippetIsAValidConfigForTheManifestsHook() throws {
        let preCommit = try venvTool("pre-commit")
        let readme = try Repo.read("README.md")
        let section = try #require(readme.range(of: "### pre-commit\n"), "README has no pre-commit section")
        let rest = readme[section.upperBound...]
        let open = try #require(rest.range(of: "```yaml\n"))
        let close = try #require(rest[open.upperBound...].range(of: "```\n"))
        let snippet = String(rest[open.upperBound..<close.lowerBound])
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent(".pre-commit-config.yaml")
        try snippet.write(to: file, atomically: true, encoding: .utf8)
        let result = try runProgram(preCommit, ["validate-config", file.path], in: folder)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(snippet.contains("- id: learnlint\n"))
        #expect(try Repo.read(".pre-commit-hooks.yaml").contains("- id: learnlint\n"))
    }
}
