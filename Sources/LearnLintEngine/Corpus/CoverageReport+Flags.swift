import LearnLintCore
import LearnLintRules

/// What every format says about a contributor beyond the grid: their status, the required sections
/// they miss, and the flags a lead acts on.
extension CoverageReport {
    /// `missing` (a roster row with no document), `below` (under the pass mark), `passed`, or
    /// `scored` (no pass mark).
    public func status(of contributor: ContributorCoverage) -> String {
        if !contributor.hasDocuments { return "missing" }
        guard failUnder != nil else { return "scored" }
        return isBelowPass(contributor) ? "below" : "passed"
    }

    /// The required sections (section items) none of the contributor's documents has; none for a
    /// contributor without a document (they miss everything, and say so once).
    public func missingSections(of contributor: ContributorCoverage) -> [CoverageItem] {
        guard contributor.hasDocuments else { return [] }
        return items.indices.filter { items[$0].kind == .section && !contributor.covers($0) }.map { items[$0] }
    }

    /// Short flags, most urgent first: `no document`, `not on roster`, `below pass`,
    /// `near-duplicate of NAME (NN%)`, `N unpaired challenge(s)`.
    public func flags(of contributor: ContributorCoverage) -> [String] {
        var flags: [String] = []
        if !contributor.hasDocuments { flags.append("no document") }
        if rosterSource != nil, contributor.hasDocuments, contributor.rosterValues == nil { flags.append("not on roster") }
        if isBelowPass(contributor) { flags.append("below pass") }
        var twins: [String] = []
        for flag in contributor.duplicates where !twins.contains(flag.twinContributor) {
            twins.append(flag.twinContributor)
            flags.append("near-duplicate of \(displayName(flag.twinContributor)) (\(Int((flag.similarity * 100).rounded()))%)")
        }
        let unpaired = contributor.unpairedChallenges
        if unpaired > 0 { flags.append("\(unpaired) unpaired challenge\(unpaired == 1 ? "" : "s")") }
        return flags
    }

    /// A contributor name as the roster spells it (a twin's name comes from the facts).
    public func displayName(_ name: String) -> String {
        let key = Roster.key(name)
        return contributors.first { Roster.key($0.name) == key }?.name ?? name
    }

    /// The findings of each severity about the contributor's documents.
    public func findingCounts(of contributor: ContributorCoverage) -> (errors: Int, warnings: Int, infos: Int) {
        var counts = (errors: 0, warnings: 0, infos: 0)
        for note in contributor.findings {
            switch note.severity {
            case .error: counts.errors += 1
            case .warning: counts.warnings += 1
            case .info: counts.infos += 1
            }
        }
        return counts
    }
}
