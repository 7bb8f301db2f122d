import Foundation
import Testing
import LearnLintTestSupport

@testable import LearnLintCore
@testable import LearnLintRules
@testable import LearnLintConfiguration
@testable import LearnLintIO
@testable import LearnLintEngine
@testable import LearnLintReporters

/// `learnlint coverage` on fixtures/roster: a roster of 30 (25 with documents, 2 of them copies, 3
/// below the pass mark) plus one document nobody expected, in every format, against golden files.
@Suite struct RosterCoverageEndToEndTests {
    static let corpus = ["coverage", "fixtures/roster", "--config", "fixtures/roster/rules.yaml"]
    static let missing = ["abel", "bea", "cyrus", "jo", "sipho"]
    static let below = ["dalia", "mateo", "xin"]
    static let copies = ["olu", "pavel"]

    @Test(arguments: [("text", "txt"), ("json", "json"), ("markdown", "md"), ("csv", "csv"), ("html", "html")])
    func goldenReports(format: String, fileExtension: String) throws {
        let result = try runLearnLint(Self.corpus + ["--format", format])
        // 62.2% overall, above the fixture's pass mark of 50%.
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        try expectGolden(result.stdout, "fixtures/roster/expected.\(fileExtension)")
    }

    @Test(arguments: ["text", "json", "markdown", "csv", "html"])
    func everyFormatNamesTheMissingTheCopiesAndTheFailures(format: String) throws {
        let output = try runLearnLint(Self.corpus + ["--format", format]).stdout
        for name in Self.missing + Self.below + Self.copies + ["zoltan"] {
            #expect(output.contains(name), "\(format) does not name \(name)")
        }
        for marker in ["no document", "below pass", "near-duplicate of kemi", "near-duplicate of fatima", "not on roster", "unpaired"] {
            #expect(output.contains(marker), "\(format) lacks “\(marker)”")
        }
    }

    @Test func jsonCountsAndStatuses() throws {
        let json = try JSONValue.parse(Data(Repo.read("fixtures/roster/expected.json").utf8))
        let summary = try #require(json["summary"])
        #expect(summary["contributors"]?.intValue == 31)
        #expect(summary["with_documents"]?.intValue == 26)
        #expect(summary["missing"]?.intValue == 5)
        #expect(summary["not_on_roster"]?.intValue == 1)
        #expect(summary["below_pass"]?.intValue == 3)
        #expect(summary["near_duplicate_pairs"]?.intValue == 2)
        let contributors = try #require(json["contributors"]?.arrayValue)
        func names(_ status: String) -> [String] {
            contributors.filter { $0["status"]?.stringValue == status }.compactMap { $0["name"]?.stringValue }
        }
        #expect(names("missing") == Self.missing)
        #expect(names("below") == Self.below)
        let olu = try #require(contributors.first { $0["name"]?.stringValue == "olu" })
        #expect(olu["near_duplicates"]?.arrayValue?.first?["compare"]?.stringValue
            == "learnlint compare fixtures/roster/learners/olu/README.md fixtures/roster/learners/kemi/README.md")
        #expect(olu["roster"]?["cohort"]?.stringValue == "2025-b")
        // DNS and Terraform are in the vocabulary but under min_share; Docker is named, so it stays.
        let keys = json["items"]?.arrayValue?.compactMap { $0["key"]?.stringValue } ?? []
        #expect(!keys.contains("term:DNS") && !keys.contains("term:Terraform") && keys.contains("term:Docker"))
        #expect(keys.prefix(4).allSatisfy { $0.hasPrefix("section:") })
        #expect(!keys.contains("concept:Rate limiting"), "coverage.concepts leaves Rate limiting out")
        let groups = json["groups"]?.arrayValue?.compactMap { $0["name"]?.stringValue }
        #expect(groups == ["2025-a", "2025-b", "2025-c", "(not on the roster)"])
    }

    @Test func textFitsOneHundredColumnsUnlessWide() throws {
        let text = try runLearnLint(Self.corpus).stdout
        let long = text.split(separator: "\n").filter { $0.count > 100 && !$0.hasPrefix("  learnlint compare ") }
        #expect(long.isEmpty, "\(long)")
        let wide = try runLearnLint(Self.corpus + ["--wide"])
        try expectGolden(wide.stdout, "fixtures/roster/expected.wide.txt")
        #expect(wide.stdout.contains("covered by"))
        #expect(!text.contains("covered by"))
    }

    @Test func csvColumnsAreConsistent() throws {
        let lines = try Repo.read("fixtures/roster/expected.csv").components(separatedBy: "\r\n").filter { !$0.isEmpty }
        let header = lines[0].split(separator: ",", omittingEmptySubsequences: false)
        #expect(header.prefix(9) == ["contributor", "cohort", "mentor", "on_roster", "status", "documents", "score", "missing_sections", "flags"])
        #expect(lines.count == 32)
        let jo = try #require(lines.first { $0.hasPrefix("jo,") })
        #expect(jo.hasPrefix("jo,2025-a,Ngozi,1,missing,0,,,no document,"))
        // Every field of the documents column is a count.
        let documents = header.firstIndex(of: "documents") ?? 0
        for line in lines.dropFirst() where !line.contains("\"") {
            #expect(Int(line.split(separator: ",", omittingEmptySubsequences: false)[documents]) != nil, "\(line)")
        }
    }

    @Test func filterAndGroupByRosterColumns() throws {
        let only = try runLearnLint(Self.corpus + ["--only", "cohort=2025-b", "--format", "json"])
        #expect(only.status == 0, "\(only.stderr)")
        let json = try JSONValue.parse(Data(only.stdout.utf8))
        #expect(json["summary"]?["contributors"]?.intValue == 10)
        #expect(json["filter"]?.stringValue == "cohort=2025-b")
        let byMentor = try runLearnLint(Self.corpus + ["--group-by", "mentor", "--format", "markdown"])
        #expect(byMentor.stdout.contains("| mentor | contributors | without a document | below pass | score |"))
        #expect(byMentor.stdout.contains("| Ngozi | 5 | 1 | 1 |"))
        let unknown = try runLearnLint(Self.corpus + ["--group-by", "campus"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("the roster has no column 'campus' (its columns: cohort, mentor)"), "\(unknown.stderr)")
    }

    @Test func rosterFromTheCommandLineAsYAML() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let roster = folder.appendingPathComponent("team.yaml")
        try "- olu\n- { name: kemi, cohort: x }\n- newcomer\n".write(to: roster, atomically: true, encoding: .utf8)
        let result = try runLearnLint(Self.corpus + ["--roster", roster.path, "--group-by", "cohort", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try JSONValue.parse(Data(result.stdout.utf8))
        #expect(json["summary"]?["missing"]?.intValue == 1)
        #expect(json["summary"]?["not_on_roster"]?.intValue == 24)
        let absent = try runLearnLint(Self.corpus + ["--roster", folder.appendingPathComponent("none.csv").path])
        #expect(absent.status == 2)
        #expect(absent.stderr.contains("no roster file there"))
    }

    @Test func goldenJSONMatchesItsSchema() throws {
        for golden in ["fixtures/roster/expected.json", "fixtures/coverage/expected.json"] {
            let result = try runProgram(try venvTool("check-jsonschema"), [
                "--schemafile", Repo.root.appendingPathComponent("docs/schemas/coverage.schema.json").path,
                Repo.root.appendingPathComponent(golden).path,
            ])
            #expect(result.status == 0, "\(golden): \(result.stdout)\(result.stderr)")
        }
    }

    @Test func nearDuplicateFindingNamesTheCompareCommand() throws {
        let result = try runLearnLint(["check", "fixtures/roster", "--config", "fixtures/roster/rules.yaml"])
        #expect(result.stdout.contains(
            "near-duplicate of fixtures/roster/learners/kemi/README.md (by kemi): 100% similar; `learnlint compare fixtures/roster/learners/olu/README.md fixtures/roster/learners/kemi/README.md` shows the shared passages"),
            "\(result.stdout)")
    }
}
