import ArgumentParser
import Foundation
import LearnLintEngine
import LearnLintReporters
import LearnLintConfiguration

/// A report input that can be coloured for a terminal (text formats only).
protocol ColorableReportInput {
    var colored: Bool { get set }
    /// Adapts the input to the file it is written to (links in a page resolve from its folder).
    mutating func place(at path: String)
}

extension ColorableReportInput {
    mutating func place(at path: String) {}
}

extension ReportInput: ColorableReportInput {}
extension CoverageReportInput: ColorableReportInput {
    mutating func place(at path: String) {
        linkPrefix = relativePrefix(fromFolderOf: path)
    }
}

/// The way from the folder holding `file` back to the working folder (`../` for `build/x.html`).
func relativePrefix(fromFolderOf file: String) -> String {
    let working = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardizedFileURL.pathComponents
    let folder = URL(fileURLWithPath: file).standardizedFileURL.deletingLastPathComponent().pathComponents
    var common = 0
    while common < working.count, common < folder.count, working[common] == folder[common] { common += 1 }
    let up = Array(repeating: "..", count: folder.count - common)
    let down = Array(working[common...])
    let parts = up + down
    return parts.isEmpty ? "" : parts.joined(separator: "/") + "/"
}

/// The formats of one kind of report (`check`'s or `coverage`'s), so every command writes its
/// `--output`, `--report FORMAT=FILE` and `--coverage FORMAT=FILE` files the same way.
protocol CommandReportFormat: RawValueArgument {
    associatedtype Input: ColorableReportInput
    func render(_ input: Input) -> String
    /// Whether standard output in this format may be coloured.
    var colorable: Bool { get }
}

extension ReportFormat: CommandReportFormat {
    func render(_ input: ReportInput) -> String { reporter.render(input) }
    var colorable: Bool { self == .text }
}

extension CoverageFormat: CommandReportFormat {
    func render(_ input: CoverageReportInput) -> String { reporter.render(input) }
    var colorable: Bool { self == .text }
}

/// A `FORMAT=FILE` request (`--report`, merge's `--coverage`).
struct ReportFileRequest<Format: CommandReportFormat>: ExpressibleByArgument {
    var format: Format
    var path: String

    init?(argument: String) {
        let parts = argument.split(separator: "=", maxSplits: 1)
        guard parts.count == 2, let format = Format(rawValue: String(parts[0])), !parts[1].isEmpty else { return nil }
        self.format = format
        self.path = String(parts[1])
    }

    /// `--report` / `--coverage` values, with a message that shows the shape and the formats.
    static func parse(_ argument: String) throws -> Self {
        guard let request = Self(argument: argument) else {
            throw ValidationError("expected FORMAT=FILE, where FORMAT is one of \(formatList) (e.g. \(Format.allCases.dropFirst().first?.rawValue ?? "json")=report.out)")
        }
        return request
    }

    /// The formats, comma-separated, for help texts.
    static var formatList: String { Format.allCases.map(\.rawValue).joined(separator: ", ") }
}

typealias ReportRequest = ReportFileRequest<ReportFormat>
typealias CoverageReportRequest = ReportFileRequest<CoverageFormat>

/// Where one run's reports go: every requested file first, then the main report to `--output` or, unless
/// `--quiet`, to standard output (coloured for a terminal in a text format). No main format: files only.
func writeReports<Format: CommandReportFormat>(
    _ input: Format.Input, files: [ReportFileRequest<Format>], main: Format?, output: String?, quiet: Bool, color: ColorMode
) throws {
    for request in files {
        var placed = input
        placed.place(at: request.path)
        try writeFile(request.format.render(placed), to: request.path)
    }
    guard let main else { return }
    if let output {
        var placed = input
        placed.place(at: output)
        try writeFile(main.render(placed), to: output)
    } else if !quiet {
        var colored = input
        colored.colored = main.colorable && color.enabled
        print(main.render(colored), terminator: "")
    }
}

/// A `--fail-under` percentage outside 0…100 is a usage error: exit 2, as documented (ArgumentParser's
/// validation errors would exit 64).
func checkPassMark(_ failUnder: Double?) throws {
    guard let failUnder, !(0...100).contains(failUnder) else { return }
    printError("learnlint: --fail-under is a percentage from 0 to 100, not \(failUnder)")
    throw ExitCode(2)
}

extension OutputOptions {
    /// Writes a `check` result (as `check` and `merge` print it): the `--report` files, then the main
    /// report; the timestamp honours `SOURCE_DATE_EPOCH`.
    func emit(_ result: LintResult, ruleSet: RuleSet, isShard: Bool = false) throws {
        var input = ReportInput(
            result: result, ruleSet: ruleSet, configurationSource: ruleSet.configuration.source, timestamp: ReportClock.now(),
            failingSeverity: failOn.lowestFailing)
        input.recordsConfigurationFingerprint = isShard
        try writeReports(input, files: report, main: format, output: output, quiet: quiet, color: color)
    }
}
