import Foundation
import Testing
import LearnLintTestSupport

@testable import LearnLintCore
@testable import LearnLintRules
@testable import LearnLintConfiguration
@testable import LearnLintIO
@testable import LearnLintEngine
@testable import LearnLintReporters

/// Baselines: fingerprints that survive unrelated edits, occurrence counters, "gone" entries.
@Suite struct BaselineTests {
    private func finding(_ message: String, line: Int, column: Int = 1, rule: String = "r", path: String = "a/README.md") -> Finding {
        let start = SourcePosition(line: line, column: column)
        return Finding(
            rule: rule, kind: "k", severity: .error, message: message, path: path,
            range: SourceRange(start: start, end: SourcePosition(line: line, column: column + 5)))
    }

    @Test func fingerprintIgnoresLineNumbersAndNumbersInMessages() {
        let before = ContentFingerprint.of(finding("duplicated section “Tools” (first at line 3)", line: 10), lineText: "## Tools")
        let after = ContentFingerprint.of(finding("duplicated section “Tools” (first at line 7)", line: 14), lineText: "  ## Tools ")
        #expect(before == after)
        #expect(before.count == 16)
        #expect(ContentFingerprint.of(finding("duplicated section “Tools” (first at line 3)", line: 10), lineText: "## Tool") != before)
        #expect(ContentFingerprint.of(finding("x", line: 1, rule: "a"), lineText: "bc") != ContentFingerprint.of(finding("x", line: 1, rule: "ab"), lineText: "c"))
    }

    @Test func wholeDocumentFindingsIgnoreTheFirstLine() {
        let missing = Finding(rule: "r", kind: "k", severity: .error, message: "missing", path: "p", range: .documentStart)
        #expect(ContentFingerprint.of(missing, lineText: "# Old title") == ContentFingerprint.of(missing, lineText: "# New title"))
    }

    @Test func matchingSurvivesEditsAboveAndCountsOccurrences() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("a/README.md")
        try FileManager.default.createDirectory(at: path.deletingLastPathComponent(), withIntermediateDirectories: true)
        try "# A\n- same\n- same\n".write(to: path, atomically: true, encoding: .utf8)
        let old = [finding("bad item", line: 2), finding("bad item", line: 3)]
        let baseline = Baseline(findings: old, lines: FindingLines(workingDirectory: folder.path))
        #expect(baseline.entries.map(\.occurrence) == [1, 2])

        // Two lines added above; one of the identical findings fixed, a third one added.
        try "# A\nintro\n\n- same\n- same\n- same\n".write(to: path, atomically: true, encoding: .utf8)
        let now = [finding("bad item", line: 4), finding("bad item", line: 5), finding("bad item", line: 6)]
        let documents = [DocumentFacts(path: "a/README.md", contributor: nil)]
        let outcome = baseline.filter(
            LintResult(documents: documents, findings: now), lines: FindingLines(workingDirectory: folder.path), workingDirectory: folder.path)
        #expect(outcome.hidden == 2)
        #expect(outcome.result.findings.map(\.range.start.line) == [6])
        #expect(outcome.gone.isEmpty)
    }

    @Test func goneEntriesAreThoseOfCheckedOrDeletedDocuments() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("b"), withIntermediateDirectories: true)
        try "# B\n".write(to: folder.appendingPathComponent("b/README.md"), atomically: true, encoding: .utf8)
        let entries = ["a/README.md", "b/README.md", "gone/README.md"].map {
            BaselineEntry(rule: "r", path: $0, fingerprint: "0000000000000000", occurrence: 1, message: "m", line: 1)
        }
        let result = LintResult(documents: [DocumentFacts(path: "a/README.md", contributor: nil)], findings: [])
        let outcome = Baseline(entries: entries).filter(result, lines: FindingLines(workingDirectory: folder.path), workingDirectory: folder.path)
        // a: checked and clean; gone: deleted; b: exists but was not checked in this run.
        #expect(outcome.gone.map(\.path) == ["a/README.md", "gone/README.md"])
    }

    @Test func fileRoundTripsAndRejectsOtherSchemas() throws {
        let entry = BaselineEntry(rule: "r", path: "a/README.md", fingerprint: "00ff", occurrence: 2, message: "m “x”", line: 4)
        let text = Baseline(entries: [entry]).serialized()
        #expect(text.hasPrefix("{\n  \"schema\": \"learnlint/baseline@1\""))
        #expect(try Baseline.parse(Data(text.utf8), source: "b.json").entries == [entry])
        #expect(throws: BaselineError.invalid("b.json", "schema \"learnlint/report@1\" is not \"learnlint/baseline@1\"")) {
            try Baseline.parse(Data(#"{"schema": "learnlint/report@1", "findings": []}"#.utf8), source: "b.json")
        }
        #expect(throws: BaselineError.invalid("b.json", "not JSON")) { try Baseline.parse(Data("{".utf8), source: "b.json") }
    }
}
