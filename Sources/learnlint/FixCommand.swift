import ArgumentParser
import FoundationEssentials
import LearnLintIO
import LearnLintEngine

/// `learnlint fix [PATH ...]`: applies every safe fix (canonical spellings) in place; `--dry-run` prints
/// a unified diff instead. Exit 0 when done, 2 on a configuration error or a file that cannot be written.
struct FixCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fix", abstract: "Apply safe fixes (canonical spellings) in place; --dry-run shows a diff.")

    @OptionGroup var configOptions: ConfigOptions

    @Flag(name: .customLong("dry-run"), help: "Print a unified diff of the fixes and change nothing.")
    var dryRun = false

    @Flag(name: .customLong("follow-symlinks"), help: "Follow links to files outside the folders walked (skipped by default).")
    var followSymlinks = false

    @Option(name: .long, help: "Parallel jobs (one per core unless given).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(name: .long, help: "Print nothing on standard output.")
    var quiet = false

    @Argument(help: "Files or folders to fix.")
    var paths: [String] = []

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        try exitingOnConfigurationError {
            let ruleSet = try configOptions.ruleSet()
            var request = LintRequest(paths: paths, jobs: jobs)
            request.followsLinksOut = followSymlinks
            // The pipeline with only the rules that may fix, and no corpus pass: fixes are per document.
            request.scope = .fixes
            request.fixing = FixStage(write: dryRun ? nil : FixReport.writer())
            let outcome = Linter(ruleSet: ruleSet).lint(request).fixes ?? Fixer.Outcome(documents: 0)
            try reportMissing(outcome.missingPaths)
            if dryRun {
                if !quiet { print(FixReport.diff(outcome), terminator: "") }
                return
            }
            if !quiet { print(FixReport.summary(outcome.written, checked: outcome.documents)) }
            if outcome.written.count < outcome.changes.count { throw ExitCode(2) }
        }
    }
}

/// Shared by `fix` and `check --fix`: writing changes and describing them.
enum FixReport {
    /// Writes one change (atomically, or in place where links, owner or mode must stay) and says
    /// whether it was written; each refusal or failure is reported (read-only files, links out of the
    /// working folder, files changed meanwhile).
    static func writer() -> @Sendable (Fixer.Change) -> Bool {
        let root = FileManager.default.currentDirectoryPath
        return { change in
            do {
                try AtomicFile.rewrite(change.fixed, replacing: change.original, at: change.source.absolutePath, within: root)
                return true
            } catch {
                printError("learnlint: " + CommandFailure.cannotWrite(change.source.displayPath, error).description)
                return false
            }
        }
    }

    /// One unified diff for all documents, in path order, labelled `a/PATH` and `b/PATH` like git.
    static func diff(_ outcome: Fixer.Outcome) -> String {
        outcome.changes.sorted { $0.source.displayPath < $1.source.displayPath }.map { change in
            UnifiedDiff.render(
                old: change.original, new: change.fixed, oldLabel: "a/" + change.source.displayPath,
                newLabel: "b/" + change.source.displayPath)
        }.joined()
    }

    /// `Fixed 3 problems in 2 documents (5 checked).`
    static func summary(_ written: [Fixer.Change], checked: Int) -> String {
        let documents = "\(checked) document\(checked == 1 ? "" : "s") checked"
        let applied = written.reduce(0) { $0 + $1.applied }
        guard applied > 0 else { return "Nothing to fix (\(documents))." }
        let problems = "\(applied) problem\(applied == 1 ? "" : "s")"
        return "Fixed \(problems) in \(written.count) document\(written.count == 1 ? "" : "s") (\(documents))."
    }
}
