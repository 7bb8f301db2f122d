import ArgumentParser
import FoundationEssentials
import LearnLintEngine
import LearnLintReporters
import LearnLintConfiguration

extension CoverageFormat: ExpressibleByArgument {}

/// `learnlint coverage [PATH ...]`: contributor × section/term/concept coverage; exit 1 below the pass mark.
struct CoverageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coverage",
        abstract: "Report which contributors cover which sections, terms and concepts.",
        discussion: "Exit status: 0 at or above the pass mark, 1 below it (--fail-under, else coverage.fail_under; the score and the mark are printed on standard error), 2 on usage or configuration errors, a report that cannot be written, or a run with no document or no rule (--allow-empty accepts that).")

    @OptionGroup var configOptions: ConfigOptions
    @OptionGroup(title: "Selection") var selection: SelectionOptions

    @Option(name: .long, help: "Output format.")
    var format: CoverageFormat = .text

    @Option(name: .long, help: ArgumentHelp("Write the report to a file instead of standard output.", valueName: "file"))
    var output: String?

    @Option(
        name: .long,
        help: ArgumentHelp("Also write a report: FORMAT=FILE (repeatable; \(CoverageReportRequest.formatList)).", valueName: "format=file"),
        transform: CoverageReportRequest.parse)
    var report: [CoverageReportRequest] = []

    @Option(name: .customLong("fail-under"), help: ArgumentHelp("Fail (exit 1) when the overall score is below this percentage (overrides coverage.fail_under).", valueName: "pct"))
    var failUnder: Double?

    @Option(name: .long, help: ArgumentHelp("Expected contributors: a CSV file with a name column, or a YAML list (overrides coverage.roster).", valueName: "file"))
    var roster: String?

    @Option(name: .customLong("group-by"), help: ArgumentHelp("Group and subtotal by this roster column (overrides coverage.group_by).", valueName: "column"))
    var groupBy: String?

    @Option(name: .long, help: ArgumentHelp("Only the contributors whose roster column holds this value.", valueName: "column=value"))
    var only: RosterFilter?

    @Flag(name: .long, help: "Text: the full contributor × item grid instead of the summary that fits 100 columns.")
    var wide = false

    @Option(name: .long, help: "Colour the terminal output.")
    var color: ColorMode = .auto

    @Flag(name: .long, help: "Print nothing on standard output; the exit code tells the result.")
    var quiet = false

    @Flag(name: .customLong("follow-symlinks"), help: "Follow links to files outside the folders walked (skipped by default).")
    var followSymlinks = false

    @Option(name: .long, help: "Parallel jobs (one per core unless given).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(name: .long, help: ArgumentHelp("Cover only the K-th of N shards of the corpus (stable hash of the path).", valueName: "K/N"), transform: Shard.parse)
    var shard: Shard?

    @Argument(help: "Files or folders to cover.")
    var paths: [String] = []

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        try checkPassMark(failUnder)
        try exitingOnConfigurationError {
            let ruleSet = try configOptions.ruleSet()
            try selection.requireRules(ruleSet)
            var lintRequest = LintRequest(paths: paths, jobs: jobs, shard: shard)
            lintRequest.forceExclude = selection.forceExclude
            lintRequest.followsLinksOut = followSymlinks
            lintRequest.progress = ProgressBar.forStandardError(quiet: quiet)
            // Only the rules whose output the reports show: facts alone for text, Markdown and CSV (and
            // for `--quiet` without `--output`, where only the exit code, from facts, tells the result).
            let shown = quiet && output == nil ? [] : [format]
            lintRequest.scope = .coverage(shown + report.map(\.format))
            let result = Linter(ruleSet: ruleSet).lint(lintRequest)
            try reportMissing(result.missingPaths)
            try selection.requireDocuments(result, paths: paths, ruleSet: ruleSet)
            let request = CoverageRun.Request(
                failUnder: failUnder, roster: roster, groupBy: groupBy, only: only.map { ($0.column, $0.value) })
            let coverage = try coverageReport(result, ruleSet: ruleSet, request: request)
            let input = CoverageReportInput(
                report: coverage, configurationSource: ruleSet.configuration.source, wide: wide, generated: ReportClock.now())
            try writeReports(input, files: report, main: format, output: output, quiet: quiet, color: color)
            if !coverage.passed {
                // The report may have gone to a file, or be a page nobody reads in a CI log: say why the run
                // fails (`--quiet` leaves the exit code alone to tell).
                if !quiet { printError(CoverageVerdict.belowPassMark(coverage)) }
                throw ExitCode(1)
            }
        }
    }
}

/// `--only COLUMN=VALUE`.
struct RosterFilter: ExpressibleByArgument {
    var column: String
    var value: String

    init?(argument: String) {
        let parts = argument.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty else { return nil }
        column = String(parts[0])
        value = String(parts[1])
    }
}

/// The coverage report of a run; a roster problem exits 2 like any configuration error.
func coverageReport(_ result: LintResult, ruleSet: RuleSet, request: CoverageRun.Request) throws -> CoverageReport {
    do {
        return try CoverageRun.report(result, ruleSet: ruleSet, request: request)
    } catch {
        throw ConfigurationFailure(error: error)
    }
}

/// The line that explains a coverage exit 1 on standard error (`coverage` and `merge`).
enum CoverageVerdict {
    static func belowPassMark(_ report: CoverageReport) -> String {
        let mark = report.failUnder.map(CoverageReport.formatPercent) ?? "?"
        return "learnlint: coverage \(CoverageReport.formatPercent(report.score)) is below the pass mark \(mark)"
    }
}
