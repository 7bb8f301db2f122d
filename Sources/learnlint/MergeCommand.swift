import ArgumentParser
import Foundation
import LearnLintKit

/// `learnlint merge REPORT.json ...`: merges per-shard JSON reports, runs the corpus rules over the union
/// of their documents, and prints any report format, as one unsharded `check` would have.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge `check --shard K/N --format json` reports and run the corpus-wide rules over all of them.")

    @OptionGroup var configOptions: ConfigOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: ArgumentHelp("Shard reports (learnlint/report@1 JSON).", valueName: "report.json"))
    var reports: [String] = []

    func validate() throws {
        guard !reports.isEmpty else { throw ValidationError("give at least one shard report") }
    }

    func run() throws {
        try exitingOnConfigurationError {
            let ruleSet = try configOptions.ruleSet()
            let result: LintResult
            do {
                result = try ReportMerger.merge(files: reports, linter: Linter(ruleSet: ruleSet))
            } catch {
                printError("learnlint: \(error)")
                throw ExitCode(2)
            }
            try emitReports(result, ruleSet: ruleSet, output: output)
            if output.failOn.fails(result.worstSeverity) { throw ExitCode(1) }
        }
    }
}

/// Writes the `--report` files and the main report (to `--output` or standard output).
func emitReports(_ result: LintResult, ruleSet: RuleSet, output: OutputOptions) throws {
    let input = ReportInput(result: result, ruleSet: ruleSet, configurationSource: ruleSet.configuration.source, colored: false)
    for request in output.report {
        try write(request.format.reporter.render(input), to: request.path)
    }
    if let path = output.output {
        try write(output.format.reporter.render(input), to: path)
    } else if !output.quiet {
        var colored = input
        colored.colored = output.format == .text && output.color.enabled
        print(output.format.reporter.render(colored), terminator: "")
    }
}
