// The helpers every test file shares: where the repository, its fixtures and ../shared are, running the
// built binary and other programs, temporary folders and golden files. Only tests depend on this target
// (docs/architecture.md); it imports none of learnlint's layers, so what it does is what a user's shell
// does: run the binary on files.
public import Foundation
public import Testing

/// Paths of the repository and of the shared material beside it.
public enum Repo {
    public static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    public static let fixtures = root.appendingPathComponent("fixtures")
    /// `../shared/seeds`: the five real documents the project started from.
    public static let seeds = root.deletingLastPathComponent().appendingPathComponent("shared/seeds")
    public static let shared = root.deletingLastPathComponent().appendingPathComponent("shared")
    /// Seed tests need the project's shared folder beside the repository. A clone without it skips
    /// them, and Swift Testing lists each as skipped with `sharedSkipReason`. `.ci/run` sets
    /// `LEARNLINT_REQUIRE_SHARED=1`: there they always run, so a missing folder fails instead of
    /// passing silently. `LEARNLINT_WITHOUT_SHARED=1` skips them even when the folder is there.
    public static let sharedRequired = ProcessInfo.processInfo.environment["LEARNLINT_REQUIRE_SHARED"] == "1"
    public static let sharedPresent = FileManager.default.fileExists(atPath: seeds.path)
    public static let seedsExpected =
        sharedRequired || (sharedPresent && ProcessInfo.processInfo.environment["LEARNLINT_WITHOUT_SHARED"] != "1")
    public static let sharedSkipReason: Comment =
        "needs ../shared/seeds beside the repository (absent or LEARNLINT_WITHOUT_SHARED=1): skipped"

    public static func read(_ relative: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(relative), encoding: .utf8)
    }
}

/// The outcome of running the built `learnlint` binary.
public struct CommandResult: Sendable {
    public var status: Int32
    public var stdout: String
    public var stderr: String

    public init(status: Int32, stdout: String, stderr: String) {
        self.status = status
        self.stdout = stdout
        self.stderr = stderr
    }
}

/// Runs the built binary (`LEARNLINT_BIN`, set by `make test`, else the debug build).
public func runLearnLint(_ arguments: [String], in directory: URL = Repo.root, stdin: String? = nil,
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
public func expectGolden(_ actual: String, _ relativePath: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
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
public func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("learnlint-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// A tool installed in the test venv (`make test` creates it and sets LEARNLINT_VENV).
/// Missing tools fail the test: a check that silently skips proves nothing.
public func venvTool(_ name: String) throws -> String {
    let venv = ProcessInfo.processInfo.environment["LEARNLINT_VENV"] ?? Repo.root.appendingPathComponent(".build/venv").path
    let path = venv + "/bin/" + name
    try #require(FileManager.default.isExecutableFile(atPath: path), "\(path) is missing: run `make venv`")
    return path
}

/// Runs any program (environment: this process's plus `environment`) and returns its status and output.
public func runProgram(_ executable: String, _ arguments: [String], in directory: URL = Repo.root, stdin: String? = nil,
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
public let sanitizerSlowdown: Int = ProcessInfo.processInfo.environment["LEARNLINT_SANITIZER"] == nil ? 1 : 10
