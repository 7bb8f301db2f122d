import Foundation
import Testing
import LearnLintTestSupport

/// The default vocabulary on the five real documents in ../shared/seeds: it must report exactly the
/// spellings a careful reader would correct, each with a fix, and nothing in code or ordinary English.
@Suite struct VocabularySeedsTests {
    /// (seed prefix, line, text found, fix). Seed 002 writes `GitHub Action`, lower-case `redis` and
    /// `celery`, `rabbitMQ`, the old `docker-compose` command as a product name and `Restful API`; its
    /// `K8s` is an accepted alias. Seed 004 writes `Github Actions` twice in prose (and twice more inside
    /// code spans, which are not prose). Seeds 000, 001 and 003 spell every name the canonical way.
    static let expected: [(String, Int, String, String)] = [
        ("002", 17, "GitHub Action", "GitHub Actions"),
        ("002", 18, "redis", "Redis"),
        ("002", 18, "rabbitMQ", "RabbitMQ"),
        ("002", 18, "docker-compose", "Docker Compose"),
        ("002", 20, "celery", "Celery"),
        ("002", 20, "redis", "Redis"),
        ("002", 32, "Restful API", "RESTful API"),
        ("004", 18, "Github Actions", "GitHub Actions"),
        ("004", 42, "Github Actions", "GitHub Actions"),
    ]

    @Test(.enabled(if: Repo.seedsExpected, Repo.sharedSkipReason)) func seedsGetExactlyTheCorrectionsAReaderMakes() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Repo.seeds.path).sorted()
        try #require(files.count == 5, "expected the five seeds in \(Repo.seeds.path)")
        let result = try runLearnLint(
            ["check", "--config", "rules.yaml", "--format", "json", "--fail-on", "never"]
                + files.map { Repo.seeds.appendingPathComponent($0).path })
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let findings = try #require(report["findings"] as? [[String: Any]]).filter {
            $0["rule"] as? String == "technology-names"
        }
        let found = findings.map { finding -> String in
            let path = finding["path"] as? String ?? ""
            let prefix = files.first { path.hasSuffix($0) }.map { String($0.prefix(3)) } ?? path
            let data = finding["data"] as? [String: Any]
            let fix = finding["fix"] as? [String: Any]
            return "\(prefix):\(finding["line"] ?? 0) \(data?["found"] ?? "") → \(fix?["replacement"] ?? "no fix")"
        }
        #expect(found == Self.expected.map { "\($0.0):\($0.1) \($0.2) → \($0.3)" })
        let documents = try #require(report["documents"] as? [[String: Any]])
        let seed002 = try #require(documents.first { ($0["path"] as? String)?.contains("/002_") == true })
        let terms = try #require(seed002["terms"] as? [String])
        #expect(["Kubernetes", "Docker Compose", "RabbitMQ", "GitHub Actions", "pytest"].allSatisfy(terms.contains))
    }
}
