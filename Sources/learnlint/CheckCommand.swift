import ArgumentParser
import FoundationEssentials
import LearnLintIO
import LearnLintEngine
import LearnLintConfiguration

/// `learnlint check [PATH ...]`: lint files and folders (the default subcommand).
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Lint learnings documents (files or folders; default: the current folder).",
        discussion: """
            Exit status: 0 when no finding is at or above --fail-on; 1 otherwise; 2 on usage or configuration \
            errors, when learnlint itself fails (a report it cannot write), and when the run checked nothing \
            (no document found, or no rule enabled; --allow-empty accepts that).
            """)

    @OptionGroup var configOptions: ConfigOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup(title: "Gate (baseline and changed files)") var gate: GateOptions
    @OptionGroup(title: "Selection") var selection: SelectionOptions

    @Flag(
        name: .long,
        help: "Check the content staged in the git index (what `git commit` records), not the work tree.")
    var staged = false

    @Flag(name: .customLong("follow-symlinks"), help: "Follow links to files outside the folders walked (skipped by default).")
    var followSymlinks = false

    @Option(name: .long, help: "Parallel jobs (one per core unless given).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(name: .customLong("stdin-filename"), help: ArgumentHelp("Read one document from standard input; reports call it NAME.", valueName: "name"))
    var stdinFilename: String?

    @Option(name: .long, help: ArgumentHelp("Check only the K-th of N shards of the corpus (stable hash of the path).", valueName: "K/N"), transform: Shard.parse)
    var shard: Shard?

    @Flag(name: .long, help: "Apply safe fixes in place first (as `learnlint fix`), then check.")
    var fix = false

    @Argument(help: "Files or folders to check.")
    var paths: [String] = []

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        if stdinFilename != nil, !paths.isEmpty { throw ValidationError("--stdin-filename reads standard input; give no paths") }
        try gate.validate(shard: shard, standardInput: stdinFilename != nil)
        if stdinFilename != nil, fix { throw ValidationError("--fix rewrites files; it cannot be used with --stdin-filename") }
        if staged, stdinFilename != nil { throw ValidationError("--staged reads the git index; it cannot read standard input") }
        if staged, fix { throw ValidationError("--fix rewrites the work tree; it cannot be used with --staged") }
    }

    func run() throws {
        try exitingOnConfigurationError {
            let ruleSet = try configOptions.ruleSet()
            try selection.requireRules(ruleSet)
            var standardInput: (name: String, text: String)?
            if let name = stdinFilename {
                do {
                    standardInput = (name, try StandardInputDocument.read(maxBytes: ruleSet.configuration.documents.maxBytes))
                } catch {
                    printError("learnlint: \(error)")
                    throw ExitCode(2)
                }
            }
            var request = LintRequest(paths: paths, jobs: jobs, standardInput: standardInput, shard: shard)
            request.followsLinksOut = followSymlinks
            request.onlyPaths = try gate.changedPaths(in: request.workingDirectory)
            request.forceExclude = selection.forceExclude
            var fromIndex: (missing: [String], notDocuments: [String]) = ([], [])
            if staged {
                let read = try readIndex(request, ruleSet: ruleSet)
                request.preloaded = read.documents
                fromIndex = (read.missing, read.notDocuments)
            }
            request.progress = ProgressBar.forStandardError(quiet: output.quiet)
            // `--fix`: the pipeline fixes each document and checks it as written, in one pass.
            if fix { request.fixing = FixStage(write: FixReport.writer()) }
            var result = Linter(ruleSet: ruleSet).lint(request)
            if let fixes = result.fixes { try reportFixes(fixes) }
            if staged { (result.missingPaths, result.notDocuments) = fromIndex }
            try reportMissing(result.missingPaths, staged: staged)
            try selection.requireDocuments(result, paths: paths, ruleSet: ruleSet)
            let gated = try gate.apply(
                to: &result, workingDirectory: request.workingDirectory, standardInput: standardInput, quiet: output.quiet)
            try output.emit(result, ruleSet: ruleSet, isShard: shard != nil)
            if GateStage.fails(result, failingSeverity: output.failOn.lowestFailing, gate: gated) { throw ExitCode(1) }
        }
    }

    /// `--staged`: the documents as the git index holds them.
    private func readIndex(_ request: LintRequest, ruleSet: RuleSet) throws
        -> (documents: [StagedDocument], missing: [String], notDocuments: [String])
    {
        let discovery = DocumentDiscovery(selection: ruleSet.configuration.documents, workingDirectory: request.workingDirectory)
        do {
            let read = try StagedDocuments.read(
                paths, in: request.workingDirectory, discovery: discovery, forceExclude: selection.forceExclude)
            return read
        } catch {
            throw CommandFailure("--staged: \(error.message)")
        }
    }

    /// `--fix`: the summary goes to standard error so that standard output stays the report; a change
    /// that could not be written fails the run before any report (as `learnlint fix` does).
    private func reportFixes(_ outcome: Fixer.Outcome) throws {
        guard outcome.missingPaths.isEmpty else { return }
        if !output.quiet, !outcome.written.isEmpty {
            printError("learnlint: " + FixReport.summary(outcome.written, checked: outcome.documents))
        }
        if outcome.written.count < outcome.changes.count { throw ExitCode(2) }
    }
}
