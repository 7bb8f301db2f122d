import LearnLintCore

/// `learnlint explain challenge-solution --trace FILE --format json`: the trace as one JSON object
/// (`learnlint/pairing-trace@1`, documented in docs/pairing.md), for tools and for users who
/// want to diff how two versions of a document were read.
extension PairingRule {
    public static let traceSchema = "learnlint/pairing-trace@1"

    /// The trace as JSON: the document, the rule, the number of challenges (null without a
    /// challenges section) and one object per unit in document order.
    public static func renderTraceJSON(_ entries: [TraceEntry]?, path: String, ruleID: String?) -> String {
        let units = (entries ?? []).map { entry -> JSONValue in
            .object([
                "line": .int(entry.line),
                "column": .int(entry.column),
                "kind": .string(entry.kind),
                "separate": .bool(entry.separate),
                "format": .string(entry.format),
                "text": .string(entry.text),
                "excerpt": .string(entry.excerpt),
                "verdict": entry.verdict.map(JSONValue.string) ?? .null,
                "solved": .bool(entry.solved),
                "paired": .bool(entry.paired),
                "reportable": .bool(entry.reportable),
                "heuristics": .array(
                    entry.heuristics.map { .object(["name": .string($0.rawValue), "effect": .string($0.effect.rawValue)]) }),
                "evidence": .array(entry.evidence.map(JSONValue.string)),
            ])
        }
        let challenges = entries.map { list in JSONValue.int(list.filter { $0.kind == "challenge" }.count) } ?? .null
        let trace = JSONValue.object([
            "schema": .string(traceSchema),
            "path": .string(path),
            "rule": ruleID.map(JSONValue.string) ?? .null,
            "challenges": challenges,
            "units": .array(units),
        ])
        return trace.serialized() + "\n"
    }
}

extension PairingRule.TraceEntry {
    /// A challenge's verdict: `paired` (it carries its solution), `paired-after` (a solution after
    /// it answers it), `unpaired-reported`, `unpaired-not-reported`; nil for other units.
    public var verdict: String? {
        guard kind == "challenge" else { return nil }
        if paired { return solved ? "paired" : "paired-after" }
        return reportable ? "unpaired-reported" : "unpaired-not-reported"
    }
}
