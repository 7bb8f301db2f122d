import Testing
import LearnLintTestSupport

@testable import LearnLintCore
@testable import LearnLintRules
@testable import LearnLintConfiguration
@testable import LearnLintIO
@testable import LearnLintEngine
@testable import LearnLintReporters

/// Concepts are matched in headings, list items and table cells, never in plain paragraphs or code.
@Suite struct ConceptCatalogTests {
    static let config = """
        version: 1
        rules: []
        concepts:
          - { name: Caching, match: ["caching*", "cache"] }
          - { name: Rate limiting, match: ["rate limit*"] }
          - Testing
        """

    private func concepts(_ markdown: String) throws -> [String] {
        let (facts, _) = try lint(markdown, config: ConceptCatalogTests.config)
        return CoverageBuilder.concepts(of: facts)
    }

    @Test func headingsListItemsAndTableCellsCount() throws {
        #expect(try concepts("# Notes\n\n## 🧠 Caching strategies\n") == ["Caching"])
        #expect(try concepts("# Notes\n\n- **Rate Limiting**: token buckets\n") == ["Rate limiting"])
        #expect(try concepts("| Topic |\n|---|\n| Testing with pytest |\n") == ["Testing"])
        #expect(try concepts("1. Learned about\n   rate-limiting proxies\n") == ["Rate limiting"])
    }

    @Test func paragraphsCodeAndURLsDoNotCount() throws {
        #expect(try concepts("# Notes\n\nI read about caching and testing.\n") == [])
        #expect(try concepts("- `cache` in code\n\n```\ncaching\n```\n") == [])
        #expect(try concepts("- see <https://example.org/caching>\n") == [])
    }

    @Test func matchesWholeWordRunsOnly() throws {
        // `cache` must equal a whole word: `cachet` and `precache` are other words.
        #expect(try concepts("- a cachet of precache\n") == [])
        #expect(try concepts("- the cache layer\n") == ["Caching"])
    }

    @Test func conceptsAreRecordedInConfigurationOrder() throws {
        #expect(try concepts("- testing\n- rate limits\n- caching\n") == ["Caching", "Rate limiting", "Testing"])
    }

    @Test func noConceptsMeansNoFact() throws {
        let (facts, _) = try lint("- caching\n", config: "version: 1\nrules: []\n")
        #expect(facts.concepts == nil)
    }

    @Test(arguments: [
        ("concepts:\n  - { match: [x] }\n", "test.yaml:2:5: error: a concept needs the key 'name'"),
        ("concepts:\n  - { name: A, matches: [x] }\n", "test.yaml:2:16: error: unknown key 'matches'; did you mean 'match'?"),
        ("concepts:\n  - A\n  - A\n", "test.yaml:3:5: error: concept 'A' is defined twice"),
        ("concepts:\n  - { name: A, match: ['*'] }\n", "test.yaml:2:24: error: concept pattern '*' has no letters or digits, so it would match everything"),
    ])
    func badConceptsAreLocatedErrors(yaml: String, message: String) throws {
        let configuration = try ConfigurationLoader.load(text: yaml, source: "test.yaml", baseDirectory: ".")
        let error = #expect(throws: ConfigurationError.self) { try RuleSet(configuration: configuration) }
        #expect(error?.description == message)
    }
}

/// `ConceptCatalog` reads all-ASCII texts as byte ranges (`asciiMatches`) and any other text through
/// sorted runs of words (`generalMatches`): both must name the same concepts for every ASCII text.
@Suite struct ConceptMatchingPathsTests {
    static let patterns = [
        "cach*", "cache", "rate limit*", "te?t*", "*ing", "a b", "b", "*", "c* d", "?", "ab?c", "é*", "d?é", "x y z",
    ]
    static let words = ["a", "b", "c", "d", "ab", "abc", "cache", "caching", "rate", "limits", "test", "tent", "x", "y", "z", "é", "dé"]

    @Test func bothPathsNameTheSameConcepts() {
        var generator = SeededRandom(seed: 0x636f_6e63)
        func pick<T>(_ list: [T]) -> T { list[Int(generator.next() % UInt64(list.count))] }
        for _ in 0..<400 {
            let concepts = (0..<(1 + Int(generator.next() % 5))).map { index in
                ConceptSpec(name: "c\(index)", patterns: (0..<(1 + Int(generator.next() % 3))).map { _ in WildcardPattern(pick(Self.patterns)) })
            }
            let catalog = ConceptCatalog(concepts: concepts)
            let texts = (0..<(1 + Int(generator.next() % 4))).map { _ in
                TitleNormalizer.normalize((0..<(1 + Int(generator.next() % 6))).map { _ in pick(Self.words) }.joined(separator: " "))
            }
            let general = catalog.generalMatches(in: texts)
            if texts.allSatisfy({ $0.utf8.allSatisfy { $0 < 0x80 } }) {
                #expect(catalog.asciiMatches(in: texts) == general, "\(texts) with \(concepts.map(\.patterns))")
            } else {
                #expect(catalog.asciiMatches(in: texts) == nil, "\(texts)")
            }
        }
    }
}
