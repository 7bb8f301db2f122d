import Foundation
import Testing

@testable import LearnLintCore
@testable import LearnLintRules
@testable import LearnLintConfiguration
@testable import LearnLintIO
@testable import LearnLintEngine
@testable import LearnLintReporters

/// Every adversarial shape costs time linear in its size: doubling the input at most 2.5× the time
/// (the best of five interleaved runs each, so a busy machine does not decide). A quadratic rule or reader shows
/// 4× here long before it shows as a hang in CI.
@Suite(.serialized) struct DoublingTests {
    static let linter: Linter? = try? Linter(ruleSet: RuleSet(configuration: ConfigurationLoader.builtIn()))

    /// One timing of `work` on `input`, in seconds.
    private func seconds(_ input: String, _ work: (String) -> Void) -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        work(input)
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    private func expectLinear(
        _ name: String, size: Int, _ make: (Int) -> String, _ work: (String) -> Void, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        // Interleaved, best of five each: a burst of load on a shared machine hits both sizes alike.
        // Other suites run meanwhile, so a ratio over the bound is measured again (up to three times):
        // a quadratic shape fails every attempt, noise does not.
        let (smallInput, largeInput) = (make(size), make(size * 2))
        var (small, large) = (Double.infinity, Double.infinity)
        var ratio = Double.infinity
        for _ in 0..<3 where !(large < 0.005 || ratio <= 2.5) {
            (small, large) = (Double.infinity, Double.infinity)
            for _ in 0..<5 {
                small = min(small, seconds(smallInput, work))
                large = min(large, seconds(largeInput, work))
            }
            ratio = large / max(small, 1e-6)
        }
        // Below a few milliseconds timer noise decides the ratio, and no hang hides there.
        #expect(large < 0.005 || ratio <= 2.5, "\(name): \(small)s → \(large)s (× \(ratio)) when the input doubles", sourceLocation: sourceLocation)
    }

    private func lint(_ text: String) {
        guard let linter = DoublingTests.linter else { return }
        let source = DocumentSource(displayPath: "a/README.md", rootRelativePath: "a/README.md", absolutePath: "/a/README.md")
        _ = linter.check(source, text: text, resolver: ContributorResolver(sources: linter.ruleSet.configuration.contributors))
    }

    private func loadYAML(_ text: String) {
        _ = try? YAMLLoader.load(text, file: "t.yaml")
    }

    static let documentShapes: [(String, Int, @Sendable (Int) -> String)] = [
        ("repeated TODO markers", 10_000, { "# Notes\n\n" + String(repeating: "TODO ", count: $0) + "\n" }),
        ("repeated [your name] placeholders", 4_000, { "# Notes\n\n" + String(repeating: "[your name] ", count: $0) + "\n" }),
        ("unclosed [your placeholders", 4_000, { "# Notes\n\n" + String(repeating: "[your ", count: $0) + "\n" }),
        ("bare-CR list items", 1_000, { "# Notes\r## Key Technologies\r" + String(repeating: "- Github Actions\r", count: $0) }),
        ("open brackets in prose", 20_000, { "# Notes\n\n" + String(repeating: "[", count: $0) + "\n" }),
        ("backticks", 100_000, { "# Notes\n\n" + String(repeating: "`", count: $0) + "\n" }),
        ("one long line of technology names", 1_500, { "# Notes\n\n" + String(repeating: "Github Actions and Postgres, ", count: $0) + "\n" }),
        ("challenge bullets", 400, {
            "# Notes\n## Challenges Faced\n" + String(repeating: "- **Challenge:** slow builds\n  - **Solution:** cached layers\n", count: $0)
        }),
        ("headings", 600, { String(repeating: "## Key Technologies\n- Docker\n", count: $0) }),
        ("suppression comments", 500, { "# Notes\n" + String(repeating: "<!-- learnlint-disable technology-names -->\nGithub Actions\n", count: $0) }),
        ("deep front matter", 20_000, { "---\nauthor: " + String(repeating: "[", count: $0) + "\n---\n# Notes\n" }),
    ]

    @Test(arguments: 0..<documentShapes.count)
    func documentShapeIsLinear(index: Int) throws {
        try #require(DoublingTests.linter != nil)
        let (name, size, make) = DoublingTests.documentShapes[index]
        expectLinear(name, size: size, make, lint)
    }

    static let yamlShapes: [(String, Int, @Sendable (Int) -> String)] = [
        ("flow list entries", 100_000, { "terms: [" + String(repeating: "a, ", count: $0) + "b]\n" }),
        ("block mapping entries", 10_000, { (0..<$0).map { "k\($0): v\n" }.joined() }),
        ("nested flow lists near the depth limit", 200, {
            "x:\n" + String(repeating: "  - " + String(repeating: "[", count: 150) + String(repeating: "]", count: 150) + "\n", count: $0)
        }),
        ("deep nesting past the limit", 50_000, { String(repeating: "[", count: $0) }),
        ("aliases", 50_000, { "a: &a [x, y]\nb: [" + String(repeating: "*a, ", count: $0) + "*a]\n" }),
    ]

    @Test(arguments: 0..<yamlShapes.count)
    func yamlShapeIsLinear(index: Int) {
        let (name, size, make) = DoublingTests.yamlShapes[index]
        expectLinear(name, size: size, make, loadYAML)
    }
}
