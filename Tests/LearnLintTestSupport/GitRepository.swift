public import Foundation
public import Testing

/// A throw-away git repository, isolated from the user's and the system's git configuration.
public struct GitRepository {
    public let root: URL
    /// Environment for every program run in it (git, hooks, pre-commit).
    public let environment: [String: String]

    public init() throws {
        root = try temporaryFolder().resolvingSymlinksInPath()
        environment = [
            "GIT_CONFIG_GLOBAL": "/dev/null", "GIT_CONFIG_NOSYSTEM": "1", "GIT_AUTHOR_NAME": "Test",
            "GIT_AUTHOR_EMAIL": "test@example.com", "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.com",
            "PRE_COMMIT_HOME": root.appendingPathComponent(".pre-commit-home").path,
            // The hook must find the binary it was installed with, never one on the developer's PATH.
            "PATH": "/usr/local/bin:/usr/bin:/bin",
        ]
        try git("init", "-q", "-b", "main")
        // Keep the pre-commit cache out of `git status` and out of the documents walked.
        try write(".git/info/exclude", ".pre-commit-home/\n")
    }

    /// Runs git; fails the test when git fails, unless `allowFailure`.
    @discardableResult
    public func git(_ arguments: String..., allowFailure: Bool = false, sourceLocation: SourceLocation = #_sourceLocation) throws -> CommandResult {
        let result = try runProgram("/usr/bin/env", ["git"] + arguments, in: root, environment: environment)
        if !allowFailure {
            #expect(result.status == 0, "git \(arguments.joined(separator: " ")): \(result.stderr)", sourceLocation: sourceLocation)
        }
        return result
    }

    public func write(_ relative: String, _ text: String) throws {
        let url = root.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    public func read(_ relative: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(relative), encoding: .utf8)
    }

    /// How many commits HEAD has (0 before the first).
    public func commitCount() throws -> Int {
        let result = try git("rev-list", "--count", "--all")
        return Int(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
    }

    public func remove() {
        try? FileManager.default.removeItem(at: root)
    }
}
