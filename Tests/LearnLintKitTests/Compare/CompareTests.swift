import Foundation
import Testing
import LearnLintTestSupport

@testable import LearnLintCore
@testable import LearnLintRules
@testable import LearnLintConfiguration
@testable import LearnLintIO
@testable import LearnLintEngine
@testable import LearnLintReporters

/// The shared-passage matcher and `learnlint compare` on fixtures/compare.
@Suite struct CompareTests {
    private func compare(_ a: String, _ b: String, minimumWords: Int = 8, boilerplate: BoilerplateIndex = BoilerplateIndex()) -> DocumentComparison {
        DocumentComparison(first: .init(path: "a.md", text: a), second: .init(path: "b.md", text: b), minimumWords: minimumWords, boilerplate: boilerplate)
    }

    @Test func wordsIgnoreMarkupAndCase() {
        let words = WordSequence("## Key *Technologies*\n- `Redis` for CACHING, naïve\n")
        #expect(words.count == 6)
        #expect(words.lines == [1, 1, 2, 2, 2, 2])
        #expect(WordSequence("redis for caching").hashes == WordSequence("**Redis** — for Caching!").hashes)
        #expect(WordSequence("naïve").hashes == WordSequence("NAÏVE").hashes)
    }

    @Test func aPlantedPassageIsFoundWithItsLinesInBoth() {
        let planted = "every scan now carries the device's own counter and the api ignores a counter it already stored"
        let a = "# Notes\n\nI built a tracker.\n\(planted)\nThe end of my notes.\n"
        let b = "# Mine\nSomething different first.\nThen more lines.\n\n\(planted.uppercased())\n"
        let comparison = compare(a, b)
        #expect(comparison.passages.count == 1)
        let passage = comparison.passages[0]
        #expect(passage.words == WordSequence(planted).count)
        #expect(comparison.first.lines(passage.first) == 4...4)
        #expect(comparison.second.lines(passage.second) == 5...5)
        #expect(comparison.first.excerpt(passage.first) == planted)
    }

    @Test func shortCommonPhrasesAreNotPassages() {
        // Seven words in common, one short of the default minimum.
        let comparison = compare("I learned how to use docker for tests today", "Yesterday I learned how to use docker for deployment")
        #expect(comparison.passages.isEmpty)
        #expect(compare("I learned how to use docker for tests", "so I learned how to use docker for tests", minimumWords: 7).passages.count == 1)
    }

    @Test func eachWordIsUsedOnceOnEachSide() {
        let passage = "one two three four five six seven eight nine ten"
        let comparison = compare("\(passage) and again \(passage)", passage)
        // The second document holds the passage once: it matches once, not twice.
        #expect(comparison.passages.count == 1)
        #expect(comparison.passages[0].words == 10)
    }

    @Test func repeatedTextStaysNearLinear() {
        // One word 60,000 times on both sides: a quadratic matcher does billions of steps here.
        let text = String(repeating: "same ", count: 60_000)
        let started = Date()
        let comparison = compare(text, text)
        #expect(Date().timeIntervalSince(started) < 10)
        #expect(comparison.passages.count == 1)
        #expect(comparison.passages[0].words == 60_000)
    }

    @Test func textTheCorpusSharesIsBoilerplate() {
        let template = "this file records what i learned during the programme one section per theme"
        let corpus = (1...6).map { WordSequence("\(template) and then contributor \($0) wrote their own words here") }
        let boilerplate = BoilerplateIndex(documents: corpus, minimumWords: 8)
        let copied = "the queue filled overnight so i added a dead letter queue and alerts"
        let comparison = compare("\(template)\n\(copied)\n", "\(template)\nsomething else\n\(copied)\n", boilerplate: boilerplate)
        #expect(comparison.passages.map(\.boilerplate) == [true, false])
        #expect(comparison.copied.count == 1)
        // Too small a corpus has no boilerplate: two documents sharing text is exactly what compare shows.
        #expect(BoilerplateIndex(documents: Array(corpus.prefix(2)), minimumWords: 8).shingles.isEmpty)
    }

    @Test func oddTextKeepsPassagesInsideTheDocuments() {
        // Combining marks, emoji, CRLF, NUL and lone quotes: every passage still names real words on both sides.
        var generator = SystemRandomNumberGenerator()
        let pieces = ["e\u{301}cole", "👩🏽‍💻", "\r\n", "\u{0}", "\"", "naïve", "日本語", "--", "x", "the", "cache", "queue", "\t"]
        for _ in 0..<40 {
            let shared = (0..<30).map { _ in pieces.randomElement(using: &generator) ?? "x" }.joined(separator: " ")
            let a = (0..<20).map { _ in pieces.randomElement(using: &generator) ?? "x" }.joined() + shared
            let b = shared + (0..<20).map { _ in pieces.randomElement(using: &generator) ?? "x" }.joined(separator: " ")
            let comparison = compare(a, b, minimumWords: 3)
            for passage in comparison.passages {
                #expect(passage.first.upperBound <= comparison.first.words.count && passage.second.upperBound <= comparison.second.words.count)
                #expect(Array(comparison.first.words.hashes[passage.first]) == Array(comparison.second.words.hashes[passage.second]))
                #expect(!comparison.first.excerpt(passage.first).isEmpty)
            }
            _ = ComparisonHTMLReporter().render(comparison)
            #expect(!ComparisonTextReporter().render(comparison).unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        }
    }

    // MARK: - End to end

    @Test(arguments: [("text", "txt"), ("json", "json"), ("html", "html")])
    func plantedCopiesGolden(format: String, fileExtension: String) throws {
        let result = try runLearnLint(["compare", "fixtures/compare/original.md", "fixtures/compare/copied.md", "--format", format])
        #expect(result.status == 0, "\(result.stderr)")
        try expectGolden(result.stdout, "fixtures/compare/expected.\(fileExtension)")
    }

    @Test func findsExactlyThePlantedPassages() throws {
        let result = try runLearnLint(["compare", "fixtures/compare/original.md", "fixtures/compare/copied.md", "--format", "json"])
        let passages = try #require(try JSONValue.parse(Data(result.stdout.utf8))["passages"]?.arrayValue)
        // Two passages were planted: the solution bullet and the queue lesson; nothing else is shared.
        #expect(passages.count == 2)
        let texts = passages.compactMap { $0["text"]?.stringValue }
        #expect(texts.first?.contains("Every scan now carries the device's own counter") == true)
        #expect(texts.last?.contains("a notification that is sent twice makes") == true)
        #expect(passages.first?["first"]?["start_line"]?.intValue == 10)
        #expect(passages.first?["second"]?["start_line"]?.intValue == 9)
    }

    @Test func unrelatedDocumentsShareNothing() throws {
        let result = try runLearnLint(["compare", "fixtures/compare/unrelated-a.md", "fixtures/compare/unrelated-b.md"])
        #expect(result.status == 0)
        try expectGolden(result.stdout, "fixtures/compare/expected-unrelated.txt")
        #expect(result.stdout.contains("no shared passage"))
    }

    @Test func unreadableDocumentsExitTwo() throws {
        let missing = try runLearnLint(["compare", "fixtures/compare/original.md", "fixtures/compare/nope.md"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("nope.md"))
        let bad = try runLearnLint(["compare", "fixtures/compare/original.md", "fixtures/compare/copied.md", "--min-words", "1"])
        #expect(bad.status == 2)
    }
}
