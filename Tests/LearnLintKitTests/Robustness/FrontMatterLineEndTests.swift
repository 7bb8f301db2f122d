import Testing

@testable import LearnLintCore

/// Front matter is found whatever ends its lines — `\n`, `\r\n` or a lone `\r`, the three line ends
/// cmark knows — and the lines it blanks keep their own ends, so every later line keeps its number.
@Suite struct FrontMatterLineEndTests {
    @Test(arguments: ["\n", "\r\n", "\r"])
    func frontMatterIsFoundWithEveryLineEnd(end: String) {
        let text = ["---", "author: ada", "title: x", "---", "# Notes", "", "## Tech Stack", "- a", ""].joined(separator: end)
        let document = Document(path: "x.md", text: text)
        #expect(document.frontMatter?.fields == ["author": "ada", "title": "x"])
        #expect(document.frontMatter?.lines == 1...4)
        #expect(document.sections.map(\.title) == ["Notes", "Tech Stack"])
        #expect(document.sections.map(\.line) == [5, 7])
    }

    @Test func mixedLineEndsAndADotsFenceAreFrontMatter() {
        let document = Document(path: "x.md", text: "---\rauthor: ada\r\ntitle: x\n...\r# Notes\n")
        #expect(document.frontMatter?.fields == ["author": "ada", "title": "x"])
        #expect(document.sections.map(\.line) == [5])
    }

    @Test func aClosingFenceOnTheLastLineWithoutALineEndCounts() {
        let document = Document(path: "x.md", text: "---\rauthor: ada\r---")
        #expect(document.frontMatter?.fields["author"] == "ada")
        #expect(document.sections.isEmpty)
    }

    @Test(arguments: ["---", "--- \rauthor: ada\r---\r# Notes\r", "----\rauthor: ada\r---\r# Notes\r", "x\r---\rauthor: ada\r---\r"])
    func aFirstLineThatIsNoFenceIsNoFrontMatter(text: String) {
        #expect(Document(path: "x.md", text: text).frontMatter == nil)
    }

    @Test func anUnclosedFenceIsJustMarkdown() {
        let document = Document(path: "x.md", text: "---\rauthor: ada\r# Notes\r")
        #expect(document.frontMatter == nil)
        #expect(document.sections.map(\.title) == ["Notes"])
    }
}
