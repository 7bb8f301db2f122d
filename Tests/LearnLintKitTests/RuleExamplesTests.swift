import Testing
import LearnLintTestSupport

@testable import LearnLintCore
@testable import LearnLintRules
@testable import LearnLintConfiguration
@testable import LearnLintIO
@testable import LearnLintEngine
@testable import LearnLintReporters

/// Every kind's triggering examples must produce findings exactly at their markers, and its
/// non-triggering examples none: the same examples `learnlint explain` and docs/rules.md print.
@Suite struct RuleExamplesTests {
    @Test(arguments: RuleRegistry.kindNames)
    func kindBehavesOnItsExamples(kind: String) throws {
        let type = try #require(RuleRegistry.type(ofKind: kind))
        #expect(!type.description.triggeringExamples.isEmpty, "\(kind) has no triggering example")
        #expect(!type.description.nonTriggeringExamples.isEmpty, "\(kind) has no non-triggering example")
        let mismatches = try ExampleRunner.checkKindExamples(type)
        #expect(mismatches.isEmpty, "\(mismatches.map(\.description).joined(separator: "\n"))")
    }

    @Test func docsRulesMarkdownIsCurrent() throws {
        let committed = try Repo.read("docs/rules.md")
        #expect(committed == RuleDocumentation.markdown(), "docs/rules.md is stale: run `make docs`")
    }

    @Test func everyDefaultRuleKindIsDocumented() throws {
        let configuration = try ConfigurationLoader.builtIn()
        for rule in configuration.rules {
            #expect(RuleRegistry.description(ofKind: rule.kind) != nil, "\(rule.id) uses an unknown kind")
        }
    }
}
