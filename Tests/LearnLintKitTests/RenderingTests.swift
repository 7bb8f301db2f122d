import Foundation
import Testing
import LearnLintTestSupport

@testable import LearnLintCore
@testable import LearnLintRules
@testable import LearnLintConfiguration
@testable import LearnLintIO
@testable import LearnLintEngine
@testable import LearnLintReporters

/// The rendering kind's parts: GitHub's heading anchors, mojibake runs, hidden titles, configuration,
/// and hostile input (linear time, positions inside the document, fixes that converge).
@Suite struct RenderingTests {
    private func findings(_ markdown: String, pitfalls: String? = nil) throws -> [Finding] {
        var spec = try ExampleRunner.exampleSpec(RenderingRule.description, RuleExample(""))
        if let pitfalls, let node = try YAMLLoader.load("pitfalls: \(pitfalls)", file: "<test>") {
            spec.parameters["pitfalls"] = try node.mapping(allowed: ["pitfalls"])["pitfalls"]
        }
        return try ExampleRunner.findings(of: spec, on: markdown)
    }

    // MARK: - GitHub anchors

    @Test(arguments: [
        ("🎯 Major Learnings", "-major-learnings"), ("Challenges Faced & Solutions", "challenges-faced--solutions"),
        ("C++ and C#", "c-and-c"), ("Café Notes", "café-notes"), ("1. Key Technologies:", "1-key-technologies"),
        ("`make test` works", "make-test-works"), ("snake_case names", "snake_case-names"),
        ("What's new?", "whats-new"),
    ])
    func slugFollowsGitHub(title: String, anchor: String) {
        #expect(GitHubSlugger.slug(title) == anchor)
    }

    @Test func repeatedHeadingsAreNumbered() {
        var slugger = GitHubSlugger()
        #expect(
            ["Notes", "Notes", "Notes-1", "Notes"].map { slugger.anchor(for: $0) } == [
                "notes", "notes-1", "notes-1-1", "notes-2",
            ])
    }

    @Test func linksToShortcodeAndHTMLAnchorsAreFine() throws {
        let markdown = """
            - [Deploy](#-deployment)
            - [Old](#old-notes)
            - [Case](#Setup)

            ## :rocket: Deployment
            ## Setup
            <a id="old-notes"></a>
            """
        #expect(try findings(markdown).isEmpty)
    }

    // MARK: - Mojibake

    @Test func mojibakeRunsAreFoundAndDecoded() {
        func damage(_ text: String) -> [Mojibake.Damage] { Mojibake.damage(in: ArraySlice(Array(text.utf8))) }
        #expect(damage("# ðŸ“š Notes").map(\.original) == ["📚"])
        #expect(damage("itâ€™s and cafÃ©").map(\.original) == ["’", "é"])
        #expect(damage("ðŸ“šðŸ”§").map(\.original) == ["📚🔧"], "adjacent runs are one")
        #expect(damage("ðŸ? lost").map(\.original) == [nil])
        #expect(damage("café, naïve, CAFÉ… Ü“").isEmpty, "real accented text is left alone")
        #expect(damage("plain ASCII").isEmpty)
    }

    @Test func mojibakeInACodeSpanIsQuoted() throws {
        #expect(try findings("An apostrophe mangled looks like `â€™`.").isEmpty)
        #expect(try findings("It isnâ€™t fine.").map(\.fix?.replacement) == ["’"])
    }

    // MARK: - Hidden titles (explained missing sections)

    @Test func hiddenTitleIsExplainedWithItsLine() throws {
        let document = Document(path: "a.md", text: "# Notes\n\n```\ncode\n\n## 🔧 Key Technologies\n- Go\n")
        let explanation = HiddenTitles(document).explanation(for: [WildcardPattern("*technolog*")])
        #expect(
            explanation?.message
                == "“🔧 Key Technologies” at line 6 is inside the code block opened at line 3, which is never closed")
        #expect(explanation?.range.start == SourcePosition(line: 6, column: 4))
        #expect(HiddenTitles(document).explanation(for: [WildcardPattern("*challenge*")]) == nil)
    }

    @Test func aCodeLineIsNoHiddenTitle() throws {
        let document = Document(path: "a.md", text: "```python\ntechnologies = []\n# technologies used\nprint(1)\n")
        #expect(HiddenTitles(document).explanation(for: [WildcardPattern("*technolog*")]) == nil)
    }

    // MARK: - Precision

    @Test func oneDeliberateEscapeIdiomIsNotReported() throws {
        let footnotes = (1...5).map { "## Release \($0)\n\n\\* Refer to the platform page for more.\n" }.joined(
            separator: "\n")
        #expect(try findings(footnotes).isEmpty, "the same escaped marker, however often, is an idiom")
        #expect(try findings("Use \\*\\*kwargs and \\*\\*options in Python.\n\n\\# literal").isEmpty)
    }

    @Test func unclosedCodeAtTheEndSwallowsNothing() throws {
        #expect(try findings("## Setup\n\n```bash\n# install\npip install x\n").isEmpty)
    }

    // MARK: - Configuration

    @Test func pitfallsCanBeChosen() throws {
        let markdown = "## ðŸ”§ Tools\n- [x](#nowhere)\n"
        #expect(try findings(markdown).count == 2)
        #expect(try findings(markdown, pitfalls: "[mojibake]").map { $0.data.pitfall } == ["mojibake"])
    }

    @Test func unknownPitfallIsAConfigurationError() throws {
        #expect(throws: ConfigurationError.self) { try findings("x", pitfalls: "[mojibak]") }
        do {
            _ = try findings("x", pitfalls: "[mojibak]")
        } catch let error as ConfigurationError {
            #expect(error.message.contains("did you mean 'mojibake'?"), "\(error.message)")
        }
    }

    // MARK: - Hostile input

    static let fragments = [
        "```\n", "````\n", "~~~\n", "```bash\n", "## Key Technologies\n", "# comment\n", "\\## Escaped\n", "\\- item\n",
        "1\\. item\n",
        "\\*\\*bold\\*\\*", "    - indented\n", "    ## indented\n", "•\tbullet\n", "a\tb\tc\n", "python\n",
        "Copy code\n",
        "Sure! Here's it\n", "<<<<<<< HEAD\n", "=======\n", ">>>>>>> b\n", "---\n", "===\n", "ðŸ“š", "â€™", "ðŸ", "Ã",
        "[a](#x)",
        "[b](#-key-technologies)", "<a id=\"x\">", ":rocket:", "`code`", "\n\n", "> ", "- ", "\r\n", "\t", "é", "👩‍💻",
        "\u{0}",
        String(repeating: "#", count: 9) + " x\n", "**Title**\n",
    ]

    @Test func randomDocumentsGivePositionsInsideAndFixesThatConverge() throws {
        var state: UInt64 = 0x5EED
        func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
        for _ in 0..<300 {
            var text = ""
            for _ in 0..<next(40) { text += Self.fragments[next(Self.fragments.count)] }
            let found = try findings(text)
            let lines = LineIndex(text)
            for finding in found {
                #expect(
                    finding.range.start.line >= 1 && finding.range.start.line <= lines.lineCount,
                    "\(finding.message) in \(text.debugDescription)")
                #expect(finding.range.start <= finding.range.end)
            }
            var fixed = text
            for _ in 0..<Fixer.maximumPasses {
                let (next, applied) = Fixer.apply(try findings(fixed), to: fixed)
                if applied == 0 { break }
                fixed = next
            }
            #expect(
                Fixer.apply(try findings(fixed), to: fixed).applied == 0, "fixes converge on \(text.debugDescription)")
        }
    }

    @Test func pathologicalInputsStayFast() throws {
        let inputs = [
            String(repeating: "```\n## H\n", count: 20_000), String(repeating: "\\*\\*", count: 50_000),
            String(repeating: ":", count: 200_000), String(repeating: "ð", count: 100_000),
            String(repeating: "[a](#x) ", count: 20_000), String(repeating: "## Notes\n", count: 20_000),
            String(repeating: "python\n", count: 40_000), String(repeating: "a\tb\n", count: 40_000),
            String(repeating: "<<<<<<< a\n", count: 40_000), String(repeating: "    - x\n", count: 40_000),
            String(repeating: "•\tx\n", count: 40_000), String(repeating: "\\## T\n\n", count: 20_000),
        ]
        let clock = ContinuousClock()
        for input in inputs {
            let document = Document(path: "a.md", text: input)
            let elapsed = clock.measure {
                _ = RenderingPitfalls.find(in: document, kinds: Set(RenderingPitfall.Kind.allCases))
                _ = HiddenTitles(document).explanation(for: [WildcardPattern("*technolog*")])
            }
            // Linear work on ~300 KB takes well under a second even in a debug build; quadratic takes minutes.
            #expect(elapsed < .seconds(10 * sanitizerSlowdown), "\(input.prefix(12).debugDescription)… took \(elapsed)")
        }
    }
}
