import Foundation
import Testing
import LearnLintTestSupport

@testable import LearnLintCore
@testable import LearnLintRules
@testable import LearnLintConfiguration
@testable import LearnLintIO
@testable import LearnLintEngine
@testable import LearnLintReporters

/// Unit tests of the corpus machinery: spelling forms, placeholder patterns, MinHash and LSH.
@Suite struct CorpusRulesTests {
    // MARK: - Spellings

    @Test func surfaceDropsDecorationButKeepsTheName() {
        #expect(SpellingForm.surface("🔧 1. Key Technologies:") == "Key Technologies")
        #expect(SpellingForm.surface("ðŸ“š Tech  Stack") == "Tech Stack")
        #expect(SpellingForm.surface("Docker Compose.") == "Docker Compose")
    }

    @Test func keyIgnoresCaseSpacesHyphensAndDots() {
        #expect(SpellingForm.key("Docker Compose") == SpellingForm.key("docker-compose"))
        #expect(SpellingForm.key("Node.js") == SpellingForm.key("NodeJS"))
        #expect(SpellingForm.key("REST API") != SpellingForm.key("REST APIs"))
    }

    @Test func variantFoldsWholeWordCapitalisationOnly() {
        let fold = { SpellingForm.variant($0, ignoringCaseStyle: true) }
        #expect(fold("Key Technologies") == fold("Key technologies"))
        #expect(fold("python") == fold("Python"))
        #expect(fold("GitHub Actions") != fold("Github Actions"))
        #expect(fold("REST APIs") != fold("Rest APIs"))
        #expect(SpellingForm.variant("python", ignoringCaseStyle: false) != SpellingForm.variant("Python", ignoringCaseStyle: false))
    }

    @Test func shoutedTitlesAreStyleButAcronymsAreNames() {
        #expect(SpellingForm.isShouted("CHALLENGES"))
        #expect(SpellingForm.isShouted("KEY TECHNOLOGIES"))
        #expect(!SpellingForm.isShouted("SQL"))
        #expect(!SpellingForm.isShouted("Key Technologies"))
    }

    @Test func spellingsAreRecordedAsCompactFacts() throws {
        let (facts, _) = try lint("## 🔧 Key Technologies\n- **Docker Compose**: stacks.\n- Redis: cache.\n- Kubernetes (K8s): pods.\n")
        let spellings = facts.spellings ?? []
        #expect(spellings.map(\.text) == ["Key Technologies", "Docker Compose", "Redis", "Kubernetes"])
        #expect(spellings.map(\.column) == [6, 5, 3, 3])
        #expect(DocumentFacts.json(facts)["spellings"]?.arrayValue?.first == .string("1:6:Key Technologies"))
        #expect(SpellingFact(compact: "1:6:Key Technologies") == spellings.first)
    }

    @Test func vocabularyNamesAreLeftToTheVocabularyRule() throws {
        let rule = try ConsistencyRule(spec: exampleSpec(ConsistencyRule.self), catalog: SectionCatalog())
        func facts(_ path: String, _ text: String, vocabulary: Bool) -> DocumentFacts {
            var facts = DocumentFacts(path: path, contributor: path)
            facts.spellings = [SpellingFact(key: "githubactions", text: text, line: 3, column: 5)]
            if vocabulary { facts.termSpellings = [TermSpelling(term: "GitHub Actions", text: text, line: 3, column: 5)] }
            return facts
        }
        let plain = ["a", "b", "c"].map { facts($0, "GitHub Actions", vocabulary: false) } + [facts("d", "Github Actions", vocabulary: false)]
        #expect(rule.check(corpus: plain).map(\.path) == ["d"])
        let known = plain + [facts("e", "GitHub Actions", vocabulary: true)]
        #expect(rule.check(corpus: known).isEmpty)
    }

    // MARK: - Placeholders

    @Test func textPatternsMatchLiterallyWithBoundedWildcards() {
        let bytes = { (text: String) in ArraySlice(Array(text.utf8)) }
        let field = TextPattern("[your *]")
        #expect(field?.matches(in: bytes("Hi [Your Name] and [your repo]")) == [3..<14, 19..<30])
        #expect(field?.matches(in: bytes("[your\nname]")) == [])
        let todo = TextPattern("TODO")
        #expect(todo?.matches(in: bytes("a todo app, TODOS, TODO:")) == [19..<23])
        #expect(TextPattern("*") == nil)
        #expect(TextPattern("lorem ipsum")?.matches(in: bytes("Lorem Ipsum dolor")) == [0..<11])
    }

    @Test func placeholderPatternsAreConfigurable() throws {
        let config = """
            version: 1
            rules:
              - { id: leftovers, kind: placeholders, patterns: ["XXX", "(fill in *)"] }
            """
        let (_, findings) = try lint("# Notes\n\nXXX and (fill in later), but not TODO.\n", config: config)
        #expect(findings.map(\.message) == [
            "template placeholder “XXX” left in the document", "template placeholder “(fill in later)” left in the document",
        ])
    }

    // MARK: - MinHash and LSH

    @Test func minHashEstimatesJaccardSimilarity() throws {
        let words = (0..<400).map { "w\($0)" }
        // 4-word shingles: replacing every 20th word changes about a fifth of the shingles.
        var edited = words
        for index in stride(from: 0, to: edited.count, by: 20) { edited[index] = "x\(index)" }
        let a = try #require(signature(words))
        let b = try #require(signature(edited))
        let exact = jaccard(words, edited)
        let index = NearDuplicateIndex(threshold: 0.5, boilerplateShare: 0.02)
        let estimate = try #require(index.similarity(a, b, masked: []))
        #expect(abs(estimate - exact) < 0.12, "estimate \(estimate), exact \(exact)")
        let unrelated = try #require(signature((0..<400).map { "u\($0)" }))
        #expect(try #require(index.similarity(a, unrelated, masked: [])) < 0.05)
    }

    /// The signature is its definition: for each of the 128 functions `a·x + b mod 2³²` (odd `a`, both
    /// from SplitMix64 seeded with "learnlin"), the least value over the 4-word shingles' hashes (FNV-1a
    /// over the four word hashes, folded to 32 bits). Checked on random word lists, half of them with
    /// many repeated shingles.
    @Test func signatureIsTheMinimumOfEachHashFunctionOverTheShingles() throws {
        // SplitMix64 from "learnlin" (`SeededRandom` is that generator).
        var coefficients = SeededRandom(seed: 0x6c65_6172_6e6c_696e)
        let functions: [(a: UInt32, b: UInt32)] = (0..<128).map { _ in
            let a = UInt32(truncatingIfNeeded: coefficients.next()) | 1
            return (a, UInt32(truncatingIfNeeded: coefficients.next()))
        }
        func shingle(_ words: ArraySlice<UInt64>) -> UInt32 {
            MinHashSignature.fold(words.reduce(0xcbf2_9ce4_8422_2325 as UInt64) { ($0 ^ $1) &* 0x0000_0100_0000_01b3 })
        }
        var random: UInt64 = 0x6d69_6e68
        for trial in 0..<60 {
            random = random &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let count = 4 + Int(random >> 33) % 300
            // A small vocabulary in half the trials, so shingles repeat.
            let vocabulary: UInt64 = trial.isMultiple(of: 2) ? 3 : 1 << 40
            let words: [UInt64] = (0..<count).map { _ in
                random = random &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                return FNV1a.hash("w\((random >> 20) % vocabulary)")
            }
            let shingles = (0...(count - 4)).map { shingle(words[$0..<($0 + 4)]) }
            let expected = functions.map { function in shingles.map { function.a &* $0 &+ function.b }.min() ?? 0 }
            let signature = try #require(MinHashSignature(wordHashes: words, minimumShingles: 1))
            #expect(signature.values == expected, "trial \(trial)")
            #expect(MinHashSignature(wordHashes: words, minimumShingles: Set(shingles).count) != nil)
            #expect(MinHashSignature(wordHashes: words, minimumShingles: Set(shingles).count + 1) == nil)
        }
    }

    @Test func signaturesSurviveTheirCompactEncoding() throws {
        let text = String(repeating: "alpha beta gamma delta epsilon ", count: 20) + "zeta eta theta iota kappa lambda mu nu xi omicron pi"
        let signature = try #require(MinHashSignature(wordHashes: wordHashes(text), minimumShingles: 5))
        #expect(signature.encoded.count == 684)
        #expect(MinHashSignature(encoded: signature.encoded) == signature)
        #expect(MinHashSignature(encoded: "AAAA") == nil)
        #expect(MinHashSignature(encoded: "not base64!") == nil)
    }

    @Test func shortTextsGetNoSignature() {
        #expect(MinHashSignature(wordHashes: wordHashes("Django, Docker and PostgreSQL."), minimumShingles: 30) == nil)
        let cafe = wordHashes("cafe")
        #expect(wordHashes("Cafe, CAFE; `cafe`!") == cafe + cafe + cafe)
    }

    @Test func boilerplateSharedByMostDocumentsIsIgnored() throws {
        // Twenty documents that are 90% one template: without masking every pair would look copied.
        let template = (0..<900).map { "t\($0)" }
        let signatures = try (0..<20).map { document in
            try #require(signature(template + (0..<100).map { "d\(document)w\($0)" }))
        }
        let index = NearDuplicateIndex(threshold: 0.8, boilerplateShare: 0.02)
        #expect(index.boilerplate(signatures).contains { !$0.isEmpty })
        #expect(index.pairs(signatures) { _, _ in true }.isEmpty)
        let unmasked = NearDuplicateIndex(threshold: 0.8, boilerplateShare: 1)
        #expect(!unmasked.pairs(Array(signatures.prefix(4))) { _, _ in true }.isEmpty, "the template alone looks like copying")
    }

    @Test func copiesAreFoundAmongManyDocumentsAndOnlyWhenAccepted() throws {
        var signatures = try (0..<300).map { document in
            try #require(signature((0..<200).map { "d\(document)w\($0)" }))
        }
        var copy = (0..<200).map { "d7w\($0)" }
        copy[100] = "changed"
        signatures.append(try #require(signature(copy)))
        let index = NearDuplicateIndex(threshold: 0.8, boilerplateShare: 0.02)
        let pairs = index.pairs(signatures) { _, _ in true }
        #expect(pairs.map { [$0.first, $0.second] } == [[7, 300]])
        #expect(index.pairs(signatures) { first, _ in first != 7 }.isEmpty)
    }

    // MARK: - Private helpers

    /// The hashes the duplicates rule feeds MinHash: the shared tokenizer's folded words.
    private func wordHashes(_ text: String) -> [UInt64] { TextTokens(text).words.map(\.foldedHash) }

    private func signature(_ words: [String]) -> MinHashSignature? {
        MinHashSignature(wordHashes: wordHashes(words.joined(separator: " ")), minimumShingles: 10)
    }

    private func jaccard(_ a: [String], _ b: [String]) -> Double {
        func shingles(_ words: [String]) -> Set<String> {
            Set((0...(words.count - 4)).map { words[$0..<($0 + 4)].joined(separator: " ") })
        }
        let left = shingles(a)
        let right = shingles(b)
        return Double(left.intersection(right).count) / Double(left.union(right).count)
    }

    private func exampleSpec(_ type: any Rule.Type) throws -> RuleSpec {
        try ExampleRunner.exampleSpec(type.description, RuleExample(""))
    }
}
