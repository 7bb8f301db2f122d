import ArgumentParser
import FoundationEssentials
import LearnLintIO
import LearnLintEngine

/// The gate options of `check`: baselines and changed files (docs/baseline.md).
struct GateOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Report only findings that are not in this baseline file.", valueName: "file"))
    var baseline: String?

    @Option(
        name: .customLong("write-baseline"),
        help: ArgumentHelp("Record this run's findings as the baseline (the run then succeeds).", valueName: "file"))
    var writeBaseline: String?

    @Flag(name: .customLong("baseline-strict"), help: "Also fail when a baselined finding is gone, so the baseline only shrinks.")
    var baselineStrict = false

    @Option(
        name: .customLong("changed-since"),
        help: ArgumentHelp("Report only documents changed since this git ref (committed, staged, unstaged, untracked).", valueName: "ref"))
    var changedSince: String?

    func validate() throws {
        if baselineStrict, baseline == nil { throw ValidationError("--baseline-strict needs --baseline FILE") }
        if writeBaseline != nil, changedSince != nil {
            throw ValidationError("--write-baseline records the whole corpus; it cannot be combined with --changed-since")
        }
    }

    /// Checks the combinations that involve `check`'s own options.
    func validate(shard: Shard?, standardInput: Bool) throws {
        if writeBaseline != nil, shard != nil {
            throw ValidationError("--write-baseline records the whole corpus; it cannot be combined with --shard")
        }
        if changedSince != nil, standardInput { throw ValidationError("--changed-since selects files; it cannot read standard input") }
    }

    /// The report paths `--changed-since` selects, or nil without it; a git failure exits 2.
    func changedPaths(in directory: String) throws -> Set<String>? {
        guard let ref = changedSince else { return nil }
        do {
            return try ChangedFiles.since(ref, in: directory)
        } catch {
            printError("learnlint: \(error.message)")
            throw ExitCode(2)
        }
    }

    /// The pipeline's gate stage with these options.
    var stage: GateStage { GateStage(baseline: baseline, writeBaseline: writeBaseline, strict: baselineStrict) }

    /// Runs the gate stage on a result, writing `--write-baseline` and printing what it did; an
    /// unreadable baseline exits 2.
    func apply(to result: inout LintResult, workingDirectory: String, standardInput: (name: String, text: String)?, quiet: Bool)
        throws -> GateStage.Outcome
    {
        let outcome: GateStage.Outcome
        do {
            outcome = try stage.apply(to: &result, workingDirectory: workingDirectory, standardInput: standardInput) { recorded in
                guard let path = writeBaseline else { return }
                try writeFile(recorded.serialized(), to: path)
                printError("learnlint: wrote \(path) (\(recorded.entries.count) finding\(recorded.entries.count == 1 ? "" : "s") accepted)")
            }
        } catch let error as BaselineError {
            printError("learnlint: \(error)")
            throw ExitCode(2)
        }
        guard let path = baseline else { return outcome }
        if outcome.hidden > 0, !quiet {
            printError("learnlint: \(outcome.hidden) finding\(outcome.hidden == 1 ? " is" : "s are") in the baseline \(path) (not shown)")
        }
        if outcome.stale {
            printError("learnlint: \(outcome.gone.count) baselined finding\(outcome.gone.count == 1 ? " is" : "s are") gone; shrink \(path) with --write-baseline:")
            for entry in outcome.gone {
                printError("  \(entry.path):\(entry.line): \(entry.message) [\(entry.rule)] (line when recorded)")
            }
        }
        return outcome
    }
}

