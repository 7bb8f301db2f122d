import Foundation
import Testing

/// The five real learnings documents in ../shared/seeds, checked by the built binary with the default
/// rules: each must be found to have exactly the sections a careful reader sees.
@Suite struct SeedsTests {
    /// What a reader finds in each seed (file prefix → section ids), and why:
    /// - 000: flat `##` headings; "Important Concepts", separate "Challenges Faced" / "Solutions Implemented",
    ///   and "Best Practices" plus "Personal Takeaways" (both count as the practices section).
    /// - 001: everything nested one level deeper under "## Major Learnings", titles with trailing colons.
    /// - 002: lower-case titles ("Key technologies covered").
    /// - 003: mojibake emoji headings (`ðŸ”§`), the challenges section at level 4.
    /// - 004: only a bold list item "**Key Technologies**" with a nested list; concepts are an untitled list
    ///   after a sentence, challenges a prose paragraph, and there are no practices: three sections missing.
    static let expected: [(String, [String])] = [
        ("000", ["technologies", "concepts", "challenges", "solutions", "practices"]),
        ("001", ["technologies", "concepts", "challenges", "practices"]),
        ("002", ["technologies", "concepts", "challenges", "practices"]),
        ("003", ["technologies", "concepts", "challenges", "practices"]),
        ("004", ["technologies"]),
    ]

    @Test(.enabled(if: Repo.seedsExpected)) func seedsHaveTheSectionsAReaderSees() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Repo.seeds.path).sorted()
        try #require(files.count == 5, "expected the five seeds in \(Repo.seeds.path)")
        let result = try runLearnLint(
            ["check", "--config", "rules.yaml", "--format", "json", "--fail-on", "never"] + files.map { Repo.seeds.appendingPathComponent($0).path })
        #expect(result.status == 0)
        let report = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let documents = try #require(report?["documents"] as? [[String: Any]])
        #expect(documents.count == 5)
        for (prefix, sections) in Self.expected {
            let document = try #require(documents.first { ($0["path"] as? String)?.contains("/\(prefix)_") == true })
            #expect(document["sections"] as? [String] == sections, "seed \(prefix)")
        }
        let findings = try #require(report?["findings"] as? [[String: Any]])
        let missing = findings.filter { $0["rule"] as? String == "required-sections" }.compactMap { finding -> String? in
            guard (finding["path"] as? String)?.contains("/004_") == true else { return "unexpected: \(finding)" }
            return (finding["data"] as? [String: Any])?["section"] as? String
        }
        #expect(missing.sorted() == ["challenges", "concepts", "practices"])
    }
}
