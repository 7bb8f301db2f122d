import LearnLintCore
import LearnLintRules

/// The JSON Schema (draft 2020-12) of rules.yaml, built from the configuration types themselves:
/// `ConfigurationLoader.topLevelKeys`, `RuleSpec.commonKeys`, and each registered kind's parameters.
///
/// `learnlint config schema` prints it, `schema/rules.schema.json` is its committed copy (a test fails
/// when the two differ), and editors use it for completion through a `# yaml-language-server` line.
/// The schema is a helper for editors and CI, never the judge: the loader stays the authority and may
/// reject more (unknown section ids in `order`, rule ids in `overrides`, cycles in `extends`).
public enum ConfigurationSchema {
    public static let dialect = "https://json-schema.org/draft/2020-12/schema"

    /// The whole schema.
    public static func schema(kinds: [any Rule.Type] = RuleRegistry.kinds) -> JSONValue {
        let properties = ConfigurationLoader.topLevelKeys.map { key in
            JSONValue.Member(key, topLevel[key] ?? described("Not described by this schema yet.", [:]))
        }
        return .object([
            "$schema": .string(dialect),
            "title": .string("learnlint rules.yaml"),
            "description": .string(
                "Configuration of learnlint, the linter for learnings documents (schema version 1)."),
            "type": .string("object"),
            "properties": .object(properties),
            "additionalProperties": .bool(false),
            "$defs": .object([
                "stringOrList": stringOrList, "severity": severity, "rule": rule(kinds: kinds),
                "section": section,
            ]),
        ])
    }

    /// The schema as committed in `schema/rules.schema.json`.
    public static func text() -> String {
        schema().serialized() + "\n"
    }

    /// A kind parameter's schema, read from its documented type (`bool`, `int`, `list of …`, …); an
    /// unrecognised type allows any value rather than rejecting valid files.
    public static func parameterSchema(kind: String, _ parameter: RuleParameter) -> JSONValue {
        let fallback = parameter.defaultValue.isEmpty ? "" : " Default: \(parameter.defaultValue)."
        // The one structured parameter among the kinds so far: its items have their own keys.
        if kind == SectionsRule.description.kind, parameter.name == "sections" {
            return described(parameter.summary, ["type": .string("array"), "items": ref("section")])
        }
        let type = parameter.type.lowercased()
        let summary = parameter.summary + fallback
        switch type {
        case "bool", "boolean": return described(summary, ["type": .string("boolean")])
        case "int", "integer": return described(summary, ["type": .string("integer")])
        case "number", "float", "double", "percentage": return described(summary, ["type": .string("number")])
        case "string", "text", "pattern", "section id", "rule id":
            return described(summary, ["type": .string("string")])
        case "mapping", "map", "object": return described(summary, ["type": .string("object")])
        case "list", "array": return described(summary, ["type": .string("array")])
        default:
            if type.hasPrefix("list of") || type.hasPrefix("string list") {
                let textual = ["string", "id", "pattern", "name", "word", "phrase", "glob"].contains {
                    type.contains($0)
                }
                return described(
                    summary, textual ? ["$ref": .string("#/$defs/stringOrList")] : ["type": .string("array")])
            }
            return described(summary, [:])
        }
    }

    // MARK: - Rules

    /// A `rules:` entry: common keys, plus the parameters of its kind. An entry without `kind` modifies an
    /// inherited rule whose kind the schema cannot know, so its parameters are left to the loader.
    static func rule(kinds: [any Rule.Type]) -> JSONValue {
        var branches: [JSONValue] = kinds.map { type in
            let description = type.description
            let parameters = description.parameters.map {
                JSONValue.Member($0.name, parameterSchema(kind: description.kind, $0))
            }
            return .object([
                "if": .object([
                    "required": .array([.string("kind")]),
                    "properties": .object(["kind": .object(["const": .string(description.kind)])]),
                ]),
                "then": .object(["properties": .object(parameters)]),
            ])
        }
        branches.append(
            .object([
                "if": .object(["not": .object(["required": .array([.string("kind")])])]),
                "then": .object(["additionalProperties": .bool(true)]),
            ]))
        let common: KeyValuePairs<String, JSONValue> = [
            "id": described(
                "Stable id (letters, digits, '-', '_'): findings, overrides and suppressions name it.",
                ["type": .string("string"), "pattern": .string("^[A-Za-z0-9_-]+$")]),
            "kind": described(
                "The engine primitive this rule is an instance of.",
                ["enum": .array(kinds.map { .string($0.description.kind) })]),
            "severity": ref("severity"),
            "description": described(
                "One-line summary shown by `learnlint rules` and in reports.", ["type": .string("string")]),
            "examples": described(
                "Markdown that must (`invalid`) or must not (`valid`) trigger the rule; run by `learnlint config check`.",
                [
                    "type": .string("object"), "additionalProperties": .bool(false),
                    "properties": .object(["valid": stringArray, "invalid": stringArray]),
                ]),
        ]
        return .object([
            "type": .string("object"),
            "required": .array([.string("id")]),
            "properties": .object(common),
            "allOf": .array(branches),
            "unevaluatedProperties": .bool(false),
        ])
    }

    // MARK: - Private helpers

    private static func ref(_ name: String) -> JSONValue { .object(["$ref": .string("#/$defs/\(name)")]) }

    private static func described(_ text: String, _ pairs: KeyValuePairs<String, JSONValue>) -> JSONValue {
        .object([JSONValue.Member("description", .string(text))] + pairs.map { JSONValue.Member($0.key, $0.value) })
    }

    private static let stringArray: JSONValue = .object([
        "type": .string("array"), "items": .object(["type": .string("string")]),
    ])

    /// The loader accepts one string wherever it accepts a list of strings.
    private static let stringOrList: JSONValue = .object([
        "anyOf": .array([.object(["type": .string("string")]), stringArray])
    ])

    /// `error`, `warning`, `info` or `off` (YAML 1.1 readers turn a bare `off` into false).
    private static let severity: JSONValue = .object([
        "enum": .array([.string("error"), .string("warning"), .string("info"), .string("off"), .bool(false)])
    ])

    private static let section: JSONValue = .object([
        "type": .string("object"),
        "required": .array([.string("id")]),
        "additionalProperties": .bool(false),
        "properties": .object([
            "id": described("Section id, used by `order`, coverage and findings.", ["type": .string("string")]),
            "title": described("Title shown in messages (default: the id).", ["type": .string("string")]),
            "match": described(
                "Case-insensitive wildcard patterns over normalised heading text.",
                ["$ref": .string("#/$defs/stringOrList")]),
            "min_items": described(
                "Fewest list items or table rows the section must have.",
                ["type": .string("integer"), "minimum": .int(0)]),
            "required": described(
                "Whether a missing section is reported (default true).", ["type": .string("boolean")]),
            "content": described(
                "What the section lists (`terms` or `concepts`): found by content under a title that says nothing.",
                ["enum": .array(SectionContent.allCases.map { .string($0.rawValue) })]),
        ]),
    ])

    /// Schemas of the top-level keys, mirroring `ConfigurationLoader`'s parsing of each.
    private static let topLevel: [String: JSONValue] = [
        "version": described("Schema version of this file.", ["const": .int(1)]),
        "documents": described(
            "Which files are learnings documents.",
            [
                "type": .string("object"), "additionalProperties": .bool(false),
                "properties": .object([
                    "include": described("Globs of documents to check.", ["$ref": .string("#/$defs/stringOrList")]),
                    "exclude": described("Globs never checked.", ["$ref": .string("#/$defs/stringOrList")]),
                    "max_bytes": described(
                        "Larger documents are reported, not read.", ["type": .string("integer"), "minimum": .int(1)]),
                ]),
            ]),
        "contributors": described(
            "Where a document's contributor comes from; the first source that yields a name wins.",
            ["type": .string("array"), "items": contributorSource]),
        "extends": described(
            "Rule files to start from (`default` is the built-in set).",
            ["type": .string("array"), "items": .object(["type": .string("string")])]),
        "overrides": described(
            "Per-glob rule changes.",
            [
                "type": .string("array"),
                "items": .object([
                    "type": .string("object"), "required": .array([.string("files"), .string("rules")]),
                    "additionalProperties": .bool(false),
                    "properties": .object([
                        "files": ref("stringOrList"),
                        "rules": .object(["type": .string("object"), "additionalProperties": ref("severity")]),
                    ]),
                ]),
            ]),
        "rules": described(
            "The rules: instances of kinds with an id, a severity and parameters.",
            ["type": .string("array"), "items": ref("rule")]),
        "coverage": described(
            "What `learnlint coverage` counts, and its pass mark.",
            [
                "type": .string("object"), "additionalProperties": .bool(false),
                "properties": .object([
                    "sections": described(
                        "Id of the sections rule whose sections are coverage items.", ["type": .string("string")]),
                    "terms": described(
                        "Ids of vocabulary rules whose terms are candidate items, or canonical terms that always are.",
                        ["$ref": .string("#/$defs/stringOrList")]),
                    "concepts": described(
                        "The top-level concepts that count (default: all of them).", ["$ref": .string("#/$defs/stringOrList")]),
                    "min_share": described(
                        "Share of contributors (0–1) that must mention a rule's term before it becomes an item.",
                        ["type": .string("number"), "minimum": .int(0), "maximum": .int(1)]),
                    "roster": described(
                        "Expected contributors: a CSV file with a name column, or a YAML list (relative to this file).",
                        ["type": .string("string"), "minLength": .int(1)]),
                    "group_by": described("A roster column that reports group and subtotal by.", ["type": .string("string")]),
                    "fail_under": described(
                        "Percentage below which coverage fails.",
                        ["type": .string("number"), "minimum": .int(0), "maximum": .int(100)]),
                ]),
            ]),
        "concepts": described(
            "Concepts counted by coverage: a name (its own pattern) or {name, match}.",
            ["type": .string("array"), "items": concept]),
    ]

    /// `- Caching` or `- {name: Caching, match: ["*cache*"]}`, as `ConceptCatalog` reads them.
    private static let concept: JSONValue = .object([
        "anyOf": .array([
            .object(["type": .string("string"), "minLength": .int(1)]),
            .object([
                "type": .string("object"), "required": .array([.string("name")]), "additionalProperties": .bool(false),
                "properties": .object([
                    "name": .object(["type": .string("string"), "minLength": .int(1)]),
                    "match": ref("stringOrList"),
                ]),
            ]),
        ])
    ])

    private static let contributorSource: JSONValue = .object([
        "type": .string("object"), "minProperties": .int(1), "maxProperties": .int(1),
        "additionalProperties": .bool(false),
        "properties": .object([
            "front_matter": described("Front-matter key holding the name.", ["type": .string("string")]),
            "path": described(
                "Path pattern with a {name} segment.", ["type": .string("string"), "pattern": .string("\\{name\\}")]),
            "git": described("The first author in git history.", ["const": .string("first-author")]),
            "folder": described("The document's folder name.", ["type": .string("boolean")]),
        ]),
    ])
}
