import Foundation
import Testing

/// The real validators the report tests run: `xmllint` (Debian's libxml2-utils) and `check-jsonschema`
/// from the test venv. A missing tool fails the test (it never skips), so a green run means validated.
enum Tools {
    /// The venv `make test` builds (`LEARNLINT_VENV`), else the repository's `.build/venv`.
    static var venv: URL {
        if let path = ProcessInfo.processInfo.environment["LEARNLINT_VENV"] { return URL(fileURLWithPath: path) }
        return Repo.root.appendingPathComponent(".build/venv")
    }

    static var checkJSONSchemaPath: String { venv.appendingPathComponent("bin/check-jsonschema").path }

    /// `check-jsonschema ARGS…`; exit 0 means every instance validated.
    static func checkJSONSchema(_ arguments: [String]) throws -> CommandResult {
        try run(checkJSONSchemaPath, arguments)
    }

    /// Validates files against one of the official schemas in ../shared/schemas.
    static func validateJSON(_ files: [String], sharedSchema: String) throws -> CommandResult {
        try checkJSONSchema(["--schemafile", Repo.shared.appendingPathComponent("schemas/\(sharedSchema)").path] + files)
    }

    /// `xmllint --noout --schema XSD FILE`; exit 0 means valid.
    static func xmllint(_ file: String, schema: String) throws -> CommandResult {
        try run("/usr/bin/env", ["xmllint", "--noout", "--schema", Repo.shared.appendingPathComponent("schemas/\(schema)").path, file])
    }

    /// Runs a program to completion and captures its output.
    static func run(_ executable: String, _ arguments: [String], in directory: URL = Repo.root) throws -> CommandResult {
        guard FileManager.default.isExecutableFile(atPath: executable) else {
            throw ToolMissing(path: executable)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CommandResult(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }

    struct ToolMissing: Error, CustomStringConvertible {
        var path: String
        var description: String { "\(path) is missing: run `make venv` / `make deps` (make test does both)" }
    }
}

/// Writes text to a file below a folder, creating folders on the way.
@discardableResult
func writeFile(_ text: String, _ relative: String, in folder: URL) throws -> URL {
    let url = folder.appendingPathComponent(relative)
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
    return url
}
