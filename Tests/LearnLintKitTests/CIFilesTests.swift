import Foundation
import Testing
import LearnLintTestSupport

@testable import LearnLintCore
@testable import LearnLintRules
@testable import LearnLintConfiguration
@testable import LearnLintIO
@testable import LearnLintEngine
@testable import LearnLintReporters

/// The CI wiring: workflow, composite action, Jenkinsfile and the README's copy-paste snippets are
/// validated with check-jsonschema's built-in GitHub schemas, and the learnlint commands they contain
/// are checked against the reports they publish (and run, where they can run offline).
@Suite struct CIFilesTests {
    // MARK: - GitHub

    @Test func workflowsAndActionValidate() throws {
        let workflows = try FileManager.default.contentsOfDirectory(
            atPath: Repo.root.appendingPathComponent(".github/workflows").path
        )
        .filter { $0.hasSuffix(".yml") || $0.hasSuffix(".yaml") }.map { ".github/workflows/\($0)" }
        #expect(workflows.contains(".github/workflows/ci.yml"))
        let workflowCheck = try Tools.checkJSONSchema(["--builtin-schema", "vendor.github-workflows"] + workflows)
        #expect(workflowCheck.status == 0, "\(workflowCheck.stdout)\(workflowCheck.stderr)")
        let actionCheck = try Tools.checkJSONSchema(["--builtin-schema", "vendor.github-actions", "action.yml"])
        #expect(actionCheck.status == 0, "\(actionCheck.stdout)\(actionCheck.stderr)")
    }

    @Test func workflowValidatorRejectsABrokenWorkflow() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let broken = try Repo.read(".github/workflows/ci.yml").replacingOccurrences(of: "runs-on:", with: "run-on:")
        let file = try writeFile(broken, "ci.yml", in: folder)
        #expect(try Tools.checkJSONSchema(["--builtin-schema", "vendor.github-workflows", file.path]).status != 0)
    }

    @Test func readmeWorkflowSnippetsValidate() throws {
        let blocks = try Self.readmeBlocks(language: "yaml")
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let workflows = blocks.filter { $0.contains("jobs:") }
        let steps = blocks.filter { $0.contains("uses: OWNER/learnlint") && !$0.contains("jobs:") }
        #expect(workflows.count == 1 && steps.count == 1)
        var files: [String] = []
        for (index, workflow) in workflows.enumerated() {
            files.append(try writeFile(workflow, "workflow-\(index).yml", in: folder).path)
        }
        for (index, step) in steps.enumerated() {
            // The three lines go into a job's steps: wrap them in the smallest workflow around them.
            let wrapped = "on: push\njobs:\n  docs:\n    runs-on: ubuntu-24.04\n    steps:\n" + step
            files.append(try writeFile(wrapped, "steps-\(index).yml", in: folder).path)
        }
        let result = try Tools.checkJSONSchema(["--builtin-schema", "vendor.github-workflows"] + files)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    }

    @Test func snippetsAndWorkflowUseOnlyTheActionsInputs() throws {
        let action = try Self.yaml("action.yml")
        let inputs = try action["inputs"].map { try $0.anyMapping().entries.map(\.key) } ?? []
        #expect(Set(inputs) == ["paths", "config", "fail-on", "version", "build", "sarif"])
        var used: [String] = []
        let readme = try Self.readmeBlocks(language: "yaml").filter { $0.contains("OWNER/learnlint") }
        for (index, text) in (readme + [try Repo.read(".github/workflows/ci.yml")]).enumerated() {
            let root = try #require(try YAMLLoader.load(text, file: "snippet-\(index)"))
            used += Self.learnlintStepInputs(root)
        }
        #expect(!used.isEmpty)
        for key in used { #expect(inputs.contains(key), "unknown action input '\(key)'") }
    }

    @Test func ciUploadsTheSARIFItWrites() throws {
        let ci = try Repo.read(".github/workflows/ci.yml")
        let written = try #require(Self.reports(in: ci)["sarif"])
        #expect(ci.contains("sarif_file: \(written)"))
        #expect(ci.contains("make test"))
        #expect(ci.contains("GITHUB_STEP_SUMMARY"))
        #expect(ci.contains("github/codeql-action/upload-sarif"))
    }

    // MARK: - Jenkins

    @Test func jenkinsfilePublishesTheReportsLearnlintWrites() throws {
        let jenkinsfile = try Repo.read("Jenkinsfile")
        let reports = Self.reports(in: jenkinsfile.replacingOccurrences(of: "$REPORTS", with: "build/reports"))
        #expect(Set(reports.keys) == ["junit", "sarif", "json"])
        #expect(jenkinsfile.contains("junit testResults: '\(reports["junit"] ?? "?")'"))
        #expect(jenkinsfile.contains("sarif(pattern: '\(reports["sarif"] ?? "?")'"))
        let archived =
            jenkinsfile.components(separatedBy: "archiveArtifacts artifacts: '").dropFirst().first?.prefix { $0 != "'" }
            ?? ""
        for file in Array(reports.values) + ["build/reports/coverage.html"] {
            #expect(archived.contains(file), "\(file) is not archived")
        }
        #expect(jenkinsfile.contains("--format html --output $REPORTS/coverage.html"))
        for stage in ["Checkout", "Build", "Test", "Lint documents", "Coverage", "Gate"] {
            #expect(jenkinsfile.contains("stage('\(stage)')"))
        }
        #expect(Self.balanced(jenkinsfile), "unbalanced braces or parentheses")
    }

    /// Runs the Jenkinsfile's own lint and coverage commands, as its `sh` steps would, on clean and
    /// broken documents: the lint exit status is what the Gate stage fails on.
    @Test(arguments: [("fixtures/sections/clean", Int32(0)), ("fixtures/sections", Int32(1))])
    func jenkinsCommandsRunAndGate(documents: String, status: Int32) throws {
        let jenkinsfile = try Repo.read("Jenkinsfile")
        let scripts = jenkinsfile.components(separatedBy: "script: '").dropFirst().map {
            String($0.prefix { $0 != "'" })
        }
        let lint = try #require(scripts.first { $0.hasPrefix("$LEARNLINT check") })
        let coverage = try #require(scripts.first { $0.hasPrefix("$LEARNLINT coverage") })
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let binary =
            ProcessInfo.processInfo.environment["LEARNLINT_BIN"]
            ?? Repo.root.appendingPathComponent(".build/debug/learnlint").path
        let environment = ["LEARNLINT": binary, "REPORTS": folder.path, "DOCUMENTS": documents, "RULES": "rules.yaml"]
        let result = try runProgram("/bin/sh", ["-c", lint], environment: environment)
        #expect(result.status == status, "\(result.stderr)")
        for name in ["learnlint-junit.xml", "learnlint.sarif", "learnlint.json"] {
            #expect(
                FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path), "\(name) not written")
        }
        let junit = folder.appendingPathComponent("learnlint-junit.xml").path
        #expect(try Tools.xmllint(junit, schema: "jenkins-junit.xsd").status == 0)
        let covered = try runProgram("/bin/sh", ["-c", coverage], environment: environment)
        #expect(covered.status == 0 || covered.status == 1, "\(covered.stderr)")
        let page = try String(contentsOf: folder.appendingPathComponent("coverage.html"), encoding: .utf8)
        #expect(page.contains("<html"))
    }

    @Test func readmeJenkinsSnippetPublishesWhatItWrites() throws {
        let snippet = try #require(try Self.readmeBlocks(language: "groovy").first)
        let reports = Self.reports(in: snippet)
        #expect(Set(reports.keys) == ["junit", "sarif", "json"])
        #expect(snippet.contains("junit testResults: '\(reports["junit"] ?? "?")'"))
        #expect(snippet.contains("sarif(pattern: '\(reports["sarif"] ?? "?")'"))
        #expect(snippet.contains("archiveArtifacts artifacts: '\(reports["json"] ?? "?")'"))
        #expect(Self.balanced(snippet))
    }

    // MARK: - README

    @Test func readmeShowsTheSchemaLineForEditors() throws {
        let readme = try Repo.read("README.md")
        #expect(readme.contains("# yaml-language-server: $schema="))
        #expect(readme.contains("schema/rules.schema.json"))
        #expect(
            FileManager.default.fileExists(atPath: Repo.root.appendingPathComponent("schema/rules.schema.json").path))
        #expect(readme.contains("### pre-commit"), "room for the pre-commit snippet")
    }

    // MARK: - Helpers

    /// Fenced code blocks of one language in README's "Use in CI" section.
    static func readmeBlocks(language: String) throws -> [String] {
        let readme = try Repo.read("README.md")
        let section =
            readme.components(separatedBy: "\n## Use in CI\n").dropFirst().first?.components(separatedBy: "\n## ").first
            ?? ""
        var blocks: [String] = []
        var current: [Substring]?
        for line in section.split(separator: "\n", omittingEmptySubsequences: false) {
            if current == nil, line == "```\(language)" {
                current = []
            } else if current != nil, line == "```" {
                blocks.append((current ?? []).joined(separator: "\n") + "\n")
                current = nil
            } else {
                current?.append(line)
            }
        }
        return blocks
    }

    /// `--report FORMAT=FILE` pairs in a text.
    static func reports(in text: String) -> [String: String] {
        var reports: [String: String] = [:]
        for part in text.components(separatedBy: "--report ").dropFirst() {
            let pair = part.prefix { !$0.isWhitespace && $0 != "'" && $0 != "\\" }.split(separator: "=", maxSplits: 1)
            if pair.count == 2 { reports[String(pair[0])] = String(pair[1]) }
        }
        return reports
    }

    /// The `with:` keys of every step that uses this action (`./` or `OWNER/learnlint@…`), anywhere in a tree.
    static func learnlintStepInputs(_ node: YAMLNode) -> [String] {
        switch node.value {
        case .scalar: return []
        case .sequence(let items): return items.flatMap(learnlintStepInputs)
        case .mapping(let pairs):
            var keys: [String] = []
            let uses = pairs.first { $0.key.scalar == "uses" }?.value.scalar ?? ""
            if uses == "./" || uses.hasPrefix("OWNER/learnlint@"),
                let with = pairs.first(where: { $0.key.scalar == "with" })?.value,
                case .mapping(let inputs) = with.value
            {
                keys += inputs.compactMap(\.key.scalar)
            }
            return keys + pairs.flatMap { learnlintStepInputs($0.value) }
        }
    }

    static func yaml(_ relative: String) throws -> YAMLMapping {
        let root = try #require(try YAMLLoader.load(Repo.read(relative), file: relative))
        return try root.anyMapping()
    }

    /// Whether `{}`, `()` and `[]` balance outside quoted strings (a cheap syntax check for Groovy).
    static func balanced(_ text: String) -> Bool {
        var stack: [Character] = []
        var quote: Character?
        let pairs: [Character: Character] = ["}": "{", ")": "(", "]": "["]
        for line in text.split(separator: "\n") {
            let code = line.trimmingCharacters(in: .whitespaces).hasPrefix("//") ? "" : line
            for character in code {
                if let open = quote {
                    if character == open { quote = nil }
                    continue
                }
                if character == "'" || character == "\"" {
                    quote = character
                } else if "{([".contains(character) {
                    stack.append(character)
                } else if let open = pairs[character] {
                    guard stack.popLast() == open else { return false }
                }
            }
        }
        return stack.isEmpty && quote == nil
    }
}
