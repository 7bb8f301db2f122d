import ArgumentParser
import FoundationEssentials
import LearnLintEngine
import LearnLintReporters
import LearnLintConfiguration

/// `learnlint merge REPORT.json ...`: merges per-shard JSON reports, runs the corpus rules over the union
/// of their documents, and prints any report format, as one unsharded `check` would have; with
/// `--coverage FORMAT=FILE` or `--fail-under PCT` it also builds coverage from the union of the facts,
/// as one unsharded `coverage` would have.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge `check --shard K/N --format json` reports and run the corpus-wide rules over all of them.",
        discussion: """
            Exit status: 0 when no finding is at or above --fail-on and (with --coverage or --fail-under) the \
            coverage score meets the pass mark (--fail-under, else coverage.fail_under); 1 otherwise; 2 on \
            unreadable or overlapping reports, usage or configuration errors.
            """)

    @OptionGroup var configOptions: ConfigOptions
    @OptionGroup var output: OutputOptions

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Also write a coverage report of the merged documents: FORMAT=FILE (repeatable; \(CoverageReportRequest.formatList)).",
            valueName: "format=file"),
        transform: CoverageReportRequest.parse)
    var coverage: [CoverageReportRequest] = []

    @Option(
        name: .customLong("fail-under"),
        help: ArgumentHelp(
            "Fail (exit 1) when the merged coverage score is below this percentage (overrides coverage.fail_under).",
            valueName: "pct"))
    var failUnder: Double?

    @Argument(help: ArgumentHelp("Shard reports (learnlint/report@1 JSON).", valueName: "report.json"))
    var reports: [String] = []

    func validate() throws {
        guard !reports.isEmpty else { throw ValidationError("give at least one shard report") }
    }

    /// Coverage is built, and its pass mark (`coverage.fail_under` included) gates the run, only when asked for.
    var wantsCoverage: Bool { !coverage.isEmpty || failUnder != nil }

    func run() throws {
        try checkPassMark(failUnder)
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
            let coveragePassed = try wantsCoverage ? writeCoverage(result, ruleSet: ruleSet) : true
            if output.failOn.fails(result.worstSeverity) || !coveragePassed { throw ExitCode(1) }
        }
    }

    /// Builds coverage from the merged facts, writes the `--coverage` files and returns whether it passed.
    private func writeCoverage(_ result: LintResult, ruleSet: RuleSet) throws -> Bool {
        let report = try coverageReport(result, ruleSet: ruleSet, request: CoverageRun.Request(failUnder: failUnder))
        let input = CoverageReportInput(
            report: report, configurationSource: ruleSet.configuration.source, generated: ReportClock.now())
        try writeReports(input, files: coverage, main: nil, output: nil, quiet: true, color: .never)
        // Standard output is the check report: say why the run fails.
        if !report.passed, !output.quiet { printError(CoverageVerdict.belowPassMark(report)) }
        return report.passed
    }
}
