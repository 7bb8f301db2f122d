public import Foundation
public import Testing

/// The real validators the report tests run: `xmllint` (Debian's libxml2-utils) and `check-jsonschema`
/// from the test venv. A missing tool fails the test (it never skips), so a green run means validated.
public enum Tools {
    /// `check-jsonschema ARGS…`; exit 0 means every instance validated.
    public static func checkJSONSchema(_ arguments: [String]) throws -> CommandResult {
        try runProgram(venvTool("check-jsonschema"), arguments)
    }

    /// Validates files against one of the official schemas in ../shared/schemas.
    public static func validateJSON(_ files: [String], sharedSchema: String) throws -> CommandResult {
        try checkJSONSchema(
            ["--schemafile", Repo.root.appendingPathComponent("Tests/schemas/\(sharedSchema)").path] + files)
    }

    /// `xmllint --noout --schema XSD FILE`; exit 0 means valid.
    public static func xmllint(_ file: String, schema: String) throws -> CommandResult {
        let xmllint = "/usr/bin/xmllint"
        try #require(FileManager.default.isExecutableFile(atPath: xmllint), "xmllint is missing: run `make deps`")
        return try runProgram(
            xmllint, ["--noout", "--schema", Repo.root.appendingPathComponent("Tests/schemas/\(schema)").path, file])
    }
}

/// Writes text to a file below a folder, creating folders on the way.
@discardableResult
public func writeFile(_ text: String, _ relative: String, in folder: URL) throws -> URL {
    let url = folder.appendingPathComponent(relative)
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
    return url
}
