import Foundation
import Testing

@testable import LearnLintCore
@testable import LearnLintRules
@testable import LearnLintConfiguration
@testable import LearnLintIO
@testable import LearnLintEngine
@testable import LearnLintReporters

/// The `vocabulary` kind: the default vocabulary, configuration errors, the matcher's word boundaries,
/// technology-item names and the facts the rule records.
@Suite struct VocabularyTests {
    // MARK: - Default vocabulary

    private func defaultRule() throws -> VocabularyRule {
        let ruleSet = try RuleSet(configuration: ConfigurationLoader.builtIn())
        return try #require(ruleSet.rules.compactMap { $0 as? VocabularyRule }.first { $0.id == "technology-names" })
    }

    @Test func defaultVocabularyIsLargeAndEverySpellingHasOneOwner() throws {
        let vocabulary = try defaultRule().vocabulary
        #expect(vocabulary.terms.count >= 150)
        var owners: [String: Set<String>] = [:]
        for term in vocabulary.terms {
            for spelling in [term.name] + term.aliases + term.rejects {
                #expect(
                    vocabulary.canonicalName(of: spelling) == term.name, "'\(spelling)' should belong to \(term.name)")
                let key = try #require(Vocabulary.key(of: spelling)).key
                owners[key, default: []].insert(term.name)
            }
            #expect(
                Set(term.rejects).isDisjoint(with: [term.name] + term.aliases),
                "\(term.name) rejects an accepted spelling")
            #expect(term.ambiguous.isSubset(of: Set([term.name] + term.aliases + term.rejects)))
        }
        let shared = owners.filter { $0.value.count > 1 }
        #expect(shared.isEmpty, "spellings claimed by several terms: \(shared)")
    }

    @Test func defaultRuleComesRightAfterRequiredSections() throws {
        let ids = try ConfigurationLoader.builtIn().rules.map(\.id)
        #expect(Array(ids.prefix(2)) == ["required-sections", "technology-names"])
    }

    @Test func extraTermsExtendAnInheritedVocabulary() throws {
        let config = """
            version: 1
            extends: [default]
            rules:
              - id: technology-names
                extra_terms:
                  - { name: Zig, reject: [ZIG] }
            """
        let (facts, findings) = try lint("We built it in ZIG and python.\n", config: config)
        #expect(
            findings.filter { $0.rule == "technology-names" }.map(\.message) == [
                "'ZIG' → 'Zig'", "'python' → 'Python'",
            ])
        #expect(facts.terms == ["Python", "Zig"])
    }

    // MARK: - Configuration errors

    private func configuration(_ terms: String, extra: String = "") -> String {
        """
        version: 1
        rules:
          - id: words
            kind: vocabulary
            severity: warning\(extra)
            terms:
        \(terms)
        """
    }

    private func loadError(_ text: String) -> ConfigurationError? {
        do {
            _ = try RuleSet(configuration: ConfigurationLoader.load(text: text, source: "v.yaml", baseDirectory: "."))
            return nil
        } catch {
            return error
        }
    }

    @Test func aSpellingClaimedByTwoTermsIsALocatedError() throws {
        let error = try #require(
            loadError(configuration("      - { name: PostgreSQL, aliases: [Postgres] }\n      - { name: Postgres }")))
        #expect(
            error.description
                == "v.yaml:8:17: error: 'Postgres' (term 'Postgres') is already a spelling of term 'PostgreSQL'")
        let variant = try #require(
            loadError(configuration("      - { name: GitHub }\n      - { name: Tools, reject: [git-hub, Github] }")))
        #expect(variant.description.contains("'Github' (term 'Tools') is already a spelling of term 'GitHub'"))
    }

    @Test func badTermsAreLocatedErrors() throws {
        let typo = try #require(loadError(configuration("      - { name: Docker, alias: [Dockr] }")))
        #expect(typo.description == "v.yaml:7:25: error: unknown key 'alias'; did you mean 'aliases'?")
        let both = try #require(loadError(configuration("      - { name: Redis, aliases: [redis], reject: [redis] }")))
        #expect(both.description.contains("'redis' is both accepted and rejected in term 'Redis'"))
        let empty = try #require(loadError(configuration("      - { name: '++' }")))
        #expect(empty.description.contains("'++' has no letters or digits"))
        let ambiguous = try #require(loadError(configuration("      - { name: Go, ambiguous: [Golang] }")))
        #expect(ambiguous.description.contains("ambiguous spelling 'Golang' is not a spelling of term 'Go'"))
        let policy = try #require(loadError(configuration("      - Docker", extra: "\n    aliases_are: warn")))
        #expect(policy.description.contains("aliases_are must be ok or info, not 'warn'"))
        let section = try #require(loadError(configuration("      - Docker", extra: "\n    section: tech")))
        #expect(section.description.contains("unknown section id 'tech'"))
    }

    // MARK: - Matching

    private static let examples: Vocabulary = {
        var vocabulary = Vocabulary()
        let terms = [
            VocabularyTerm(name: "React", caseSensitive: true), VocabularyTerm(name: "Java"),
            VocabularyTerm(name: "JavaScript", rejects: ["Java Script"]), VocabularyTerm(name: "Go", ambiguous: ["Go"]),
            VocabularyTerm(name: "Docker"), VocabularyTerm(name: "Docker Compose"), VocabularyTerm(name: "C++"),
            VocabularyTerm(name: "C#"), VocabularyTerm(name: "Node.js", rejects: ["NodeJS"]),
            VocabularyTerm(name: "CI/CD"),
            VocabularyTerm(name: "GitHub"), VocabularyTerm(name: "GitHub Actions"),
        ]
        for term in terms { try? vocabulary.add(term) }
        return vocabulary
    }()

    private func found(_ text: String, vocabulary: Vocabulary = examples, section: Bool = false) -> [String] {
        TermMatcher(vocabulary: vocabulary).matches(in: text, allowAmbiguous: section).map { match in
            switch match.status {
            case .canonical, .alias: return match.text
            case .variant(let expected): return "\(match.text)→\(expected)"
            }
        }
    }

    @Test(arguments: [
        ("Reactive streams react to React.", ["React"]),
        ("A good Go-getter", []),
        ("JavaScript, Java and Java Script", ["JavaScript", "Java", "Java Script→JavaScript"]),
        (
            "docker-compose, docker compose, Docker-Compose and Docker",
            [
                "docker-compose→Docker Compose", "docker compose→Docker Compose", "Docker-Compose→Docker Compose",
                "Docker",
            ]
        ),
        ("C++, c++, C#, and C, C+", ["C++", "c++→C++", "C#"]),
        ("Node.js, NodeJS, node js; node. js is two sentences", ["Node.js", "NodeJS→Node.js", "node js→Node.js"]),
        ("CI/CD, CI-CD and CI / CD", ["CI/CD", "CI-CD→CI/CD"]),
        ("Github Actions, github, GitHub", ["Github Actions→GitHub Actions", "github→GitHub", "GitHub"]),
        ("settings.py, github.com, .github/workflows, docker_compose, @github, #docker", []),
    ])
    func matcherFindsWholeWordsLongestFirst(text: String, expected: [String]) {
        #expect(found(text) == expected)
    }

    @Test func ambiguousSpellingsCountOnlyWhenAllowed() {
        #expect(found("Go and GO", section: false) == [])
        #expect(found("Go and GO", section: true) == ["Go", "GO→Go"])
    }

    @Test func joinedWordsAreMentionsButNotCorrections() {
        let matches = TermMatcher(vocabulary: Self.examples).matches(
            in: "docker-based and Jenkins/github", allowAmbiguous: false)
        #expect(matches.map(\.text) == ["docker", "github"])
        #expect(matches.allSatisfy { $0.attached })
    }

    @Test func aThousandTermsMatchLikeTen() throws {
        var large = Vocabulary()
        for term in Self.examples.terms { try large.add(term) }
        for number in 0..<1000 {
            try large.add(
                VocabularyTerm(name: "Tool\(number) Suite", aliases: ["T\(number)S"], rejects: ["Tool\(number)Suite"]))
        }
        let text = "Java Script and Docker Compose, then Tool999 Suite, tool7suite and T12S in GitHub Actions."
        #expect(
            found(text, vocabulary: large) == [
                "Java Script→JavaScript", "Docker Compose", "Tool999 Suite", "tool7suite→Tool7 Suite", "T12S",
                "GitHub Actions",
            ])
    }

    // MARK: - Technology items

    @Test(arguments: [
        ("Languages & Frameworks", ": Python, Django, REST APIs", ["Python", "Django", "REST APIs"]),
        ("Docker", ": images, volumes, networks", ["Docker"]),
        (
            "Swagger Documentation", ": A tool for documenting APIs, making them easier to use.",
            ["Swagger Documentation"]
        ),
        ("Python.", "", ["Python"]),
        ("Redis (Caching)", "", ["Redis (Caching)"]),
        ("I mostly worked on the deployment scripts", "", []),
        ("settings_local", "", []),
        ("a", "", []),
    ])
    func itemNamesAreReadLikeAReaderWould(head: String, rest: String, expected: [String]) {
        let known: Set<String> = ["Python", "Django", "REST APIs", "Docker"]
        #expect(TechnologyItemNames.names(head: head, rest: rest, isKnown: { known.contains($0) }) == expected)
    }

    // MARK: - Facts and severities

    @Test func factsListCanonicalTermsAndEachSpellingOnce() throws {
        let (facts, findings) = try lint(
            "# Notes\n\nWe used github, then GitHub, then github again, and `Docker` in code.\n")
        #expect(facts.terms == ["GitHub"])
        let spellings = try #require(facts.termSpellings)
        #expect(spellings.map(\.text) == ["github", "GitHub"])
        #expect(spellings.first?.line == 3 && spellings.first?.column == 9 && spellings.first?.term == "GitHub")
        #expect(findings.filter { $0.rule == "technology-names" }.count == 2)
    }

    @Test func hintsStayInfoWhenTheRuleIsRaised() throws {
        let config = """
            version: 1
            extends: [default]
            rules:
              - { id: technology-names, severity: error }
            """
        let (_, findings) = try lint("## Key Technologies\n- Quuxbase\n- python\n", config: config)
        let severities = findings.filter { $0.rule == "technology-names" }.sorted(by: Finding.reportOrder).map {
            "\($0.severity.rawValue): \($0.message)"
        }
        #expect(
            severities == [
                "info: unknown technology 'Quuxbase': add it to rules.yaml terms", "error: 'python' → 'Python'",
            ])
    }

    @Test func positionsStayExactAfterEscapesAndEntities() throws {
        let (_, findings) = try lint("C\\# &amp; github, then git&#104;ub.\n")
        let vocabulary = findings.filter { $0.rule == "technology-names" }
        #expect(vocabulary.map(\.range.start.column) == [11, 24])
        #expect(
            vocabulary.first?.fix
                == Fix(
                    range: SourceRange(start: .init(line: 1, column: 11), end: .init(line: 1, column: 17)),
                    replacement: "GitHub"))
        // The second one is spelt with an entity inside: reported, but never rewritten.
        #expect(vocabulary.last?.fix == nil)
    }
}
