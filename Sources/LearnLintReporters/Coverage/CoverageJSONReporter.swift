import LearnLintCore
import LearnLintEngine
import LearnLintRules

/// `learnlint/coverage@2`: the documented, versioned coverage report (docs/coverage.md,
/// docs/schemas/coverage.schema.json). `@2` added the roster, statuses, flags and groups, and
/// scores only the contributors with a document.
public struct CoverageJSONReporter: CoverageReporter {
    public static let schema = "learnlint/coverage@2"

    public init() {}

    public func render(_ input: CoverageReportInput) -> String {
        report(input).serialized() + "\n"
    }

    public func report(_ input: CoverageReportInput) -> JSONValue {
        let report = input.report
        let roster: JSONValue =
            report.rosterSource.map { source in
                .object(["path": .string(source), "columns": .array(report.rosterColumns.map(JSONValue.string))])
            } ?? .null
        return .object([
            "schema": .string(CoverageJSONReporter.schema),
            "tool": .object(["name": .string(LearnLint.name), "version": .string(LearnLint.version)]),
            "config": .string(input.configurationSource),
            "roster": roster,
            "group_by": report.groupBy.map(JSONValue.string) ?? .null,
            "filter": report.filter.map(JSONValue.string) ?? .null,
            "contributors": .array(report.contributors.map { contributor($0, report: report) }),
            "items": .array(report.itemTotals.map(item)),
            "groups": .array(report.groups.map { group($0.name, $0.contributors, report: report) }),
            "summary": .object([
                "contributors": .int(report.contributors.count),
                "with_documents": .int(report.scored.count),
                "missing": .int(report.missing.count),
                "not_on_roster": .int(report.unexpected.count),
                "below_pass": .int(report.belowPass.count),
                "near_duplicate_pairs": .int(report.duplicatePairs.count),
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

    private func contributor(_ contributor: ContributorCoverage, report: CoverageReport) -> JSONValue {
        let covered = report.items.indices.map { JSONValue.Member(report.items[$0].key, .bool(contributor.covers($0))) }
        let challenges: JSONValue =
            contributor.challenges.map { found in
                .object(["found": .int(found), "paired": contributor.challengesPaired.map(JSONValue.int) ?? .null])
            } ?? .null
        var roster: JSONValue = .null
        if let values = contributor.rosterValues {
            roster = .object(report.rosterColumns.indices.map { index in
                JSONValue.Member(report.rosterColumns[index], .string(values.indices.contains(index) ? values[index] : ""))
            })
        }
        let counts = report.findingCounts(of: contributor)
        return .object([
            "name": .string(contributor.name),
            "roster": roster,
            "status": .string(report.status(of: contributor)),
            "documents": .array(contributor.documents.map(JSONValue.string)),
            "covered": .object(covered),
            "covered_count": .int(contributor.coveredCount),
            "score": contributor.hasDocuments ? .double(contributor.score) : .null,
            "missing_sections": .array(report.missingSections(of: contributor).map { .string($0.id) }),
            "challenges": challenges,
            "near_duplicates": .array(contributor.duplicates.map { flag in
                .object([
                    "path": .string(flag.path), "twin": .string(flag.twin),
                    "twin_contributor": .string(report.displayName(flag.twinContributor)),
                    "similarity": .double(flag.similarity), "compare": .string(flag.compareCommand),
                ])
            }),
            "flags": .array(report.flags(of: contributor).map(JSONValue.string)),
            "findings": .object(["errors": .int(counts.errors), "warnings": .int(counts.warnings), "infos": .int(counts.infos)]),
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

    private func group(_ name: String, _ members: [ContributorCoverage], report: CoverageReport) -> JSONValue {
        .object([
            "name": .string(name),
            "contributors": .int(members.count),
            "with_documents": .int(members.filter(\.hasDocuments).count),
            "missing": .int(members.filter { !$0.hasDocuments }.count),
            "below_pass": .int(members.filter(report.isBelowPass).count),
            "score": CoverageReport.meanScore(members).map(JSONValue.double) ?? .null,
        ])
    }
}
