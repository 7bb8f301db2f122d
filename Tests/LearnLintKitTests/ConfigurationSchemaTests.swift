import Foundation
import Testing
import LearnLintTestSupport

@testable import LearnLintCore
@testable import LearnLintRules
@testable import LearnLintConfiguration
@testable import LearnLintIO
@testable import LearnLintEngine
@testable import LearnLintReporters

/// schema/rules.schema.json: generated from the configuration types, committed, and checked against
/// the loader on the same files: what the loader accepts validates, what it rejects does not.
@Suite struct ConfigurationSchemaTests {
    static let schemaPath = "schema/rules.schema.json"

    /// Valid configs among fixtures/configs/*.yaml (the rest there are broken on purpose).
    static let validTopLevel = ["custom-programme.yaml"]
    /// Broken configs whose fault a JSON Schema cannot see: they need the loader's cross-references
    /// (section ids in `order`, rule ids in `overrides`) or run the rules' own examples.
    static let beyondTheSchema = ["bad-order.yaml", "failing-examples.yaml", "unknown-override-rule.yaml"]

    static func configs(_ folder: String) -> [String] {
        let path = folder.isEmpty ? "configs" : "configs/\(folder)"
        let url = Repo.fixtures.appendingPathComponent(path)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted().map { "fixtures/\(path)/\($0)" }
    }

    /// Every broken config the schema must reject: fixtures/configs/broken/ and the structural ones above it.
    static func brokenConfigs() -> [String] {
        let topLevel = configs("").filter { path in
            !(validTopLevel + beyondTheSchema).contains { path.hasSuffix("/" + $0) }
        }
        return configs("broken") + topLevel
    }

    @Test func committedSchemaIsCurrent() throws {
        let committed = try Repo.read(Self.schemaPath)
        #expect(committed == ConfigurationSchema.text(), "schema/rules.schema.json is stale: run `make schema`")
        let printed = try runLearnLint(["config", "schema"])
        #expect(printed.status == 0)
        #expect(printed.stdout == committed)
    }

    @Test func schemaIsValidDraft202012() throws {
        let result = try Tools.checkJSONSchema(["--check-metaschema", Self.schemaPath])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    }

    @Test func schemaCoversEveryKeyTheLoaderKnows() throws {
        let schema = ConfigurationSchema.schema()
        let topLevel = schema["properties"].map(Self.keys) ?? []
        #expect(topLevel == ConfigurationLoader.topLevelKeys)
        let rule = try #require(schema["$defs"]?["rule"])
        #expect(Set(rule["properties"].map(Self.keys) ?? []) == Set(RuleSpec.commonKeys))
        let kinds = rule["properties"]?["kind"]?["enum"]?.arrayValue?.compactMap(\.stringValue)
        #expect(kinds == RuleRegistry.kindNames)
        // Every parameter of every kind appears in its kind's branch.
        let branches = rule["allOf"]?.arrayValue ?? []
        for type in RuleRegistry.kinds {
            let description = type.description
            let branch = branches.first { $0["if"]?["properties"]?["kind"]?["const"]?.stringValue == description.kind }
            let parameters = branch?["then"]?["properties"].map(Self.keys) ?? []
            #expect(parameters == description.parameters.map(\.name), "kind \(description.kind)")
        }
    }

    @Test func parameterTypesMapToJSONTypes() {
        func type(_ declared: String) -> JSONValue? {
            let schema = ConfigurationSchema.parameterSchema(kind: "x", RuleParameter("p", type: declared, "summary"))
            return schema["type"] ?? schema["$ref"]
        }
        #expect(type("bool") == .string("boolean"))
        #expect(type("int") == .string("integer"))
        #expect(type("number") == .string("number"))
        #expect(type("list of section ids") == .string("#/$defs/stringOrList"))
        #expect(type("list of terms") == .string("array"))
        #expect(type("something new") == nil, "unknown types allow anything rather than rejecting valid files")
    }

    @Test func defaultAndValidConfigsValidateAndLoad() throws {
        let files = ["rules.yaml"] + Self.configs("valid") + Self.validTopLevel.map { "fixtures/configs/\($0)" }
        #expect(files.count >= 3)
        let result = try Tools.checkJSONSchema(["--schemafile", Self.schemaPath] + files)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        for file in files {
            let check = try runLearnLint(["config", "check", file])
            #expect(check.status == 0, "\(file): \(check.stderr)")
        }
    }

    @Test(arguments: brokenConfigs())
    func brokenConfigIsRejectedByBoth(file: String) throws {
        let schema = try Tools.checkJSONSchema(["--schemafile", Self.schemaPath, file])
        // Exit 1 is a validation or YAML parse failure; a crash of the tool would be another status.
        #expect(schema.status == 1, "the schema accepts \(file): a fault it cannot see belongs in beyondTheSchema")
        let output = schema.stdout + schema.stderr
        #expect(output.contains("Schema validation errors") || output.contains("Failed to parse"), "\(output)")
        let loader = try runLearnLint(["config", "check", file])
        #expect(loader.status == 2, "the loader accepts \(file)")
        #expect(loader.stderr.contains(file + ":"), "the loader's message names the file and position")
    }

    @Test func enoughBrokenConfigs() {
        #expect(Self.brokenConfigs().count >= 20)
    }

    @Test(arguments: beyondTheSchema)
    func faultsBeyondTheSchemaAreTheLoadersJob(name: String) throws {
        let loader = try runLearnLint(["config", "check", "fixtures/configs/\(name)"])
        #expect(loader.status == 2)
    }

    private static func keys(_ value: JSONValue) -> [String] {
        guard case .object(let members) = value else { return [] }
        return members.map(\.key)
    }
}
