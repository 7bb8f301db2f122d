import Foundation
import Testing
import LearnLintTestSupport

@testable import LearnLintCore
@testable import LearnLintRules
@testable import LearnLintConfiguration
@testable import LearnLintIO
@testable import LearnLintEngine
@testable import LearnLintReporters

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
        let lena = try #require(sorted.range(of: ">lena</a></th>"))
        let hana = try #require(sorted.range(of: ">Hana Sato</a></th>"))
        let kofi = try #require(sorted.range(of: ">kofi</a></th>"))
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
        // One delegated listener per concern (header clicks, header keys, controls, hash), never one per cell.
        #expect(count("addEventListener", in: html) == 4)
    }

    // MARK: - The roster page: who needs help

    private var rosterPage: URL { Repo.root.appendingPathComponent("fixtures/roster/expected.html") }

    /// The `<tr …>` of a contributor (up to its end), from a rendered body.
    private func row(_ name: String, in rows: String) throws -> String {
        let anchor = try #require(rows.range(of: "\">\(name)</a></th>"), "no row for \(name)")
        let start = try #require(rows[..<anchor.lowerBound].range(of: "<tr", options: .backwards))
        let end = try #require(rows[anchor.upperBound...].range(of: "</tr>"))
        return String(rows[start.lowerBound..<end.upperBound])
    }

    @Test func itemsComeInLabelledGroupsRequiredSectionsFirst() throws {
        let dom = try renderedDOM(rosterPage)
        #expect(dom.contains("data-ready=\"1\""), "the page's script did not run")
        let labels = ["Required sections", "Terms", "Concepts"].map { dom.range(of: "scope=\"colgroup\">\($0)</th>")?.lowerBound }
        let found = labels.compactMap { $0 }
        #expect(found.count == 3 && found == found.sorted(), "group labels missing or out of order")
        #expect(dom.contains("class=\"grp-label k-section\" colspan=\"4\""))
        // Headers hold their whole titles (nothing cut), and the page says when and from what it was made.
        #expect(dom.contains("<span>Best Practices and Takeaways</span>"))
        #expect(dom.contains("generated 2025-12-01 08:00 UTC"))
        #expect(dom.contains("configuration <code>fixtures/roster/rules.yaml</code>"))
        #expect(dom.contains("roster <code>fixtures/roster/roster.csv</code>"))
        // The legend explains the score.
        #expect(dom.contains("<b>Score</b>: the mean, over required sections, terms, concepts, of the share of that kind's items covered"))
    }

    @Test func rowsCarryTheirFlags() throws {
        let rows = try body(try renderedDOM(rosterPage))
        #expect(count("<tr", in: rows) == 31)
        #expect(count("data-status=\"missing\"", in: rows) == 5)
        #expect(count("data-status=\"below\"", in: rows) == 3)
        #expect(count("<span class=\"flag below\">below pass</span>", in: rows) == 3)
        #expect(count("<span class=\"flag missing\">no document</span>", in: rows) == 5)
        let olu = try row("olu", in: rows)
        #expect(olu.contains("class=\"flag dup\" href=\"#cmp2\""))
        #expect(olu.contains(">copy? kemi 100%</a>"))
        let gustavo = try row("gustavo", in: rows)
        #expect(gustavo.contains("<span class=\"flag unpaired\" title=\"1 of 2 challenges without a solution\">1 unpaired</span>"))
        #expect(try row("zoltan", in: rows).contains(">not on roster</span>"))
        // The score explains itself.
        let dalia = try row("dalia", in: rows)
        #expect(dalia.contains("title=\"Score 37.2% = the mean of required sections 2/4 (50.0%), terms"), "\(dalia)")
        #expect(dalia.contains("below the pass mark 50.0%"))
        #expect(try row("jo", in: rows).contains("<td class=\"x\"></td>"))
    }

    @Test func findingsPanelAndEmbeddedComparison() throws {
        let dom = try renderedDOM(rosterPage, hash: "#p19")
        let start = try #require(dom.range(of: "<section class=\"panel\" id=\"p19\" aria-label=\"olu\">"))
        let end = try #require(dom[start.upperBound...].range(of: "</section>"))
        let panel = String(dom[start.upperBound..<end.lowerBound])
        #expect(panel.contains("cohort 2025-b · mentor Omar · score 60.6%"))
        #expect(panel.contains("<a href=\"fixtures/roster/learners/olu/README.md\">fixtures/roster/learners/olu/README.md</a>"))
        #expect(panel.contains("<a href=\"fixtures/roster/learners/olu/README.md\">fixtures/roster/learners/olu/README.md:1</a> <b>warning</b> near-duplicate of fixtures/roster/learners/kemi/README.md"))
        #expect(panel.contains("<a href=\"#cmp2\">shared passages</a>"))
        let dalia = try #require(dom.range(of: "aria-label=\"dalia\">"))
        let daliaEnd = try #require(dom[dalia.upperBound...].range(of: "</section>"))
        let daliaPanel = String(dom[dalia.upperBound..<daliaEnd.lowerBound])
        #expect(daliaPanel.contains("<h3>Findings (2)</h3>"))
        #expect(daliaPanel.contains("missing section “Best Practices and Takeaways”"))
        // The pair is embedded side by side, the shared text marked on both sides.
        let pair = try #require(dom.range(of: "<div class=\"pair\" id=\"cmp2\">"))
        let pairText = String(dom[pair.lowerBound...].prefix(20_000))
        #expect(pairText.contains("kemi and olu: 100% similar"))
        #expect(count("<mark class=\"cp\" id=\"c2-a", in: pairText) >= 1)
        #expect(count("<mark class=\"cp\" id=\"c2-b", in: pairText) >= 1)
        // The template sentence every learner kept is boilerplate, not copying.
        let first = try #require(dom.range(of: "<div class=\"pair\" id=\"cmp1\">"))
        let firstPair = String(dom[first.lowerBound..<pair.lowerBound])
        #expect(firstPair.contains("1 boilerplate passage the corpus shares (grey)"))
        #expect(firstPair.contains("<mark class=\"bp\" id=\"c1-a1\" title=\"boilerplate, lines 1–3\">"))
        #expect(firstPair.contains("<mark class=\"cp\""))
    }

    @Test func whoNeedsHelpCanBeListedAloneAndTotalsFollow() throws {
        let below = try renderedDOM(rosterPage, hash: "#show=below")
        #expect(below.contains(">3 of 31 contributors</span>"))
        let visible = try body(below).components(separatedBy: "<tr").dropFirst().filter { !$0.contains(" hidden=\"\"") }
        #expect(visible.count == 3 && visible.allSatisfy { $0.contains("data-status=\"below\"") })
        #expect(below.contains("id=\"total-score\">35.3%</td>"), "the totals row follows the filter")

        let cohort = try renderedDOM(rosterPage, hash: "#group=2025-c")
        #expect(cohort.contains(">10 of 31 contributors</span>"))
        #expect(cohort.contains("id=\"total-docs\">7</td>"))
        let flagged = try renderedDOM(rosterPage, hash: "#show=flagged")
        #expect(flagged.contains(">15 of 31 contributors</span>"))
    }
}
