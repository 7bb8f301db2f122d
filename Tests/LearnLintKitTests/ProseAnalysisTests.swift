import Testing

@testable import LearnLintCore
@testable import LearnLintRules

/// `Document.prose` (one tokenization per prose run, the placeholder segments) and the per-document
/// memo of item readings that the sections, vocabulary and section-content checks share.
@Suite struct ProseAnalysisTests {
    @Test func everyRunHasItsWordsAtItsOwnOffsets() {
        let document = Document(path: "a.md", text: "# Stack\n\nI used **Docker** and `npm` with C\\# daily.\n")
        let prose = document.prose
        #expect(prose.tokens.count == document.proseRuns.count)
        var words: [String] = []
        for (run, tokens) in zip(document.proseRuns, prose.tokens) {
            #expect(tokens.count == run.text.utf8.count)
            words += tokens.words.map { tokens.text(of: $0) }
        }
        // Code is no prose; the escaped `C\#` is a run whose literal (not its source) is tokenized.
        #expect(words == ["Stack", "I", "used", "Docker", "and", "with", "C#", "daily"])
    }

    @Test func exactRunsAreSegmentsOfTheSourceAndAnEscapedRunItsOwnLiteral() {
        let document = Document(path: "a.md", text: "Name: [Your Name]\n\nAnd \\[x\\] too\n")
        let segments = document.prose.segments.map { (String(decoding: $0.bytes, as: UTF8.self), $0.exact) }
        #expect(segments.first.map { $0.0 == "Name: [Your Name]" && $0.1 } == true)
        #expect(segments.contains { !$0.1 })
    }

    @Test func theMemoKeepsTheReadingNotOneNotionOfKnown() throws {
        let document = Document(path: "a.md", text: "## Technologies\n\n- Editor: VS Code\n- Docker\n")
        let items = document.items(of: 0)
        try #require(items.count == 2)
        let known: Set<String> = ["VS Code", "Docker"]
        // With no name known, `Editor` is read as the name; knowing `VS Code` makes it a category label.
        let unknown = items.flatMap { TechnologyItemNames.names(of: $0, in: document, isKnown: { _ in false }) }
        let knowing = items.flatMap { TechnologyItemNames.names(of: $0, in: document, isKnown: known.contains) }
        #expect(unknown.map(\.text) == ["Editor", "Docker"])
        #expect(knowing.map(\.text) == ["VS Code", "Docker"])
        // The same answers as reading each item afresh.
        #expect(knowing.map(\.text) == items.flatMap { TechnologyItemNames.names(of: $0, isKnown: known.contains) }.map(\.text))
    }
}
