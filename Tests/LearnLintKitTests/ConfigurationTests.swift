import Foundation
import Testing
import LearnLintTestSupport

@testable import LearnLintCore
@testable import LearnLintRules
@testable import LearnLintConfiguration
@testable import LearnLintIO
@testable import LearnLintEngine
@testable import LearnLintReporters

@Suite struct ConfigurationTests {
    @Test func builtInRulesAreTheTopLevelRulesFile() throws {
        #expect(DefaultRules.yaml == (try Repo.read("rules.yaml")), "run `make generate`")
        let configuration = try ConfigurationLoader.builtIn()
        #expect(configuration.rules.first?.id == "required-sections")
        _ = try RuleSet(configuration: configuration)
    }

    @Test func defaultSectionsAreTheFourOfTheProgramme() throws {
        let catalog = try RuleSet(configuration: ConfigurationLoader.builtIn()).catalog
        #expect(catalog.specs.filter(\.required).map(\.id) == ["technologies", "concepts", "challenges", "practices"])
    }

    @Test(arguments: [
        ("version: 2\n", "1:10", "unsupported version 2"),
        ("rules:\n  - kind: sections\n", "2:5", "a rule needs the key 'id'"),
        ("rules:\n  - id: Bad Id\n    kind: sections\n", "2:9", "kebab-case"),
        ("rules:\n  - id: a\n    kind: sections\n    severity: fatal\n", "4:15", "severity must be error, warning, info or off"),
        ("documents: [a]\n", "1:12", "expected a mapping, found a list"),
        ("contributors:\n  - path: \"people/**\"\n", "2:11", "needs a {name} segment"),
        ("coverage: { sections: nope }\n", "1:23", "unknown rule id 'nope'"),
        ("extends: [missing.yaml]\n", "1:11", "'missing.yaml', which does not exist"),
        ("rules:\n  - id: a\n    kind: sections\n    sections: [{ id: x }, { id: x }]\n", "4:33", "section id 'x' is defined twice"),
    ])
    func errorsAreLocated(yaml: String, location: String, message: String) throws {
        do {
            let configuration = try ConfigurationLoader.load(text: yaml, source: "t.yaml", baseDirectory: "/nonexistent")
            _ = try RuleSet(configuration: configuration)
            Issue.record("expected an error for \(yaml)")
        } catch {
            #expect(error.description.hasPrefix("t.yaml:\(location): error: "), "\(error.description)")
            #expect(error.description.contains(message), "\(error.description)")
        }
    }

    @Test func extendsAndRuleModification() throws {
        let yaml = """
            extends: [default]
            rules:
              - id: required-sections
                severity: warning
                order: []
            """
        let configuration = try ConfigurationLoader.load(text: yaml, source: "t.yaml", baseDirectory: ".")
        let rule = try #require(configuration.rules.first { $0.id == "required-sections" })
        #expect(rule.severity == .warning)
        #expect(rule.kind == "sections")
        #expect(rule["sections"] != nil, "inherited parameters are kept")
        let (_, findings) = try lint("# Doc\n\n## Challenges\nx\n\n## Key Technologies\n- a\n- b\n- c\n", config: yaml)
        #expect(findings.allSatisfy { $0.severity == .warning })
        #expect(!findings.contains { $0.message.contains("should come after") }, "order was switched off")
    }

    @Test func overridesChangeSeverityPerPath() throws {
        let yaml = """
            extends: [default]
            overrides:
              - files: ["drafts/**"]
                rules: { required-sections: off }
              - files: ["soft/**"]
                rules: { required-sections: info }
            """
        #expect(try lint("# Empty\n", path: "drafts/a/README.md", config: yaml).1.isEmpty)
        let soft = try lint("# Empty\n", path: "soft/README.md", config: yaml).1
        #expect(!soft.isEmpty && soft.allSatisfy { $0.severity == .info })
        #expect(try lint("# Empty\n", path: "other/README.md", config: yaml).1.allSatisfy { $0.severity == .error })
    }

    @Test func ruleSwitchedOffStaysKnown() throws {
        let yaml = "extends: [default]\nrules:\n  - { id: required-sections, severity: off }\n"
        #expect(try lint("# Empty\n", config: yaml).1.isEmpty)
    }

    @Test func discoveryFindsTheNearestFileUpward() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let deep = root.appendingPathComponent("a/b/c")
        try FileManager.default.createDirectory(at: deep, withIntermediateDirectories: true)
        try "version: 1\n".write(to: root.appendingPathComponent("a/.learnlint.yaml"), atomically: true, encoding: .utf8)
        #expect(ConfigurationLoader.discover(from: deep.path)?.hasSuffix("a/.learnlint.yaml") == true)
        try "version: 1\n".write(to: root.appendingPathComponent("a/b/rules.yaml"), atomically: true, encoding: .utf8)
        #expect(ConfigurationLoader.discover(from: deep.path)?.hasSuffix("a/b/rules.yaml") == true)
    }

    @Test func contributorsFromPathFrontMatterAndFolder() throws {
        let yaml = "extends: [default]\ncontributors:\n  - front_matter: author\n  - path: \"people/{name}/**\"\n  - folder: true\n"
        #expect(try lint("---\nauthor: ada\n---\n# x\n", path: "people/bob/README.md", config: yaml).0.contributor == "ada")
        #expect(try lint("# x\n", path: "people/bob/notes/README.md", config: yaml).0.contributor == "bob")
        #expect(try lint("# x\n", path: "repos/carol/README.md", config: yaml).0.contributor == "carol")
    }

    @Test func pathGlobs() {
        #expect(PathGlob("**/README.md").matches("README.md"))
        #expect(PathGlob("**/README.md").matches("a/b/README.md"))
        #expect(!PathGlob("*.md").matches("a/b.md"))
        #expect(PathGlob(".build/**").matches(".build/x/y"))
        #expect(PathGlob("contributors/{name}/**").capture("contributors/ann/x/README.md") == ["name": "ann"])
        #expect(PathGlob("docs/*/READ?E.md").matches("docs/x/README.md"))
    }

    /// A repeated key is reported at its second place, pointing at the first, whether the mapping is
    /// small (keys compared in place) or large (a table).
    @Test func aDuplicateKeyIsFoundInSmallAndLargeMappings() throws {
        for count in [2, 16, 17, 40] {
            let keys = (0..<count).map { "k\($0)" }
            for repeated in [0, count - 1] {
                // The duplicate comes last, one line below the others.
                let text = keys.map { "\($0): 1" }.joined(separator: "\n") + "\n\(keys[repeated]): 2\n"
                do {
                    _ = try YAMLLoader.load(text, file: "d.yaml")
                    Issue.record("\(count) keys, k\(repeated) twice: no error")
                } catch {
                    guard case .duplicateKey(let at, let name, let first) = error else {
                        Issue.record("\(count) keys: \(error)")
                        continue
                    }
                    #expect(name == keys[repeated])
                    #expect(at.line == count + 1)
                    #expect(first.line == repeated + 1)
                }
            }
            let distinct = keys.map { "\($0): 1" }.joined(separator: "\n") + "\n"
            #expect(try YAMLLoader.load(distinct, file: "d.yaml")?.anyMapping().entries.count == count)
        }
    }
}
