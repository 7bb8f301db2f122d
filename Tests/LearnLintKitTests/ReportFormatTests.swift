import Foundation
import Testing
import LearnLintTestSupport

#if canImport(FoundationXML)
    import FoundationXML
#endif

@testable import LearnLintCore
@testable import LearnLintRules
@testable import LearnLintConfiguration
@testable import LearnLintIO
@testable import LearnLintEngine
@testable import LearnLintReporters

/// The CI report formats, end to end: golden files, and validation by the official schemas with the
/// real tools (xmllint for JUnit, check-jsonschema for SARIF). Each validator is first shown to reject
/// a broken report, so a pass means something.
@Suite struct ReportFormatTests {
    /// Reports of fixtures/reports/corpus (copies of four sections fixtures, so goldens change only
    /// when reports or rules do) are reproducible: SOURCE_DATE_EPOCH fixes the JUnit timestamp.
    static let epoch = ["SOURCE_DATE_EPOCH": "1700000000"]
    static let goldens: [(format: String, file: String)] = [
        ("junit", "fixtures/reports/expected.junit.xml"), ("sarif", "fixtures/reports/expected.sarif"),
        ("github", "fixtures/reports/expected.github.txt"), ("markdown", "fixtures/reports/expected.md"),
    ]

    @Test(arguments: goldens.map(\.format))
    func corpusReportMatchesGolden(format: String) throws {
        let result = try runLearnLint(
            ["check", "fixtures/reports/corpus", "--config", "rules.yaml", "--format", format], environment: Self.epoch)
        #expect(result.status == 1, "\(result.stderr)")
        let golden = try #require(Self.goldens.first { $0.format == format }).file
        try expectGolden(result.stdout, golden)
    }

    @Test func everyFormatFromOneRunEqualsItsGolden() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var arguments = ["check", "fixtures/reports/corpus", "--config", "rules.yaml", "--quiet"]
        for (format, _) in Self.goldens { arguments += ["--report", "\(format)=\(folder.path)/report.\(format)"] }
        let result = try runLearnLint(arguments, environment: Self.epoch)
        #expect(result.status == 1)
        for (format, golden) in Self.goldens {
            let written = try String(contentsOfFile: "\(folder.path)/report.\(format)", encoding: .utf8)
            #expect(written == (try Repo.read(golden)), "--report \(format)=… differs from \(golden)")
        }
    }

    // MARK: - JUnit

    @Test(arguments: ["junit.xsd", "jenkins-junit.xsd"])
    func junitValidates(schema: String) throws {
        #expect(
            try Tools.xmllint(
                Repo.root.appendingPathComponent("fixtures/reports/expected.junit.xml").path, schema: schema
            ).status == 0)
        let corpus = try HostileCorpus.make()
        defer { try? FileManager.default.removeItem(at: corpus) }
        let report = corpus.appendingPathComponent("junit.xml").path
        _ = try runLearnLint(["check", ".", "--format", "junit", "--output", report], in: corpus)
        let validation = try Tools.xmllint(report, schema: schema)
        #expect(validation.status == 0, "\(validation.stderr)")
    }

    @Test func junitValidatorRejectsTwoFailuresInOneCase() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var broken = try Repo.read("fixtures/reports/expected.junit.xml")
        let failure = #"<failure message="m" type="error">x</failure>"#
        broken = broken.replacingOccurrences(of: "<failure ", with: failure + "<failure ")
        let file = try writeFile(broken, "broken.xml", in: folder)
        #expect(try Tools.xmllint(file.path, schema: "junit.xsd").status != 0)
    }

    @Test func junitCountsMatchTheCases() throws {
        let xml = try Repo.read("fixtures/reports/expected.junit.xml")
        let document = try XMLDocument(xmlString: xml)
        let suites = try document.nodes(forXPath: "//testsuite")
        #expect(suites.count == 4)
        for case let suite as XMLElement in suites {
            let cases = suite.elements(forName: "testcase")
            func count(_ name: String) -> Int { cases.filter { !$0.elements(forName: name).isEmpty }.count }
            #expect(suite.attribute(forName: "tests")?.stringValue == String(cases.count))
            #expect(suite.attribute(forName: "failures")?.stringValue == String(count("failure")))
            #expect(suite.attribute(forName: "errors")?.stringValue == String(count("error")))
            #expect(suite.attribute(forName: "skipped")?.stringValue == String(count("skipped")))
        }
        let unreadable = try document.nodes(
            forXPath: "//testsuite[@name='fixtures/reports/corpus/invalid-utf8/README.md']//error")
        #expect(unreadable.count == 1)
    }

    @Test func junitEscapesMarkupAndForbiddenCharacters() throws {
        let corpus = try HostileCorpus.make()
        defer { try? FileManager.default.removeItem(at: corpus) }
        let result = try runLearnLint(["check", ".", "--format", "junit"], in: corpus)
        let document = try XMLDocument(xmlString: result.stdout)
        let names = try document.nodes(forXPath: "//testsuite/@name").compactMap(\.stringValue)
        // Paths survive the round trip, except the code point XML cannot carry at all.
        let expected = HostileCorpus.folders.map {
            $0.replacingOccurrences(of: "\u{1B}", with: "\\u001B") + "/README.md"
        }
        #expect(Set(names) == Set(expected))
        let messages = try document.nodes(forXPath: "//failure/@message").compactMap(\.stringValue)
        #expect(messages.contains { $0.contains(#"&"' ]]> \u001B ::error::x,y:z %25"#) })
    }

    // MARK: - SARIF

    @Test func sarifValidates() throws {
        let corpus = try HostileCorpus.make()
        defer { try? FileManager.default.removeItem(at: corpus) }
        let report = corpus.appendingPathComponent("report.sarif").path
        _ = try runLearnLint(["check", ".", "--format", "sarif", "--output", report], in: corpus)
        let golden = Repo.root.appendingPathComponent("fixtures/reports/expected.sarif").path
        let validation = try Tools.validateJSON([golden, report], sharedSchema: "sarif-schema-2.1.0.json")
        #expect(validation.status == 0, "\(validation.stdout)\(validation.stderr)")
    }

    @Test func sarifValidatorRejectsAWrongVersion() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let broken = try Repo.read("fixtures/reports/expected.sarif").replacingOccurrences(
            of: #""version": "2.1.0""#, with: #""version": "2.0.0""#)
        let file = try writeFile(broken, "broken.sarif", in: folder)
        #expect(try Tools.validateJSON([file.path], sharedSchema: "sarif-schema-2.1.0.json").status != 0)
    }

    @Test func sarifDescribesEveryRuleAndLocatesEveryResult() throws {
        let log = try JSONValue.parse(Data(Repo.read("fixtures/reports/expected.sarif").utf8))
        let run = try #require(log["runs"]?.arrayValue?.first)
        #expect(run["columnKind"]?.stringValue == "unicodeCodePoints")
        let rules = try #require(run["tool"]?["driver"]?["rules"]?.arrayValue)
        let ids = rules.compactMap { $0["id"]?.stringValue }
        let configured = try RuleSet(
            configuration: ConfigurationLoader.load(file: Repo.root.appendingPathComponent("rules.yaml").path))
        #expect(
            ids == configured.rules.map(\.id) + [Linter.unreadableRuleID],
            "every configured rule, then unreadable-document")
        for rule in rules {
            #expect(rule["shortDescription"]?["text"]?.stringValue?.isEmpty == false)
            #expect(rule["help"]?["markdown"]?.stringValue?.isEmpty == false)
        }
        #expect(rules.first?["help"]?["text"]?.stringValue?.contains("Triggering examples") == true)
        let results = try #require(run["results"]?.arrayValue)
        #expect(results.count == 6)
        for result in results {
            let index = try #require(result["ruleIndex"]?.intValue)
            #expect(ids[index] == result["ruleId"]?.stringValue)
            let location = result["locations"]?.arrayValue?.first?["physicalLocation"]
            #expect(location?["artifactLocation"]?["uriBaseId"]?.stringValue == "%SRCROOT%")
            #expect(location?["artifactLocation"]?["uri"]?.stringValue?.hasPrefix("fixtures/reports/corpus/") == true)
        }
    }

    @Test func sarifFingerprintsSurviveLineShiftsButNotOtherChanges() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let body = "## Key Technologies\n- A\n- B\n\n## Concepts\nText.\n\n## Concepts\nMore.\n"
        func fingerprints(_ text: String) throws -> [(line: Int, hash: String)] {
            try writeFile(text, "doc/README.md", in: folder)
            let result = try runLearnLint(["check", "doc/README.md", "--format", "sarif"], in: folder)
            let log = try JSONValue.parse(Data(result.stdout.utf8))
            return (log["runs"]?.arrayValue?.first?["results"]?.arrayValue ?? []).map { result in
                let line =
                    result["locations"]?.arrayValue?.first?["physicalLocation"]?["region"]?["startLine"]?.intValue ?? 0
                return (line, result["partialFingerprints"]?[FindingFingerprint.name]?.stringValue ?? "")
            }
        }
        let before = try fingerprints("# Notes\n\n" + body)
        let after = try fingerprints("# Notes\n\nAn intro paragraph\nover two lines.\n\n" + body)
        #expect(before.count >= 3)
        #expect(before.map(\.hash) == after.map(\.hash))
        #expect(before.map(\.line) != after.map(\.line))
        #expect(Set(before.map(\.hash)).count == before.count, "fingerprints within a run are distinct")
        let renamed = try fingerprints(
            "# Notes\n\n" + body.replacingOccurrences(of: "## Concepts", with: "## Key Concepts"))
        #expect(Set(renamed.map(\.hash)) != Set(before.map(\.hash)))
    }

    @Test func sarifURIsArePercentEncodedReferences() {
        #expect(SARIFReporter.uri("we:ird,dir%/README.md") == ("we%3Aird,dir%25/README.md", "%SRCROOT%"))
        #expect(SARIFReporter.uri("日本 x/README.md").uri == "%E6%97%A5%E6%9C%AC%20x/README.md")
        #expect(SARIFReporter.uri("/abs/a b.md") == ("file:///abs/a%20b.md", nil))
    }

    @Test func fingerprintMaskingKeepsOtherNumbers() {
        #expect(
            FindingFingerprint.maskingPositions("duplicated “X” (first at line 12)")
                == "duplicated “X” (first at line #)")
        #expect(FindingFingerprint.maskingPositions("bad byte at line 4, column 16") == "bad byte at line #, column #")
        #expect(
            FindingFingerprint.maskingPositions("lists 2 items; at least 3 expected")
                == "lists 2 items; at least 3 expected")
    }

    // MARK: - Markdown

    @Test func markdownCellsCannotBreakTheTable() throws {
        let corpus = try HostileCorpus.make()
        defer { try? FileManager.default.removeItem(at: corpus) }
        let result = try runLearnLint(["check", ".", "--format", "markdown"], in: corpus)
        let rows = result.stdout.split(separator: "\n").filter { $0.hasPrefix("|") }
        #expect(rows.count == 2 + HostileCorpus.folders.count + 2 + 25)
        for row in rows {
            let header =
                rows.first { $0.hasPrefix("| document") } == row || rows.first { $0.hasPrefix("| severity") } == row
            let cells = unescapedPipes(row) - 1
            #expect(cells == 5 || cells == 4, "row has \(cells) cells: \(row)\(header ? " (header)" : "")")
        }
        #expect(!result.stdout.contains("<x>"))
        #expect(!result.stdout.contains(" @octocat"))
        #expect(result.stdout.contains(#"ape\&\<x\>/README.md"#))
        #expect(result.stdout.contains(#"“Challenges \&"' \]\]\>"#))
    }

    private func unescapedPipes(_ row: Substring) -> Int {
        var count = 0
        var escaped = false
        for character in row {
            if escaped {
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "|" {
                count += 1
            }
        }
        return count
    }
}
