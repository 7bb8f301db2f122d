import LearnLintCore
import LearnLintEngine

/// `learnlint/compare@1`: the shared passages as data (documented in docs/compare.md).
public struct ComparisonJSONReporter: Sendable {
    public static let schema = "learnlint/compare@1"

    public init() {}

    public func render(_ comparison: DocumentComparison) -> String {
        let passages = comparison.passages.map { passage -> JSONValue in
            let a = comparison.first.lines(passage.first)
            let b = comparison.second.lines(passage.second)
            return .object([
                "words": .int(passage.words),
                "boilerplate": .bool(passage.boilerplate),
                "first": .object(["start_line": .int(a.lowerBound), "end_line": .int(a.upperBound)]),
                "second": .object(["start_line": .int(b.lowerBound), "end_line": .int(b.upperBound)]),
                "text": .string(comparison.first.excerpt(passage.first)),
            ])
        }
        let value: JSONValue = .object([
            "schema": .string(ComparisonJSONReporter.schema),
            "first": .object(["path": .string(comparison.first.path), "words": .int(comparison.first.words.count)]),
            "second": .object(["path": .string(comparison.second.path), "words": .int(comparison.second.words.count)]),
            "minimum_words": .int(comparison.minimumWords),
            "passages": .array(passages),
        ])
        return value.serialized() + "\n"
    }
}
