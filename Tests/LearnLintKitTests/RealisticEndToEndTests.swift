import Foundation
import Testing
import LearnLintTestSupport

/// Runs the built `learnlint` binary on fixtures/realistic: well-formed documents in many styles that
/// nobody wrote for the rules. Precision: nothing but the intended spelling notes may be reported.
@Suite struct RealisticEndToEndTests {
    @Test func realisticDocumentsMatchTheirGolden() throws {
        let result = try runLearnLint(["check", "fixtures/realistic", "--config", "rules.yaml"])
        #expect(result.status == 0, "no errors in well-formed documents: \(result.stdout)")
        try expectGolden(result.stdout, "fixtures/realistic/expected.txt")
    }

    @Test func noStructuralFindingOnWellFormedDocuments() throws {
        let result = try runLearnLint([
            "check", "fixtures/realistic", "--config", "rules.yaml", "--format", "json", "--fail-on", "never",
        ])
        let report = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let findings = try #require(report?["findings"] as? [[String: Any]])
        let rules = Set(findings.compactMap { $0["rule"] as? String })
        #expect(rules == ["technology-names"], "only spelling notes expected, got \(rules)")
        #expect(!findings.contains { $0["severity"] as? String == "error" })
        let documents = try #require(report?["documents"] as? [Any])
        #expect(documents.count == 15)
    }
}
