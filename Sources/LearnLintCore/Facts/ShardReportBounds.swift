/// What `merge` accepts from a shard report's numbers, checked on the parsed facts and findings (so the
/// check survives any change to how the JSON is decoded).
///
/// A report is input like any other: a hand-edited or corrupted one may hold `end_column: -7` or a
/// challenge count of `Int.max`. Positions outside a document are clamped into 1…`maximumPosition` (the
/// end never before the start), so SARIF and annotations never carry impossible places; counts that no
/// document can have are refused, as summing them would overflow.
package enum ShardReportBounds {
    /// The largest line or column accepted (far beyond any document under `max_bytes`).
    static let maximumPosition = Int(Int32.max)
    /// The largest per-document count accepted (challenges found, paired).
    static let maximumCount = Int(Int32.max)

    /// The facts as given, or why they are impossible.
    package static func validate(_ facts: DocumentFacts) throws(ReportFormatError) -> DocumentFacts {
        var facts = facts
        for (name, count) in [("challenges", facts.challenges), ("challenges_paired", facts.challengesPaired)] {
            guard let count else { continue }
            guard (0...maximumCount).contains(count) else {
                throw .invalid("document '\(facts.path)': '\(name)' is \(count), not a count from 0 to \(maximumCount)")
            }
        }
        if let found = facts.challenges, let paired = facts.challengesPaired, paired > found {
            throw .invalid("document '\(facts.path)': \(paired) challenges paired of \(found) found")
        }
        facts.headings = facts.headings.map { heading in
            var heading = heading
            heading.line = clamp(heading.line)
            return heading
        }
        return facts
    }

    /// The finding with every position clamped into its bounds.
    package static func clamped(_ finding: Finding) -> Finding {
        var finding = finding
        finding.range = clamped(finding.range)
        if var fix = finding.fix {
            fix.range = clamped(fix.range)
            finding.fix = fix
        }
        finding.related = finding.related.map { location in
            var location = location
            location.range = clamped(location.range)
            return location
        }
        return finding
    }

    package static func clamped(_ range: SourceRange) -> SourceRange {
        let start = SourcePosition(line: clamp(range.start.line), column: clamp(range.start.column))
        let end = SourcePosition(line: clamp(range.end.line), column: clamp(range.end.column))
        return SourceRange(start: start, end: max(start, end))
    }

    static func clamp(_ value: Int) -> Int { min(max(1, value), maximumPosition) }
}
