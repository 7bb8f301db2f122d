import LearnLintCore
import LearnLintConfiguration
import LearnLintEngine

/// `learnlint/report@1`: the documented, versioned JSON report (see docs/report-schema.md).
public struct JSONReporter: Reporter {
    public static let schema = "learnlint/report@1"

    public init() {}

    /// Writes the report as `report(_:)` would serialise it, one document and one finding at a
    /// time, so a corpus of many thousands of documents never holds its whole JSON tree in memory.
    public func render(_ input: ReportInput) -> String {
        var output = ""
        let header = JSONValue.object(headerMembers(input)).serialized()
        output += header.dropLast(2)  // "\n}": the arrays follow
        output += ",\n  \"documents\": "
        JSONReporter.writeArray(input.result.documents, into: &output) { DocumentFacts.json($0) }
        output += ",\n  \"findings\": "
        JSONReporter.writeArray(input.result.findings, into: &output) { JSONReporter.json($0) }
        output += "\n}\n"
        return output
    }

    public func report(_ input: ReportInput) -> JSONValue {
        let result = input.result
        return .object(
            headerMembers(input) + [
                JSONValue.Member("documents", .array(result.documents.map(DocumentFacts.json))),
                JSONValue.Member("findings", .array(result.findings.map(JSONReporter.json))),
            ])
    }

    private func headerMembers(_ input: ReportInput) -> [JSONValue.Member] {
        let result = input.result
        var members = [
            JSONValue.Member("schema", .string(JSONReporter.schema)),
            JSONValue.Member("tool", .object(["name": .string(LearnLint.name), "version": .string(LearnLint.version)])),
            JSONValue.Member("config", .string(input.configurationSource)),
        ]
        if input.recordsConfigurationFingerprint {
            members.append(JSONValue.Member("config_fingerprint", .string(input.ruleSet.configuration.fingerprint)))
        }
        members.append(
            JSONValue.Member(
                "summary",
                .object([
                    "documents": .int(result.documents.count), "errors": .int(result.count(.error)),
                    "warnings": .int(result.count(.warning)), "infos": .int(result.count(.info)),
                ])))
        return members
    }

    /// A pretty-printed array at the second level of the report, element by element.
    private static func writeArray<Element>(
        _ elements: [Element], into output: inout String, _ json: (Element) -> JSONValue
    ) {
        guard !elements.isEmpty else {
            output += "[]"
            return
        }
        output += "["
        for (index, element) in elements.enumerated() {
            output += index == 0 ? "\n    " : ",\n    "
            json(element).write(into: &output, atIndent: 4)
        }
        output += "\n  ]"
    }

    public static func json(_ finding: Finding) -> JSONValue {
        .object([
            "rule": .string(finding.rule), "kind": .string(finding.kind), "severity": .string(finding.severity.rawValue),
            "message": .string(finding.message), "path": .string(finding.path),
            "line": .int(finding.range.start.line), "column": .int(finding.range.start.column),
            "end_line": .int(finding.range.end.line), "end_column": .int(finding.range.end.column),
            "contributor": finding.contributor.map(JSONValue.string) ?? .null,
            "data": finding.data.json,
            "fix": finding.fix.map { fix in
                .object([
                    "line": .int(fix.range.start.line), "column": .int(fix.range.start.column),
                    "end_line": .int(fix.range.end.line), "end_column": .int(fix.range.end.column),
                    "replacement": .string(fix.replacement),
                ])
            } ?? .null,
            "related": .array(
                finding.related.map { related in
                    .object([
                        "path": .string(related.path), "line": .int(related.range.start.line),
                        "column": .int(related.range.start.column), "message": .string(related.message),
                    ])
                }),
        ])
    }
}
