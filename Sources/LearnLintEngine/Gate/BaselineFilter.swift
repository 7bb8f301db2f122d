import FoundationEssentials
import LearnLintCore
import LearnLintIO

/// What `--baseline` did to a run: the findings still reported and the accepted ones no longer found.
public struct BaselineOutcome: Sendable {
    /// The result with baselined findings removed.
    public var result: LintResult
    /// How many findings the baseline hid.
    public var hidden: Int
    /// Baseline entries of checked (or deleted) documents that no finding matches any more.
    public var gone: [BaselineEntry]
}

extension Baseline {
    /// Removes the findings this baseline accepted from a result and lists the entries that are gone.
    ///
    /// An entry counts as gone only when its document was checked in this run, or no longer exists
    /// (outside a standard-input run): a run over some documents says nothing about the others.
    public func filter(_ result: LintResult, lines: FindingLines, workingDirectory: String, standardInput: Bool = false)
        -> BaselineOutcome
    {
        var remaining: [BaselineEntry.Key: BaselineEntry] = [:]
        for entry in entries { remaining[entry.key] = entry }
        var kept: [Finding] = []
        var hidden = 0
        for (finding, entry) in Baseline.entries(for: result.findings, lines: lines) {
            if remaining.removeValue(forKey: entry.key) != nil {
                hidden += 1
            } else {
                kept.append(finding)
            }
        }
        let checked = Set(result.documents.map(\.path))
        let gone = remaining.values.filter { entry in
            if checked.contains(entry.path) { return true }
            guard !standardInput else { return false }
            let absolute = entry.path.hasPrefix("/") ? entry.path : workingDirectory + "/" + entry.path
            return !FileManager.default.fileExists(atPath: absolute)
        }
        var filtered = result
        filtered.findings = kept.sorted(by: Finding.reportOrder)
        return BaselineOutcome(result: filtered, hidden: hidden, gone: gone.sorted(by: BaselineEntry.order))
    }
}
