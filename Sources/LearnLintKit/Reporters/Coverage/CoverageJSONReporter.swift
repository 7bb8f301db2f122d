/// `learnlint/coverage@1`: the documented, versioned coverage report (docs/coverage.md,
/// docs/schemas/coverage.schema.json).
public struct CoverageJSONReporter: CoverageReporter {
    public static let schema = "learnlint/coverage@1"

    public init() {}

    public func render(_ input: CoverageReportInput) -> String {
        report(input).serialized() + "\n"
    }

    public func report(_ input: CoverageReportInput) -> JSONValue {
        let report = input.report
        return .object([
            "schema": .string(CoverageJSONReporter.schema),
            "tool": .object(["name": .string(LearnLint.name), "version": .string(LearnLint.version)]),
            "config": .string(input.configurationSource),
            "contributors": .array(report.contributors.map { contributor($0, items: report.items) }),
            "items": .array(report.itemTotals.map(item)),
            "summary": .object([
                "contributors": .int(report.contributors.count),
                "documents": .int(report.documentCount),
                "items": .int(report.items.count),
                "ratio": .double(CoverageReport.rounded(report.ratio)),
                "score": .double(report.score),
                "fail_under": report.failUnder.map(JSONValue.double) ?? .null,
                "passed": .bool(report.passed),
            ]),
        ])
    }

    // MARK: - Private helpers

    private func contributor(_ contributor: ContributorCoverage, items: [CoverageItem]) -> JSONValue {
        let covered = items.indices.map { JSONValue.Member(items[$0].key, .bool(contributor.covers($0))) }
        let challenges: JSONValue =
            contributor.challenges.map { found in
                .object(["found": .int(found), "paired": contributor.challengesPaired.map(JSONValue.int) ?? .null])
            } ?? .null
        return .object([
            "name": .string(contributor.name),
            "documents": .array(contributor.documents.map(JSONValue.string)),
            "covered": .object(covered),
            "covered_count": .int(contributor.coveredCount),
            "score": .double(contributor.score),
            "challenges": challenges,
        ])
    }

    private func item(_ total: ItemCoverage) -> JSONValue {
        .object([
            "key": .string(total.item.key),
            "id": .string(total.item.id),
            "kind": .string(total.item.kind.rawValue),
            "title": .string(total.item.title),
            "covered_by": .int(total.coveredBy),
            "ratio": .double(CoverageReport.rounded(total.ratio)),
        ])
    }
}
