import Testing

@testable import LearnLintCore
@testable import LearnLintRules
@testable import LearnLintConfiguration
@testable import LearnLintIO
@testable import LearnLintEngine
@testable import LearnLintReporters

/// Random documents assembled from the genre's building blocks (and some hostile ones) go through
/// every default rule; every finding must point inside its document. A trap or an off-by-one in
/// any rule's position arithmetic fails this, on input no fixture author thought of.
@Suite struct FuzzTests {
    static let fragments = [
        "# Title\n", "## Key Technologies\n", "### 🔧 Tech Stack:\n", "## ðŸŽ¯ Challenges Faced\n", "Challenges\n----------\n",
        "## Solutions Implemented\n", "## Best Practices and Personal Takeaways\n", "- Python\n", "- **Django**: web framework\n",
        "* **Key Technologies**\n  * Go\n  * Rust\n", "**Challenges:**\n- flaky tests\n", "- **Challenge:** slow queries\n",
        "  - **Solution:** added an index\n", "- **Solution:** caching\n", "| Challenge | Solution |\n|---|---|\n| a | b |\n| c | |\n",
        "```bash\n# not a heading\ndocker-compose up\n```\n", "    indented code\n", "I struggled with Github Actions. ",
        "To overcome this, I read the docs.\n", "<!-- learnlint-disable required-sections -->\n", "<!-- learnlint-enable -->\n",
        "<!-- learnlint-disable-next-line technology-names -->\n", "[Your Name] TODO Lorem ipsum\n", "> quote > nested\n",
        "1. First\n2. Second\n", "❌ broke\n✅ fixed\n", "\r\n", "\t", "é", "👩‍💻", "\u{0}", "\u{FEFF}", "[link](https://x.y/rabbitMQ)\n",
        "`k8s` and k8s and K8s\n", "---\n", "***bold italic***", "<b title=\"Github\">x</b>\n", "\n\n", "- [ ] task\n",
        String(repeating: "> ", count: 80) + "deep\n", String(repeating: "  ", count: 40) + "- deep item\n",
    ]

    /// A small deterministic generator (SplitMix64), so a failure reproduces.
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
    }

    @Test func everyFindingPointsInsideItsDocument() throws {
        let configuration = try ConfigurationLoader.builtIn()
        let linter = Linter(ruleSet: try RuleSet(configuration: configuration))
        let resolver = ContributorResolver(sources: configuration.contributors)
        var generator = Generator(state: 2026)
        var facts: [DocumentFacts] = []
        var checked = 0
        for index in 0..<400 {
            var text = ""
            for _ in 0..<(1 + generator.below(25)) {
                text += Self.fragments[generator.below(Self.fragments.count)]
            }
            let path = "fuzz/\(index)/README.md"
            let source = DocumentSource(displayPath: path, rootRelativePath: path, absolutePath: "/" + path)
            let (documentFacts, findings) = linter.check(source, text: text, resolver: resolver)
            facts.append(documentFacts)
            let lines = LineIndex(text).lineCount
            checked += findings.count
            for finding in findings {
                #expect(finding.path == path)
                #expect((1...lines).contains(finding.range.start.line), "\(finding.rule) at \(finding.range) in:\n\(text)")
                #expect(finding.range.start.column >= 1)
                #expect(finding.range.start <= finding.range.end || finding.range.end.line == 0)
                if let fix = finding.fix { #expect((1...lines).contains(fix.range.end.line)) }
            }
            if let challenges = documentFacts.challenges { #expect((documentFacts.challengesPaired ?? 0) <= challenges) }
        }
        #expect(checked > 1_000, "the generator should exercise the rules")
        for finding in linter.corpusFindings(facts) {
            #expect(facts.contains { $0.path == finding.path })
        }
    }
}
