import ArgumentParser
import Foundation
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

    /// Applies `--baseline` to a result and writes `--write-baseline`; returns what the exit code needs.
    func apply(to result: inout LintResult, workingDirectory: String, standardInput: (name: String, text: String)?, quiet: Bool)
        throws -> GateVerdict
    {
        var verdict = GateVerdict()
        let lines = FindingLines(workingDirectory: workingDirectory, standardInput: standardInput)
        if let path = writeBaseline {
            // Recorded before --baseline filters: the new file accepts everything found today.
            let recorded = Baseline(findings: result.findings, lines: lines)
            try writeFile(recorded.serialized(), to: path)
            printError("learnlint: wrote \(path) (\(recorded.entries.count) finding\(recorded.entries.count == 1 ? "" : "s") accepted)")
            verdict.accepted = true
        }
        guard let path = baseline else { return verdict }
        let loaded: Baseline
        do {
            loaded = try Baseline.load(path: path)
        } catch {
            printError("learnlint: \(error)")
            throw ExitCode(2)
        }
        let outcome = loaded.filter(result, lines: lines, workingDirectory: workingDirectory, standardInput: standardInput != nil)
        result = outcome.result
        if outcome.hidden > 0, !quiet {
            printError("learnlint: \(outcome.hidden) finding\(outcome.hidden == 1 ? " is" : "s are") in the baseline \(path) (not shown)")
        }
        if baselineStrict, !outcome.gone.isEmpty {
            printError("learnlint: \(outcome.gone.count) baselined finding\(outcome.gone.count == 1 ? " is" : "s are") gone; shrink \(path) with --write-baseline:")
            for entry in outcome.gone {
                printError("  \(entry.path):\(entry.line): \(entry.message) [\(entry.rule)] (line when recorded)")
            }
            verdict.stale = true
        }
        return verdict
    }
}

/// What the gate adds to the exit code.
struct GateVerdict {
    /// A baseline was written: today's findings are accepted and the run succeeds.
    var accepted = false
    /// `--baseline-strict` found baselined findings that are gone.
    var stale = false
}
