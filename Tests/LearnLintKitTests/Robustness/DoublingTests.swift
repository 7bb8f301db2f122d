import Foundation
import Testing

@testable import LearnLintKit

/// Every adversarial shape costs time linear in its size: doubling the input at most 2.5× the time
/// (the best of three runs each, so a busy machine does not decide). A quadratic rule or reader shows
/// 4× here long before it shows as a hang in CI.
@Suite(.serialized) struct DoublingTests {
    static let linter: Linter? = try? Linter(ruleSet: RuleSet(configuration: ConfigurationLoader.builtIn()))

    /// The best of three timings of `work` on `input`, in seconds.
    private func seconds(_ input: String, _ work: (String) -> Void) -> Double {
        var best = Double.infinity
        for _ in 0..<3 {
            let start = DispatchTime.now().uptimeNanoseconds
            work(input)
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        return best
    }

    private func expectLinear(
        _ name: String, size: Int, _ make: (Int) -> String, _ work: (String) -> Void, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let small = seconds(make(size), work)
        let large = seconds(make(size * 2), work)
        let ratio = large / max(small, 1e-6)
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
        ("repeated TODO markers", 20_000, { "# Notes\n\n" + String(repeating: "TODO ", count: $0) + "\n" }),
        ("repeated [your name] placeholders", 10_000, { "# Notes\n\n" + String(repeating: "[your name] ", count: $0) + "\n" }),
        ("unclosed [your placeholders", 10_000, { "# Notes\n\n" + String(repeating: "[your ", count: $0) + "\n" }),
        ("bare-CR list items", 4_000, { "# Notes\r## Key Technologies\r" + String(repeating: "- Github Actions\r", count: $0) }),
        ("open brackets in prose", 20_000, { "# Notes\n\n" + String(repeating: "[", count: $0) + "\n" }),
        ("backticks", 20_000, { "# Notes\n\n" + String(repeating: "`", count: $0) + "\n" }),
        ("one long line of technology names", 5_000, { "# Notes\n\n" + String(repeating: "Github Actions and Postgres, ", count: $0) + "\n" }),
        ("challenge bullets", 2_000, {
            "# Notes\n## Challenges Faced\n" + String(repeating: "- **Challenge:** slow builds\n  - **Solution:** cached layers\n", count: $0)
        }),
        ("headings", 3_000, { String(repeating: "## Key Technologies\n- Docker\n", count: $0) }),
        ("suppression comments", 2_000, { "# Notes\n" + String(repeating: "<!-- learnlint-disable technology-names -->\nGithub Actions\n", count: $0) }),
        ("deep front matter", 20_000, { "---\nauthor: " + String(repeating: "[", count: $0) + "\n---\n# Notes\n" }),
    ]

    @Test(arguments: 0..<documentShapes.count)
    func documentShapeIsLinear(index: Int) throws {
        try #require(DoublingTests.linter != nil)
        let (name, size, make) = DoublingTests.documentShapes[index]
        expectLinear(name, size: size, make, lint)
    }

    static let yamlShapes: [(String, Int, @Sendable (Int) -> String)] = [
        ("flow list entries", 20_000, { "terms: [" + String(repeating: "a, ", count: $0) + "b]\n" }),
        ("block mapping entries", 10_000, { (0..<$0).map { "k\($0): v\n" }.joined() }),
        ("nested flow lists near the depth limit", 200, {
            "x:\n" + String(repeating: "  - " + String(repeating: "[", count: 150) + String(repeating: "]", count: 150) + "\n", count: $0)
        }),
        ("deep nesting past the limit", 50_000, { String(repeating: "[", count: $0) }),
        ("aliases", 5_000, { "a: &a [x, y]\nb: [" + String(repeating: "*a, ", count: $0) + "*a]\n" }),
    ]

    @Test(arguments: 0..<yamlShapes.count)
    func yamlShapeIsLinear(index: Int) {
        let (name, size, make) = DoublingTests.yamlShapes[index]
        expectLinear(name, size: size, make, loadYAML)
    }
}
