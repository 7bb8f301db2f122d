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
            try output.emit(result, ruleSet: ruleSet)
            if output.failOn.fails(result.worstSeverity) { throw ExitCode(1) }
        }
    }
}
