import LearnLintTestSupport

@testable import LearnLintCore
@testable import LearnLintRules
@testable import LearnLintConfiguration
@testable import LearnLintIO
@testable import LearnLintEngine

/// Checks Markdown with the built-in configuration (optionally replaced) and returns the findings.
func lint(_ markdown: String, path: String = "doc/README.md", config: String? = nil) throws -> (DocumentFacts, [Finding]) {
    let configuration = try config.map { try ConfigurationLoader.load(text: $0, source: "test.yaml", baseDirectory: ".") }
        ?? ConfigurationLoader.builtIn()
    let linter = Linter(ruleSet: try RuleSet(configuration: configuration))
    let source = DocumentSource(displayPath: path, rootRelativePath: path, absolutePath: "/" + path)
    return linter.check(source, text: markdown, resolver: ContributorResolver(sources: configuration.contributors))
}

