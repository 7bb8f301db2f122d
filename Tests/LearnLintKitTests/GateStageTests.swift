import Testing

@testable import LearnLintCore
@testable import LearnLintRules
@testable import LearnLintConfiguration
@testable import LearnLintIO
@testable import LearnLintEngine

/// The verdict of `check` (exit 1 or not) from the worst finding and the gate's outcome.
@Suite struct GateStageTests {
    private func result(_ severities: [Severity]) -> LintResult {
        LintResult(
            documents: [],
            findings: severities.map {
                Finding(
                    rule: "r", kind: "k", severity: $0, message: "m", path: "a/README.md", range: SourceRange(at: .start),
                    contributor: nil)
            })
    }

    @Test func theWorstFindingDecidesAgainstTheFailingSeverity() {
        let clean = GateStage.Outcome()
        #expect(GateStage.fails(result([.warning, .error]), failingSeverity: .error, gate: clean))
        #expect(!GateStage.fails(result([.warning, .info]), failingSeverity: .error, gate: clean))
        #expect(GateStage.fails(result([.info]), failingSeverity: .info, gate: clean))
        #expect(!GateStage.fails(result([.error]), failingSeverity: nil, gate: clean), "--fail-on never")
        #expect(!GateStage.fails(result([]), failingSeverity: .info, gate: clean))
    }

    @Test func aRecordedBaselinePassesAndAStaleStrictOneFails() {
        var recorded = GateStage.Outcome()
        recorded.recorded = Baseline(entries: [])
        #expect(!GateStage.fails(result([.error]), failingSeverity: .error, gate: recorded))
        var stale = GateStage.Outcome(strict: true)
        stale.gone = [BaselineEntry(rule: "r", path: "a/README.md", fingerprint: "f", occurrence: 1, message: "m", line: 1)]
        #expect(GateStage.fails(result([]), failingSeverity: .error, gate: stale))
        var lenient = GateStage.Outcome(strict: false)
        lenient.gone = stale.gone
        #expect(!GateStage.fails(result([]), failingSeverity: .error, gate: lenient), "gone entries fail only when strict")
    }
}
