import Foundation
import Testing
import LearnLintTestSupport

@testable import LearnLintCore
@testable import LearnLintRules
@testable import LearnLintConfiguration
@testable import LearnLintIO
@testable import LearnLintEngine
@testable import LearnLintReporters

/// `contributors: [{git: first-author}]` in a real temporary repository.
@Suite struct GitFirstAuthorsTests {
    /// Runs git in `folder` as `author`, failing the test when git fails.
    private func git(_ arguments: [String], in folder: URL, author: String = "Setup") throws {
        let environment = [
            "GIT_AUTHOR_NAME": author, "GIT_AUTHOR_EMAIL": "\(author.lowercased().filter(\.isLetter))@example.org",
            "GIT_COMMITTER_NAME": author, "GIT_COMMITTER_EMAIL": "ci@example.org", "GIT_CONFIG_NOSYSTEM": "1",
            "HOME": folder.path,
        ]
        let result = try runProgram("/usr/bin/env", ["git"] + arguments, in: folder, environment: environment)
        #expect(result.status == 0, "git \(arguments.joined(separator: " ")) failed: \(result.stderr)")
    }

    private func write(_ text: String, _ path: String, in folder: URL) throws {
        let url = folder.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    @Test func firstAuthorWinsOverLaterEditorsAndRenames() throws {
        let repo = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: repo) }
        try git(["init", "-q"], in: repo)
        try write("# Ann\n", "team/one/README.md", in: repo)
        try write("# Old\n", "old/README.md", in: repo)
        try git(["add", "."], in: repo)
        try git(["commit", "-q", "-m", "first"], in: repo, author: "Ann Author")
        try write("# Ann, edited by Bob\n", "team/one/README.md", in: repo)
        try write("# Bob\n", "team/two words/README.md", in: repo)
        try git(["add", "."], in: repo)
        try FileManager.default.createDirectory(at: repo.appendingPathComponent("moved"), withIntermediateDirectories: true)
        try git(["mv", "old/README.md", "moved/README.md"], in: repo)
        try git(["commit", "-q", "-m", "second"], in: repo, author: "Bob Builder")
        try write("# Not committed\n", "team/three/README.md", in: repo)

        let configuration = try ConfigurationLoader.load(
            text: "version: 1\ncontributors: [{git: first-author}, {folder: true}]\nrules: []\n", source: "t.yaml",
            baseDirectory: repo.path)
        let result = Linter(ruleSet: try RuleSet(configuration: configuration))
            .lint(LintRequest(paths: [], workingDirectory: repo.path, jobs: 2))
        let byPath = Dictionary(uniqueKeysWithValues: result.documents.map { ($0.path, $0.contributor ?? "-") })
        #expect(byPath["team/one/README.md"] == "Ann Author")
        #expect(byPath["team/two words/README.md"] == "Bob Builder")
        // A move is an addition at the new path: whoever moved the file added it there.
        #expect(byPath["moved/README.md"] == "Bob Builder")
        // Not in git: the next source (the folder) names it.
        #expect(byPath["team/three/README.md"] == "three")
    }

    @Test func outsideARepositoryTheNextSourceDecides() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try write("# Solo\n", "solo/README.md", in: folder)
        let sources = [DocumentSource(
            displayPath: "solo/README.md", rootRelativePath: "solo/README.md",
            absolutePath: folder.appendingPathComponent("solo/README.md").path)]
        let resolver = ContributorResolver(sources: [.git, .folder]).withGitAuthors(for: sources)
        #expect(resolver.contributor(for: sources[0], frontMatter: nil) == "solo")
    }

    @Test func parsesNULSeparatedLogOutput() {
        let output = Data("\u{1E}Ann\u{0}\na/README.md\u{0}\u{1E}Bob\u{0}\na/README.md\u{0}b/R É,.md\u{0}".utf8)
        #expect(GitFirstAuthors.parse(output) == ["a/README.md": "Ann", "b/R É,.md": "Bob"])
    }
}
