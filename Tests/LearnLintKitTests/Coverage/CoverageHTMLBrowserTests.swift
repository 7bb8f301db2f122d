import Foundation
import Testing

@testable import LearnLintKit

/// Opens the coverage page in headless Chromium and checks the DOM after its script ran.
///
/// Chromium is a test dependency (`make deps-test` installs Debian's `chromium`): when it is missing
/// these tests fail, so CI can never pass without having looked at the page.
@Suite struct CoverageHTMLBrowserTests {
    /// The rendered DOM of `file` (with an optional `#hash`), as Chromium serialises it.
    private func renderedDOM(_ file: URL, hash: String = "") throws -> String {
        let environment = ProcessInfo.processInfo.environment
        let candidates = [environment["LEARNLINT_CHROMIUM"]].compactMap { $0 } + ["chromium", "chromium-browser", "google-chrome"]
        let path = (environment["PATH"] ?? "/usr/bin").split(separator: ":").map(String.init)
        let binary = candidates.lazy.compactMap { name -> String? in
            if name.hasPrefix("/") { return FileManager.default.isExecutableFile(atPath: name) ? name : nil }
            return path.map { $0 + "/" + name }.first { FileManager.default.isExecutableFile(atPath: $0) }
        }.first
        let chromium = try #require(binary, "headless Chromium not found: run `make deps-test` (installs Debian's chromium)")
        let profile = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: profile) }
        let result = try runProgram(chromium, [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-extensions", "--no-first-run",
            "--user-data-dir=\(profile.path)", "--dump-dom", file.absoluteString + hash,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout
    }

    private func count(_ needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    /// The `<tbody>` of the heat map.
    private func body(_ dom: String) throws -> String {
        let start = try #require(dom.range(of: "<tbody>"))
        let end = try #require(dom.range(of: "</tbody>"))
        return String(dom[start.upperBound..<end.lowerBound])
    }

    @Test func fixturePageHasOneRowPerContributorAndColouredCells() throws {
        let json = try JSONValue.parse(Data(try Repo.read("fixtures/coverage/expected.json").utf8))
        let contributors = try #require(json["contributors"]?.arrayValue)
        let items = try #require(json["items"]?.arrayValue)
        let covered = contributors.compactMap { $0["covered_count"]?.intValue }.reduce(0, +)

        let dom = try renderedDOM(Repo.root.appendingPathComponent("fixtures/coverage/expected.html"))
        #expect(dom.contains("data-ready=\"1\""), "the page's script did not run")
        let rows = try body(dom)
        #expect(count("<tr", in: rows) == contributors.count)
        #expect(count("<td class=\"y\"", in: rows) == covered)
        #expect(count("<td class=\"n\"", in: rows) == contributors.count * items.count - covered)
        #expect(dom.contains("<span id=\"shown\" aria-live=\"polite\">14 of 14 contributors</span>"))
        // Tooltips name the documents; names are escaped, never markup.
        #expect(rows.contains("title=\"ivan · Rate limiting: fixtures/coverage/contributors/ivan/week2/LEARNINGS.md\""))
        #expect(!dom.contains("<zo@example.org>"))
    }

    @Test func addressHashSortsAndFilters() throws {
        let page = Repo.root.appendingPathComponent("fixtures/coverage/expected.html")
        let sorted = try body(try renderedDOM(page, hash: "#sort=score&desc=1"))
        let lena = try #require(sorted.range(of: ">lena</th>"))
        let hana = try #require(sorted.range(of: ">Hana Sato</th>"))
        let kofi = try #require(sorted.range(of: ">kofi</th>"))
        #expect(lena.lowerBound < hana.lowerBound && hana.lowerBound < kofi.lowerBound)

        // bongani, Hana Sato and ivan contain “an”; the other eleven rows are hidden.
        let filtered = try renderedDOM(page, hash: "#filter=an")
        #expect(filtered.contains(">3 of 14 contributors</span>"))
        #expect(count(" hidden=\"\"", in: try body(filtered)) == 11)
    }

    @Test func twoThousandContributorsStayUsable() throws {
        let items = (1...6).map { CoverageItem(kind: .section, id: "s\($0)") } + (1...14).map { CoverageItem(kind: .concept, id: "Concept \($0)") }
        var facts: [DocumentFacts] = []
        for index in 0..<2000 {
            var fact = DocumentFacts(path: "contributors/learner-\(index)/README.md", contributor: "learner-\(index)")
            fact.sections = (1...6).filter { (index + $0) % 3 != 0 }.map { "s\($0)" }
            fact.concepts = (1...14).filter { (index * $0) % 5 < 3 }.map { "Concept \($0)" }
            facts.append(fact)
        }
        let report = CoverageBuilder.build(facts: facts, items: items, failUnder: 60)
        let html = CoverageHTMLReporter().render(CoverageReportInput(report: report, configurationSource: "rules.yaml"))
        #expect(html.utf8.count < 8_000_000, "page of \(html.utf8.count) bytes")
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("coverage.html")
        try html.write(to: file, atomically: true, encoding: .utf8)
        let started = Date()
        let rows = try body(try renderedDOM(file, hash: "#sort=score"))
        #expect(Date().timeIntervalSince(started) < 30)
        let covered = report.contributors.map(\.coveredCount).reduce(0, +)
        #expect(count("<tr", in: rows) == 2000)
        #expect(count("<td class=\"y\"", in: rows) == covered)
        // One delegated listener per control, never one per cell.
        #expect(count("addEventListener", in: html) == 3)
    }
}
