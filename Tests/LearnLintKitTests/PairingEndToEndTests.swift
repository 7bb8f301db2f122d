import Foundation
import Testing
import LearnLintTestSupport

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

    @Test func traceShowsWhichHeuristicsDecidedEachUnit() throws {
        let result = try runLearnLint([
            "explain", "challenge-solution", "--config", "rules.yaml", "--trace", "fixtures/pairing-trace/README.md",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        try expectGolden(result.stdout, "fixtures/pairing-trace/expected-trace.txt")
        // The same document checked: exactly the two units the trace calls reported.
        let check = try runLearnLint(["check", "fixtures/pairing-trace/README.md", "--config", "rules.yaml"])
        #expect(check.status == 1)
        #expect(check.stdout.components(separatedBy: "[challenge-solution]").count - 1 == 2, "\(check.stdout)")
    }

    @Test func jsonTraceHasTheDocumentedShapeAndAgreesWithCheck() throws {
        let arguments = ["explain", "challenge-solution", "--config", "rules.yaml", "--trace", "fixtures/pairing-trace/README.md"]
        let result = try runLearnLint(arguments + ["--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        try expectGolden(result.stdout, "fixtures/pairing-trace/expected-trace.json")
        let trace = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(trace["schema"] as? String == "learnlint/pairing-trace@1")
        #expect(trace["rule"] as? String == "challenge-solution")
        let units = try #require(trace["units"] as? [[String: Any]])
        // One unit per line of the text trace that names a unit, in the same order.
        let text = try runLearnLint(arguments)
        let heads = text.stdout.split(separator: "\n").filter { $0.hasPrefix("  line ") }
        #expect(units.count == heads.count && units.count > 3)
        for (unit, head) in zip(units, heads) {
            #expect(head.hasPrefix("  line \(unit["line"] as? Int ?? -1): \(unit["kind"] as? String ?? "?")"), "\(head)")
        }
        #expect(trace["challenges"] as? Int == units.filter { $0["kind"] as? String == "challenge" }.count)
        // The units the trace calls reported are exactly the lines `check` reports.
        let reported = units.filter { $0["verdict"] as? String == "unpaired-reported" }.compactMap { $0["line"] as? Int }
        let check = try runLearnLint(["check", "fixtures/pairing-trace/README.md", "--config", "rules.yaml", "--format", "json"])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [String: Any])
        let findings = try #require(report["findings"] as? [[String: Any]])
        let lines = findings.filter { $0["rule"] as? String == "challenge-solution" }.compactMap { $0["line"] as? Int }
        #expect(reported == lines && !lines.isEmpty)
        // Every heuristic named is a real one, with its effect; only challenges carry a verdict.
        for unit in units {
            #expect((unit["verdict"] is String) == (unit["kind"] as? String == "challenge"))
            for heuristic in unit["heuristics"] as? [[String: String]] ?? [] {
                #expect(PairingHeuristicNames.all.contains(heuristic["name"] ?? ""), "\(heuristic)")
                #expect(["solves", "reads", "drops", "withholds"].contains(heuristic["effect"] ?? ""), "\(heuristic)")
            }
        }
    }

    @Test func jsonTraceWithoutAChallengesSectionAndFormatWithoutTrace() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("README.md").path
        try "# Notes\n\n## Key Technologies\n- Python\n".write(toFile: path, atomically: true, encoding: .utf8)
        let result = try runLearnLint(["explain", "challenge-solution", "--trace", path, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let trace = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(trace["challenges"] is NSNull)
        #expect((trace["units"] as? [Any])?.isEmpty == true)
        let misuse = try runLearnLint(["explain", "challenge-solution", "--format", "json"])
        #expect(misuse.status == 2)
        #expect(misuse.stderr.contains("--format applies to --trace FILE"), "\(misuse.stderr)")
    }

    @Test func heuristicsListTheNamesDisableTakes() throws {
        let result = try runLearnLint(["explain", "challenge-solution", "--heuristics"])
        #expect(result.status == 0)
        let names = result.stdout.split(separator: "\n").compactMap { $0.split(separator: " ").first.map(String.init) }
        #expect(names == PairingHeuristicNames.all)
    }

    @Test func anUnknownHeuristicIsAConfigurationError() throws {
        let config = try Repo.read("rules.yaml").replacingOccurrences(
            of: "    kind: pairing\n", with: "    kind: pairing\n    disable: [action-clauses]\n")
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("rules.yaml").path
        try config.write(toFile: path, atomically: true, encoding: .utf8)
        let result = try runLearnLint(["check", "fixtures/pairing-trace/README.md", "--config", path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("unknown pairing heuristic 'action-clauses'; did you mean 'action-clause'?"), "\(result.stderr)")
    }
}

/// The heuristic names as the tests expect them, in the order `--heuristics` prints them.
enum PairingHeuristicNames {
    static let all = [
        "solution-word", "inline-solution-label", "action-clause", "outcome-clause", "arrow-outcome", "promised-outcome",
        "promised-answer", "story-label", "nested-solution", "table-answer", "done-symbol", "summary-paragraph",
        "prose-follow-up", "negation", "unfinished-needs-denial", "attitude-verb", "placeholder", "empty-solution-label",
        "points-elsewhere", "label-with-list", "terse-title", "terse-story", "code-in-story", "ends-without-difficulty",
        "vague-prose", "unlabelled-heading",
    ]
}
