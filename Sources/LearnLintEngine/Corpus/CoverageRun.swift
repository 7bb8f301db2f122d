import FoundationEssentials
import LearnLintCore
import LearnLintConfiguration
import LearnLintRules

/// One coverage report from a run's result, as `coverage` and `merge --coverage` both make it: the
/// roster read, the report built from the facts and findings, near-duplicate pairs compared.
public enum CoverageRun {
    /// What the command line adds to `coverage:` in rules.yaml.
    public struct Request: Sendable {
        public var failUnder: Double?
        /// `--roster FILE` (overrides `coverage.roster`), relative to the working folder.
        public var roster: String?
        public var groupBy: String?
        /// `--only COLUMN=VALUE`.
        public var only: (column: String, value: String)?

        public init(failUnder: Double? = nil, roster: String? = nil, groupBy: String? = nil, only: (column: String, value: String)? = nil) {
            self.failUnder = failUnder
            self.roster = roster
            self.groupBy = groupBy
            self.only = only
        }
    }

    /// Shortest shared run the embedded comparisons show (as `learnlint compare`'s default).
    public static let minimumWords = 8

    /// Builds the report; a roster that cannot be read, or a grouping or filter column it lacks, is
    /// a configuration error.
    public static func report(_ result: LintResult, ruleSet: RuleSet, request: Request) throws(ConfigurationError) -> CoverageReport {
        let settings = ruleSet.configuration.coverage
        let roster = try (request.roster ?? settings.roster).map { path throws(ConfigurationError) in try Roster.load(path) }
        let groupBy = request.groupBy ?? settings.groupBy
        if let roster {
            for column in [groupBy, request.only?.column].compactMap({ $0 }) where !roster.columns.contains(column) {
                throw .invalid(
                    ConfigLocation(file: roster.source, line: 1, column: 1),
                    "the roster has no column '\(column)' (its columns: \(roster.columns.isEmpty ? "none besides name" : roster.columns.joined(separator: ", ")))")
            }
        } else if let column = request.only?.column ?? request.groupBy {
            throw .invalid(ConfigLocation(file: ruleSet.configuration.source, line: 1, column: 1), "grouping or filtering by '\(column)' needs a roster (coverage.roster or --roster)")
        }
        let options = CoverageOptions(
            failUnder: request.failUnder, roster: roster, groupBy: groupBy, only: request.only, findings: result.findings)
        var report = CoverageBuilder.build(facts: result.documents, ruleSet: ruleSet, options: options)
        report.comparisons = comparisons(of: report.duplicatePairs, corpus: result.documents, maxBytes: ruleSet.configuration.documents.maxBytes)
        return report
    }

    /// Compares every pair whose two texts can be read, boilerplate judged across the whole corpus.
    static func comparisons(of pairs: [DuplicateFlag], corpus: [DocumentFacts], maxBytes: Int) -> [DocumentComparison] {
        guard !pairs.isEmpty else { return [] }
        // The pair documents are kept whole; every other document only long enough to count the
        // pair documents' shingles in it, so memory stays small however large the corpus.
        var sides: [String: DocumentComparison.Side] = [:]
        for path in Set(pairs.flatMap { [$0.path, $0.twin] }) {
            if let side = try? DocumentComparison.Side.read(path, maxBytes: maxBytes) { sides[path] = side }
        }
        let wanted = sides.values.reduce(into: Set<UInt64>()) { $0.formUnion(BoilerplateIndex.shingles(of: $1.words, minimumWords: minimumWords)) }
        var counter = BoilerplateIndex.Counter(minimumWords: minimumWords, only: wanted)
        for fact in corpus where fact.readable {
            if let side = sides[fact.path] {
                counter.add(side.words)
            } else if let side = try? DocumentComparison.Side.read(fact.path, maxBytes: maxBytes) {
                counter.add(side.words)
            }
        }
        let boilerplate = counter.index()
        return pairs.compactMap { pair in
            guard let first = sides[pair.path], let second = sides[pair.twin] else { return nil }
            return DocumentComparison(first: first, second: second, minimumWords: minimumWords, boilerplate: boilerplate)
        }
    }
}
