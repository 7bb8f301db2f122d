import ArgumentParser
import Foundation
import LearnLintKit

extension CoverageFormat: ExpressibleByArgument {}

/// A `--report FORMAT=FILE` request of `coverage` (its formats differ from `check`'s).
struct CoverageReportRequest: ExpressibleByArgument {
    var format: CoverageFormat
    var path: String

    init?(argument: String) {
        let parts = argument.split(separator: "=", maxSplits: 1)
        guard parts.count == 2, let format = CoverageFormat(rawValue: String(parts[0])), !parts[1].isEmpty else { return nil }
        self.format = format
        self.path = String(parts[1])
    }
}

/// `learnlint coverage [PATH ...]`: contributor × section/term/concept coverage; exit 1 below the pass mark.
struct CoverageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coverage",
        abstract: "Report which contributors cover which sections, terms and concepts.",
        discussion: "Exit status: 0 at or above the pass mark, 1 below it (--fail-under, else coverage.fail_under), 2 on usage or configuration errors.")

    @OptionGroup var configOptions: ConfigOptions

    @Option(name: .long, help: "Output format: \(CoverageFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: CoverageFormat = .text

    @Option(name: .long, help: ArgumentHelp("Write the report to a file instead of standard output.", valueName: "file"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp("Also write a report: FORMAT=FILE (repeatable).", valueName: "format=file"))
    var report: [CoverageReportRequest] = []

    @Option(name: .customLong("fail-under"), help: ArgumentHelp("Fail (exit 1) when the overall score is below this percentage (overrides coverage.fail_under).", valueName: "pct"))
    var failUnder: Double?

    @Option(name: .long, help: "Colour: auto, always, never.")
    var color: ColorMode = .auto

    @Flag(name: .long, help: "Print nothing on standard output; the exit code tells the result.")
    var quiet = false

    @Option(name: .long, help: "Parallel jobs (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(name: .long, help: ArgumentHelp("Cover only the K-th of N shards of the corpus (stable hash of the path).", valueName: "K/N"))
    var shard: Shard?

    @Argument(help: "Files or folders to cover.")
    var paths: [String] = []

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        if let failUnder, !(0...100).contains(failUnder) {
            // A usage error exits 2, as documented (ArgumentParser's validation errors exit 64).
            printError("learnlint: --fail-under is a percentage from 0 to 100, not \(failUnder)")
            throw ExitCode(2)
        }
        try exitingOnConfigurationError {
            let ruleSet = try configOptions.ruleSet()
            let result = Linter(ruleSet: ruleSet).lint(LintRequest(paths: paths, jobs: jobs, shard: shard))
            for missing in result.missingPaths { printError("learnlint: no such file or folder: \(missing)") }
            guard result.missingPaths.isEmpty else { throw ExitCode(2) }
            let coverage = CoverageBuilder.build(facts: result.documents, ruleSet: ruleSet, failUnder: failUnder)
            let input = CoverageReportInput(report: coverage, configurationSource: ruleSet.configuration.source)
            for request in report {
                try write(request.format.reporter.render(input), to: request.path)
            }
            if let output {
                try write(format.reporter.render(input), to: output)
            } else if !quiet {
                var colored = input
                colored.colored = format == .text && color.enabled
                print(format.reporter.render(colored), terminator: "")
            }
            if !coverage.passed { throw ExitCode(1) }
        }
    }
}
