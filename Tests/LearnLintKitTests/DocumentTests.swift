import Testing

@testable import LearnLintCore
@testable import LearnLintRules
@testable import LearnLintConfiguration
@testable import LearnLintIO
@testable import LearnLintEngine
@testable import LearnLintReporters

@Suite struct TitleNormalizerTests {
    @Test(arguments: [
        ("## 🎯 Major Learnings", "major learnings"),
        ("ðŸ”§ Key Technologies Covered", "key technologies covered"),
        ("ðŸ“š", ""),
        ("1. Key Technologies:", "key technologies"),
        ("1.2) Key Technologies", "key technologies"),
        ("IV. Challenges Faced", "challenges faced"),
        ("a) Best Practices", "best practices"),
        ("Tools & Technologies", "tools and technologies"),
        ("  CI/CD   Pipelines!!! ", "ci cd pipelines"),
        ("Café Notes", "café notes"),
        ("✅ Lessons Learned ✨", "lessons learned"),
        ("3️⃣ Challenges", "challenges"),
        ("C* notes?", "c notes"),
        ("C* notes ✨", "c notes"),
    ])
    func normalizes(input: String, expected: String) {
        #expect(TitleNormalizer.normalize(input.hasPrefix("## ") ? String(input.dropFirst(3)) : input) == expected)
    }

    @Test func mojibakeRepairLeavesRealAccentsAlone() {
        #expect(Mojibake.repair("ALX ðŸ“š") == "ALX 📚")
        #expect(Mojibake.repair("café résumé") == "café résumé")
        #expect(Mojibake.repair("donâ€™t") == "don’t")
    }

    @Test(arguments: [
        ("key technolog*", "key technologies covered", true),
        ("*concepts*", "important backend development concepts", true),
        ("challenge*", "challenges faced and solutions implemented", true),
        ("challenge*", "my challenges", false),
        ("tech stack", "tech stack", true),
        ("tech stack", "tech stacks", false),
        ("t?ols", "tools", true),
        ("Key Technologies:", "key technologies", true),
    ])
    func wildcardMatches(pattern: String, title: String, expected: Bool) {
        #expect(WildcardPattern(pattern).matches(normalized: title) == expected)
    }
}

@Suite struct DocumentModelTests {
    @Test func setextAndATXHeadingsWithLevels() {
        let document = Document(path: "x.md", text: "Title\n=====\n\nPart\n----\n\n### Deep\ntext\n")
        #expect(document.sections.map(\.title) == ["Title", "Part", "Deep"])
        #expect(document.sections.map(\.level) == [1, 2, 3])
        #expect(document.sections.map(\.style) == [.setext, .setext, .atx])
        #expect(document.sections[2].parent == 1)
        #expect(document.sections[1].parent == 0)
    }

    @Test func hashLinesInCodeAreNotHeadings() {
        let document = Document(path: "x.md", text: "# Real\n\n```sh\n# not a heading\n```\n\n    # indented code\n")
        #expect(document.sections.map(\.title) == ["Real"])
    }

    @Test func boldItemAndBoldParagraphSections() {
        let text = """
            * **Key Technologies**
              * Python
              * Docker

            **Challenges:**
            - Flaky tests

            - **Challenge:** not a section, it has more text
              - nested
            """
        let document = Document(path: "x.md", text: text)
        let bold = document.sections.filter { $0.style == .boldItem }
        #expect(bold.map(\.title) == ["Key Technologies", "Challenges"])
        #expect(document.items(of: 0).count == 2)
        #expect(bold.map(\.line) == [1, 5])
    }

    @Test func frontMatterIsSkippedAndAuthorKept() {
        let text = "---\nauthor: ada\ntitle: x\n---\n# Notes\n\n## Tech Stack\n- a\n"
        let document = Document(path: "x.md", text: text)
        #expect(document.frontMatter?.fields["author"] == "ada")
        #expect(document.sections.map(\.title) == ["Notes", "Tech Stack"])
        #expect(document.sections.map(\.line) == [5, 7])
    }

    @Test func unterminatedFrontMatterIsJustMarkdown() {
        let document = Document(path: "x.md", text: "---\nauthor: ada\n# Notes\n")
        #expect(document.frontMatter == nil)
        #expect(document.sections.map(\.title) == ["Notes"])
    }

    @Test func columnsCountCodePoints() {
        // "é" is two bytes and "🎯" four; the heading text starts after them at code-point column 6.
        let document = Document(path: "x.md", text: "é🎯 x\n\n## 🎯 Title\n")
        let heading = document.sections[0]
        #expect(heading.titleRange.start == SourcePosition(line: 3, column: 1))
        #expect(heading.titleRange.end == SourcePosition(line: 3, column: 10))
        let runs = document.proseRuns
        #expect(document.lines.position(ofOffset: runs[0].offset) == SourcePosition(line: 1, column: 1))
        #expect(document.lines.position(ofOffset: runs[1].offset) == SourcePosition(line: 3, column: 4))
    }

    @Test func proseExcludesCodeHTMLAndURLs() {
        let text = "Use `Github` and <b title=\"Github\">x</b> at https://github.com/x and [Github](https://github.com).\n\n```\nGithub\n```\n"
        let document = Document(path: "x.md", text: text)
        let prose = document.proseRuns.map(\.text).joined()
        #expect(prose.contains("Github"))  // the link text is prose
        #expect(!prose.contains("github.com"))
        #expect(!prose.contains("title"))
        #expect(document.proseRuns.filter { $0.text.contains("Github") }.count == 1)
        #expect(document.proseRuns.allSatisfy { $0.isExact })
    }

    @Test func emptySectionsAndSectionEnds() {
        let document = Document(path: "x.md", text: "# T\n## A\n## B\n<!-- later -->\n## C\ntext\n")
        #expect(document.isEmpty(section: 1))
        #expect(document.isEmpty(section: 2))
        #expect(!document.isEmpty(section: 3))
        #expect(document.sections.map(\.endLine) == [6, 2, 4, 6])
    }

    @Test func crlfAndLineIndex() {
        let document = Document(path: "x.md", text: "# A\r\n\r\n## B\r\n- x\r\n")
        #expect(document.sections.map(\.title) == ["A", "B"])
        #expect(document.lines.text(ofLine: 3) == "## B")
        #expect(document.lines.lineCount == 5)
    }

    @Test func garbageInputNeverCrashes() {
        let inputs = [
            "", "\0\0\0", String(repeating: "#", count: 10_000), String(repeating: "> ", count: 5_000) + "x",
            String(repeating: "* ", count: 3_000) + "**a**", "---\n", "---\n---\n", "|a|\n|-|\n|" + String(repeating: "|", count: 999),
            "\u{FEFF}# bom", "[x]: <>\n[x]", "ðŸ", "\r\r\r# a",
        ]
        for input in inputs {
            let document = Document(path: "x.md", text: input)
            _ = document.proseRuns
            for index in document.sections.indices { _ = document.items(of: index) }
            #expect(document.lines.lineCount >= 1)
        }
    }
}
