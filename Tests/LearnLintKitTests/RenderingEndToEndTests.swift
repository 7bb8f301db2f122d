import Foundation
import Testing
import LearnLintTestSupport

/// Runs the built `learnlint` binary on fixtures/rendering (one document per pitfall, and one
/// well-formed document using every look-alike) and compares its reports and fixes with golden files.
@Suite struct RenderingEndToEndTests {
    /// The pitfall fixtures; `well-formed` is checked apart.
    static let pitfalls = [
        "broken-links", "chat-paste", "escaped-markdown", "fence-pairs-wrong", "fenced-document",
        "heading-without-space",
        "indented-markdown", "mojibake", "plain-text", "setext-and-conflict", "unclosed-fence", "word-paste",
    ]

    @Test func renderingFixturesText() throws {
        let result = try runLearnLint(["check", "fixtures/rendering", "--config", "rules.yaml"])
        #expect(result.status == 1, "the fixtures miss sections hidden by the pitfalls: errors")
        try expectGolden(result.stdout, "fixtures/rendering/expected.txt")
    }

    @Test func renderingFixturesJSON() throws {
        let result = try runLearnLint(["check", "fixtures/rendering", "--config", "rules.yaml", "--format", "json"])
        try expectGolden(result.stdout, "fixtures/rendering/expected.json")
    }

    @Test func renderingReportMatchesTheSchema() throws {
        let tool = try venvTool("check-jsonschema")
        let result = try runProgram(tool, ["--schemafile", "docs/schemas/report.schema.json", "fixtures/rendering/expected.json"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    }

    @Test func everyPitfallFixtureIsFlaggedAndOnlyThere() throws {
        let result = try runLearnLint([
            "check", "fixtures/rendering", "--config", "rules.yaml", "--format", "json", "--fail-on", "never",
        ])
        let report = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let findings = try #require(report?["findings"] as? [[String: Any]]).filter {
            $0["rule"] as? String == "rendering-pitfalls"
        }
        let flagged = Set(
            findings.compactMap { ($0["path"] as? String)?.split(separator: "/").dropFirst(2).first.map(String.init) })
        #expect(flagged == Set(Self.pitfalls))
        // Every pitfall id of the kind occurs in some fixture.
        let kinds = Set(findings.compactMap { ($0["data"] as? [String: Any])?["pitfall"] as? String })
        #expect(
            kinds == [
                "unclosed-fence", "fenced-document", "heading-without-space", "escaped-markdown", "indented-as-code",
                "pasted-bullets", "tab-separated-table", "bare-headings",
                "chat-leftovers", "accidental-setext", "merge-conflict", "mojibake", "broken-fragment",
            ])
    }

    @Test func wellFormedDocumentHasNoFindingAtAll() throws {
        let result = try runLearnLint(["check", "fixtures/rendering/well-formed/README.md", "--config", "rules.yaml"])
        #expect(result.status == 0)
        #expect(result.stdout == "1 document checked against rules.yaml: no problems.\n", "\(result.stdout)")
    }

    @Test func missingSectionsSayWhyAndPointAtTheLine() throws {
        let result = try runLearnLint(["check", "fixtures/rendering/unclosed-fence", "--config", "rules.yaml"])
        #expect(
            result.stdout.contains(
                "unclosed-fence/README.md:11:4: error: missing section “Key Technologies”: “Key Technologies” at line 11 is inside the code block opened at line 7, which is never closed [required-sections]"
            ), "\(result.stdout)")
    }

    @Test func dryRunShowsTheSafeFixes() throws {
        let result = try runLearnLint(["fix", "--dry-run", "fixtures/rendering", "--config", "rules.yaml"])
        #expect(result.status == 0)
        try expectGolden(result.stdout, "fixtures/rendering/expected.diff")
    }

    @Test func fixRepairsAndASecondRunChangesNothing() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in Self.pitfalls {
            let target = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
            try FileManager.default.copyItem(
                at: Repo.fixtures.appendingPathComponent("rendering/\(name)/README.md"),
                to: target.appendingPathComponent("README.md"))
        }
        let rules = Repo.root.appendingPathComponent("rules.yaml").path
        let first = try runLearnLint(["fix", "--config", rules, "."], in: folder)
        #expect(first.status == 0)
        let second = try runLearnLint(["fix", "--config", rules, "."], in: folder)
        #expect(second.stdout.hasPrefix("Nothing to fix"), "\(second.stdout)")
        let escaped = try String(
            contentsOf: folder.appendingPathComponent("escaped-markdown/README.md"), encoding: .utf8)
        #expect(escaped.hasPrefix("# Learnings from the ProDev programme\n\n## Key Technologies\n\n- Python\n"))
        let mojibake = try String(contentsOf: folder.appendingPathComponent("mojibake/README.md"), encoding: .utf8)
        #expect(mojibake.hasPrefix("# 📚 My ProDev Learnings\n\n## 🔧 Key Technologies\n"))
        #expect(mojibake.contains("## ðŸ? Best Practices"), "a lost byte cannot be repaired: left alone")
        // The escaped document now has its sections; what no fix can repair is still reported.
        let check = try runLearnLint(
            ["check", "--config", rules, "--format", "json", "--fail-on", "never", "."], in: folder)
        let report = try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [String: Any]
        let findings = try #require(report?["findings"] as? [[String: Any]])
        let remaining = findings.filter { $0["rule"] as? String == "rendering-pitfalls" }
        #expect(remaining.allSatisfy { $0["fix"] is NSNull }, "every fixable finding was fixed")
        #expect(
            !findings.contains {
                ($0["path"] as? String)?.hasPrefix("escaped-markdown/") == true
                    && $0["rule"] as? String == "required-sections"
            })
    }

    @Test func explainShowsEveryCase() throws {
        let result = try runLearnLint(["explain", "rendering-pitfalls"])
        #expect(result.status == 0)
        for needle in [
            "kind: rendering", "```bash", "\\## Key Technologies", "    ↓- Django", "•\tDjango", "Challenge\tSolution",
            "↓Key Technologies", "Copy code", "Sure! Here's", "<<<<<<< HEAD", "ðŸ”§", "(#key-technologies)",
            "(#-key-technologies)", "----------------", "2024\\.", "deliberately indented code block", "pitfalls:",
            "```markdown", "##Key Technologies", "#100DaysOfCode",
        ] {
            #expect(result.stdout.contains(needle), "explain lacks \(needle)")
        }
    }

    /// Of the five seeds only 003 renders wrong (its headings' emoji are mojibake), and `fix` restores them.
    @Test(.enabled(if: Repo.seedsExpected)) func onlySeed003IsFlaggedAndItsEmojiAreRestored() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Repo.seeds.path).sorted()
        try #require(files.count == 5, "expected the five seeds in \(Repo.seeds.path)")
        let result = try runLearnLint(
            ["check", "--config", "rules.yaml", "--format", "json", "--fail-on", "never"]
                + files.map { Repo.seeds.appendingPathComponent($0).path })
        let report = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let findings = try #require(report?["findings"] as? [[String: Any]]).filter {
            $0["rule"] as? String == "rendering-pitfalls"
        }
        #expect(findings.count == 4)
        #expect(findings.allSatisfy { ($0["path"] as? String)?.contains("/003_") == true })
        #expect(findings.allSatisfy { ($0["data"] as? [String: Any])?["pitfall"] as? String == "mojibake" })
        let seed = try #require(files.first { $0.hasPrefix("003_") })
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(
            at: Repo.seeds.appendingPathComponent(seed), to: folder.appendingPathComponent("README.md"))
        // The seeds are read-only, and `fix` refuses read-only files: the copy is made writable.
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: folder.appendingPathComponent("README.md").path)
        let fix = try runLearnLint(
            ["fix", "--config", Repo.root.appendingPathComponent("rules.yaml").path, "README.md"], in: folder)
        #expect(fix.stdout.hasPrefix("Fixed 4 problems"), "\(fix.stdout)")
        let fixed = try String(contentsOf: folder.appendingPathComponent("README.md"), encoding: .utf8)
        for emoji in ["📚", "🚀", "🎯", "🔧"] { #expect(fixed.contains(emoji), "fix lacks \(emoji)") }
        #expect(!fixed.contains("ðŸ"))
    }
}
