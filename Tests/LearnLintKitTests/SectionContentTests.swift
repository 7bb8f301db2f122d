import Foundation
import Testing

@testable import LearnLintCore
@testable import LearnLintRules
@testable import LearnLintConfiguration
@testable import LearnLintIO
@testable import LearnLintEngine
@testable import LearnLintReporters

/// Sections a reader sees from their content and shape: title items over nested lists, parts found by
/// what they list, contents lists and table-of-contents links that are not sections; and names that
/// are English words, beside other names.
@Suite struct SectionContentTests {
    private func sections(_ markdown: String) throws -> (found: [String], facts: DocumentFacts) {
        let (facts, _) = try lint(markdown)
        return (facts.sections, facts)
    }

    // MARK: - Title items

    @Test func numberedAndPlainTitleItemsOverANestedListAreSections() {
        let document = Document(
            path: "a.md",
            text: "1. Core Backend Technologies\n   - Python\n- Key Concepts:\n  - Caching\n- Python: the main language\n  - Django\n- [Challenges](#challenges)\n  - [Docker](#docker)\n- Docker is what I used most.\n  - images\n")
        #expect(document.sections.map(\.title) == ["Core Backend Technologies", "Key Concepts"])
        #expect(document.sections.allSatisfy { $0.style == .boldItem })
    }

    @Test func aBoldLinkIsNotASectionTitle() {
        let document = Document(path: "a.md", text: "- **[Challenges](#challenges)**\n  - [Docker](#docker)\n")
        #expect(document.sections.isEmpty)
    }

    // MARK: - Found by content

    @Test func aGenericTitleOverKnownNamesIsTheTechnologiesSectionAndSaysHow() throws {
        let (found, facts) = try sections("# Notes\n\n## What I Learned\n\n- Python\n- **Data**: PostgreSQL, Redis\n- Reading the docs\n")
        #expect(found.contains("technologies"))
        let fact = try #require(facts.sectionsByContent?.first { $0.section == "technologies" })
        #expect(fact == SectionByContent(section: "technologies", title: "What I Learned", line: 3, group: "items", entries: 4, matching: 3))
    }

    @Test func halfIsNotMostAndFewerThanThreeIsNotEnough() throws {
        #expect(try !sections("## Overview\n\n- Python\n- Django\n- Reading the docs\n- Pairing with peers\n").found.contains("technologies"))
        #expect(try !sections("## Overview\n\n- Python\n- Django\n").found.contains("technologies"))
        #expect(try !sections("## Overview\n\n- Payments through Chapa\n- Deployed on Heroku\n- Sign-in with JWT\n").found.contains("technologies"))
    }

    @Test func whatIUsedAndThingsILearnedSayNothingSoTheirContentDecides() throws {
        #expect(try sections("## What I Used\n\n- Django\n- Celery\n- Redis\n").found.contains("technologies"))
        #expect(try sections("## Things I Learned\n\n- Django\n- Celery\n- Redis\n").found.contains("technologies"))
        #expect(try !sections("## What I Used\n\n- a notebook\n- a whiteboard\n- patience\n").found.contains("technologies"))
    }

    @Test func theAdviceReadTheDocsIsNoProductNameOutsideTheTechnologies() throws {
        let (_, advice) = try lint("## Best Practices and Personal Takeaways\n\n- Read the docs.\n- Always read the docs first.\n")
        #expect(advice.filter { $0.rule == "technology-names" }.isEmpty)
        let (_, listed) = try lint("## Key Technologies\n\n- Read the docs\n- Django\n- Docker\n")
        #expect(listed.contains { $0.rule == "technology-names" && $0.message.contains("'Read the docs' → 'Read the Docs'") })
    }

    @Test func aTitleThatSaysSomethingElseIsNeverRecognisedByContent() throws {
        #expect(try !sections("## Week One\n\n- Python\n- Django\n- Redis\n").found.contains("technologies"))
    }

    @Test func conceptSubHeadingsInsideAMergedTechnologiesPart() throws {
        let markdown = "## Technologies & What I Learned\n\n- Django\n- Celery\n\n### Caching\n\nx\n\n### Design Patterns\n\nx\n\n### Performance & Scalability\n\nx\n\n### Team rituals\n\nx\n"
        let (found, facts) = try sections(markdown)
        #expect(found.contains("technologies"))
        #expect(found.contains("concepts"))
        let fact = try #require(facts.sectionsByContent?.first { $0.section == "concepts" })
        #expect(fact.group == "sub-headings")
        #expect(fact.entries == 4)
        #expect(fact.matching == 3)
    }

    // MARK: - Contents lists

    @Test func contentsListsAndDescriptionsOfTheDocumentAreNotLabels() throws {
        let contents = "## What's Inside\n\n- **Challenges:** the hard parts\n- **Takeaways** - lessons\n"
        #expect(try sections(contents).found.isEmpty)
        let described = "- **Best Practices & Takeaways** – what you will find here\n"
        #expect(try sections(described).found.isEmpty)
        let real = "- **Takeaways** – keep pull requests small\n"
        #expect(try sections(real).found == ["practices"])
    }

    // MARK: - English-word names

    private func matches(_ text: String, section: Bool = false) -> [String] {
        var vocabulary = Vocabulary()
        try? vocabulary.add(VocabularyTerm(name: "Swagger"))
        try? vocabulary.add(VocabularyTerm(name: "Heroku"))
        try? vocabulary.add(VocabularyTerm(name: "Python"))
        try? vocabulary.add(VocabularyTerm(name: "Postman", rejects: ["postman"], caseSensitive: true, ambiguous: ["postman"]))
        try? vocabulary.add(VocabularyTerm(name: "Render", ambiguous: ["Render"]))
        try? vocabulary.add(VocabularyTerm(name: "Go", ambiguous: ["Go"]))
        return TermMatcher(vocabulary: vocabulary).matches(in: text, allowAmbiguous: section).map(\.text)
    }

    @Test func anEnglishWordNameCountsBesideAnotherName() {
        #expect(matches("Endpoints were tried with Swagger + postman today.") == ["Swagger", "postman"])
        #expect(matches("Swagger, postman, Render all helped.") == ["Swagger", "postman", "Render"])
        #expect(matches("We deployed to Heroku and Render last week.") == ["Heroku", "Render"])
        #expect(matches("Postman is fine anywhere; the postman came late.") == ["Postman"])
        #expect(matches("I write Python and go home at five.") == ["Python"])
        #expect(matches("Render the page with Heroku logs open.") == ["Heroku"])
    }

    @Test func inTheTechnologiesSectionABareItemOrAnItemHeadCounts() {
        #expect(matches("postman", section: true) == ["postman"])
        #expect(matches("render - hosting for the API", section: true) == ["render"])
        #expect(matches("we render the pages on the server", section: true) == [])
    }
}
