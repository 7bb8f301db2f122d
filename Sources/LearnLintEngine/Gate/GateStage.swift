import LearnLintCore
import LearnLintIO

/// The pipeline's last stages in `check`: the gate (baselines, docs/baseline.md) and the verdict.
///
/// `--write-baseline` records every finding of the run (the run then passes); `--baseline` hides the
/// findings a baseline accepted and, with `--baseline-strict`, fails the run when some of them are gone.
/// The command line only writes the files and prints what the outcome says.
public struct GateStage: Sendable {
    /// `--baseline FILE`.
    public var baseline: String?
    /// `--write-baseline FILE`.
    public var writeBaseline: String?
    /// `--baseline-strict`.
    public var strict: Bool

    public init(baseline: String? = nil, writeBaseline: String? = nil, strict: Bool = false) {
        self.baseline = baseline
        self.writeBaseline = writeBaseline
        self.strict = strict
    }

    /// What the gate did to a run.
    public struct Outcome: Sendable {
        /// The baseline recorded for `--write-baseline`.
        public var recorded: Baseline?
        /// How many findings `--baseline` hid.
        public var hidden = 0
        /// Baselined findings no longer found (reported under `--baseline-strict`).
        public var gone: [BaselineEntry] = []
        var strict = false

        /// A baseline was recorded: today's findings are accepted and the run passes.
        public var accepted: Bool { recorded != nil }
        /// `--baseline-strict` found baselined findings that are gone.
        public var stale: Bool { strict && !gone.isEmpty }
    }

    /// Records the run's findings (before any filtering: the new file accepts everything found today)
    /// and hands them to `record`, then hides what `--baseline` accepted.
    public func apply(
        to result: inout LintResult, workingDirectory: String, standardInput: (name: String, text: String)?,
        record: (Baseline) throws -> Void
    ) throws -> Outcome {
        var outcome = Outcome(strict: strict)
        let lines = FindingLines(workingDirectory: workingDirectory, standardInput: standardInput)
        if writeBaseline != nil {
            let recorded = Baseline(findings: result.findings, lines: lines)
            try record(recorded)
            outcome.recorded = recorded
        }
        guard let path = baseline else { return outcome }
        let filtered = try Baseline.load(path: path).filter(
            result, lines: lines, workingDirectory: workingDirectory, standardInput: standardInput != nil)
        result = filtered.result
        outcome.hidden = filtered.hidden
        outcome.gone = filtered.gone
        return outcome
    }

    /// The verdict: whether a run fails (exit 1). A finding at or above `failingSeverity` (nil: none
    /// fails) or a stale strict baseline fails it, unless a baseline was just recorded.
    public static func fails(_ result: LintResult, failingSeverity: Severity?, gate: Outcome) -> Bool {
        guard !gate.accepted else { return false }
        if gate.stale { return true }
        guard let failing = failingSeverity, let worst = result.worstSeverity else { return false }
        return worst >= failing
    }
}
