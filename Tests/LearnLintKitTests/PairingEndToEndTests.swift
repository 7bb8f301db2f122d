import Foundation
import Testing

/// Runs the built `learnlint` binary on fixtures/pairing and compares its reports with golden files.
@Suite struct PairingEndToEndTests {
    @Test func pairingFixturesText() throws {
        let result = try runLearnLint(["check", "fixtures/pairing", "--config", "rules.yaml"])
        #expect(result.status == 1)
        try expectGolden(result.stdout, "fixtures/pairing/expected.txt")
    }

    @Test func pairingFixturesJSON() throws {
        let result = try runLearnLint(["check", "fixtures/pairing", "--config", "rules.yaml", "--format", "json"])
        #expect(result.status == 1)
        try expectGolden(result.stdout, "fixtures/pairing/expected.json")
    }

    @Test func pairedFixturesPassWithTheDefaultRules() throws {
        let paired = try FileManager.default.contentsOfDirectory(atPath: Repo.fixtures.appendingPathComponent("pairing").path)
            .filter { $0.hasSuffix("-paired") }.sorted().map { "fixtures/pairing/\($0)/README.md" }
        // Ten formats, plus a challenge heading over Problem/Resolution labels, a prose story and a short past tense.
        #expect(paired.count == 13)
        let result = try runLearnLint(["check"] + paired)
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout == "13 documents checked against rules.yaml: no problems.\n")
    }

    @Test func explainShowsEveryFormat() throws {
        let result = try runLearnLint(["explain", "challenge-solution"])
        #expect(result.status == 0)
        for needle in [
            "kind: pairing", "**Challenge:**", "**Problem:**", "## Solutions Implemented", "### Challenge 1:", "| Challenge |",
            "Resolution:", "How I solved it:", "❌", "✅", "To overcome this", "I resolved it by", "docs/pairing.md",
        ] {
            #expect(result.stdout.contains(needle), "explain lacks \(needle)")
        }
    }
}
