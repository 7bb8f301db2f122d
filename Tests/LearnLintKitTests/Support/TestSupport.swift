import Foundation
import Testing

@testable import LearnLintCore
@testable import LearnLintRules
@testable import LearnLintConfiguration
@testable import LearnLintIO
@testable import LearnLintEngine
@testable import LearnLintReporters

/// Paths of the repository and of the shared material beside it.
enum Repo {
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = root.appendingPathComponent("fixtures")
    /// `../shared/seeds`: the five real documents the project started from.
    static let seeds = root.deletingLastPathComponent().appendingPathComponent("shared/seeds")
    static let shared = root.deletingLastPathComponent().appendingPathComponent("shared")
    /// Seed tests need the project's shared folder beside the repository. A clone without it skips
    /// them, and Swift Testing lists each as skipped with `sharedSkipReason`. `.ci/run` sets
    /// `LEARNLINT_REQUIRE_SHARED=1`: there they always run, so a missing folder fails instead of
    /// passing silently. `LEARNLINT_WITHOUT_SHARED=1` skips them even when the folder is there.
    static let sharedRequired = ProcessInfo.processInfo.environment["LEARNLINT_REQUIRE_SHARED"] == "1"
    static let sharedPresent = FileManager.default.fileExists(atPath: seeds.path)
    static let seedsExpected =
        sharedRequired || (sharedPresent && ProcessInfo.processInfo.environment["LEARNLINT_WITHOUT_SHARED"] != "1")
    static let sharedSkipReason: Comment =
        "needs ../shared/seeds beside the repository (absent or LEARNLINT_WITHOUT_SHARED=1): skipped"

    static func read(_ relative: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(relative), encoding: .utf8)
    }
}

/// The outcome of running the built `learnlint` binary.
struct CommandResult {
    var status: Int32
    var stdout: String
    var stderr: String
}

/// Runs the built binary (`LEARNLINT_BIN`, set by `make test`, else the debug build).
func runLearnLint(_ arguments: [String], in directory: URL = Repo.root, stdin: String? = nil,
                  environment: [String: String] = [:]) throws -> CommandResult {
    let binary = ProcessInfo.processInfo.environment["LEARNLINT_BIN"]
        ?? Repo.root.appendingPathComponent(".build/debug/learnlint").path
    var env = environment
    env["NO_COLOR"] = env["NO_COLOR"] ?? "1"
    // Reports that carry a date (the coverage page, JUnit) are then the same in every run.
    env["SOURCE_DATE_EPOCH"] = env["SOURCE_DATE_EPOCH"] ?? "1764576000"
    return try runProgram(binary, arguments, in: directory, stdin: stdin, environment: env)
}

/// Compares text with a golden file; `UPDATE_GOLDEN=1` rewrites the file instead.
func expectGolden(_ actual: String, _ relativePath: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let url = Repo.root.appendingPathComponent(relativePath)
    if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try actual.write(to: url, atomically: true, encoding: .utf8)
        return
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    #expect(actual == expected, "output differs from \(relativePath) (UPDATE_GOLDEN=1 rewrites it)", sourceLocation: sourceLocation)
}

/// A temporary folder, removed by the caller.
func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("learnlint-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// Checks Markdown with the built-in configuration (optionally replaced) and returns the findings.
func lint(_ markdown: String, path: String = "doc/README.md", config: String? = nil) throws -> (DocumentFacts, [Finding]) {
    let configuration = try config.map { try ConfigurationLoader.load(text: $0, source: "test.yaml", baseDirectory: ".") }
        ?? ConfigurationLoader.builtIn()
    let linter = Linter(ruleSet: try RuleSet(configuration: configuration))
    let source = DocumentSource(displayPath: path, rootRelativePath: path, absolutePath: "/" + path)
    return linter.check(source, text: markdown, resolver: ContributorResolver(sources: configuration.contributors))
}

/// A tool installed in the test venv (`make test` creates it and sets LEARNLINT_VENV).
/// Missing tools fail the test: a check that silently skips proves nothing.
func venvTool(_ name: String) throws -> String {
    let venv = ProcessInfo.processInfo.environment["LEARNLINT_VENV"] ?? Repo.root.appendingPathComponent(".build/venv").path
    let path = venv + "/bin/" + name
    try #require(FileManager.default.isExecutableFile(atPath: path), "\(path) is missing: run `make venv`")
    return path
}

/// Runs any program (environment: this process's plus `environment`) and returns its status and output.
func runProgram(_ executable: String, _ arguments: [String], in directory: URL = Repo.root, stdin: String? = nil,
                environment: [String: String] = [:]) throws -> CommandResult {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.currentDirectoryURL = directory
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    let out = Pipe()
    let err = Pipe()
    let input = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = input
    try process.run()
    if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
    try input.fileHandleForWriting.close()
    // Read both pipes before waiting so a large report cannot block the child. (stderr is read after
    // stdout; tests keep stderr small.)
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return CommandResult(
        status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
        stderr: String(decoding: errData, as: UTF8.self))
}

/// How much slower than usual the code under test runs: `make tsan` sets `LEARNLINT_SANITIZER`, and
/// the thread sanitizer makes every access several times slower. Wall-clock limits meant to tell linear
/// from quadratic work scale by it (ratios, as in DoublingTests, need no scaling).
let sanitizerSlowdown: Int = ProcessInfo.processInfo.environment["LEARNLINT_SANITIZER"] == nil ? 1 : 10
