import Dispatch
import FoundationEssentials
import LearnLintCore
import LearnLintRules
import LearnLintIO
import LearnLintConfiguration

/// What to check: paths (files or folders), or one document from standard input.
public struct LintRequest: Sendable {
    public var paths: [String]
    public var workingDirectory: String
    public var jobs: Int
    /// A document read from standard input, with the name reports give it.
    public var standardInput: (name: String, text: String)?
    /// Only the documents of this shard are checked (corpus rules then see only those).
    public var shard: Shard?
    /// When set, only findings and documents at these report paths are reported (`--changed-since`);
    /// every document is still read when corpus rules are on, so they see the whole corpus.
    public var onlyPaths: Set<String>? = nil
    /// Texts that stand in for files on disk, by absolute path: an editor's unsaved buffers, so the
    /// language server's corpus pass sees what the user sees.
    public var overlays: [String: String] = [:]
    /// Files named in `paths` must match include/exclude too (`--force-exclude`, for hooks).
    public var forceExclude = false
    /// Documents already read from elsewhere than the work tree (the git index, for `--staged`);
    /// when set, `paths` are not walked.
    public var preloaded: [StagedDocument]? = nil
    /// Told of each checked document (a terminal's progress bar); nil for none.
    public var progress: (any LintProgress)? = nil
    /// Whether links to files outside a walked folder are followed (`--follow-symlinks`); by default they
    /// are skipped, so a checked tree cannot make learnlint read files of the machine.
    public var followsLinksOut = false
    /// The rules the run's output needs (see `RuleScope`): all of them unless said otherwise.
    public var scope: RuleScope = .all
    /// Fix the documents first (`check --fix`): each document is fixed in memory, written by `write`,
    /// and checked as it then stands; nil for no fixing.
    public var fixing: FixStage? = nil

    public init(
        paths: [String] = [], workingDirectory: String = FileManager.default.currentDirectoryPath,
        jobs: Int = ProcessInfo.processInfo.activeProcessorCount, standardInput: (name: String, text: String)? = nil,
        shard: Shard? = nil
    ) {
        self.shard = shard
        self.paths = paths
        self.workingDirectory = workingDirectory
        self.jobs = max(1, jobs)
        self.standardInput = standardInput
    }
}

/// The outcome of a run: per-document facts and all findings, both in a stable order.
public struct LintResult: Sendable {
    public var documents: [DocumentFacts]
    public var findings: [Finding]
    /// Paths named on the command line that do not exist.
    public var missingPaths: [String]
    /// How many documents the paths held, before `--shard` and `--changed-since` narrowed them:
    /// 0 means the run checked nothing at all.
    public var discovered = 0
    /// Files named on the command line that `--force-exclude` left out (not learnings documents).
    public var notDocuments: [String] = []
    /// With `LintRequest.fixing`: what the fix stage did.
    public var fixes: Fixer.Outcome? = nil

    public init(documents: [DocumentFacts], findings: [Finding], missingPaths: [String] = []) {
        self.documents = documents
        self.findings = findings
        self.missingPaths = missingPaths
    }

    /// Counted in place: filtering first copied every finding (a third of the peak memory of a run
    /// over a large document full of findings).
    public func count(_ severity: Severity) -> Int { findings.reduce(0) { $0 + ($1.severity == severity ? 1 : 0) } }

    /// The most severe finding's severity, if any.
    public var worstSeverity: Severity? { findings.map(\.severity).max() }
}

/// The one pipeline every command runs: discovery → reading → the document pass (with the fix stage
/// when asked) → the corpus pass → suppressions → the changed-files narrowing; the gate (baselines) and
/// the verdict are applied to its result. `fix`, `coverage` and `merge` are this pipeline with a
/// narrower `RuleScope`, a fix stage, or facts read from shard reports instead of documents.
public struct Linter: Sendable {
    public static let unreadableRuleID = "unreadable-document"

    public let ruleSet: RuleSet

    public init(ruleSet: RuleSet) {
        self.ruleSet = ruleSet
    }

    public func lint(_ request: LintRequest) -> LintResult {
        let configuration = ruleSet.configuration
        let discovery = DocumentDiscovery(
            selection: configuration.documents, workingDirectory: request.workingDirectory, followsLinksOut: request.followsLinksOut)
        let resolver = ContributorResolver(sources: configuration.contributors)
        let scope = request.scope
        var outcomes: [DocumentOutcome] = []
        var missing: [String] = []
        var notDocuments: [String] = []
        var discovered = 0
        var fixCandidates = 0
        if let input = request.standardInput {
            let source = DocumentSource(displayPath: input.name, rootRelativePath: input.name, absolutePath: input.name)
            if request.forceExclude, !discovery.selects(input.name) {
                notDocuments = [input.name]
            } else {
                outcomes = [DocumentOutcome(check(source, text: input.text, resolver: resolver, scope: scope))]
                discovered = 1
            }
        } else if let documents = request.preloaded {
            discovered = documents.count
            let selected = documents.filter { request.shard?.contains($0.source.displayPath) ?? true }
            let resolver = resolver.withGitAuthors(for: selected.map(\.source))
            outcomes = parallelMap(selected, jobs: request.jobs) { document in
                switch DocumentReader.decode(document.bytes, maxBytes: configuration.documents.maxBytes) {
                case .success(let text): return DocumentOutcome(check(document.source, text: text, resolver: resolver, scope: scope))
                case .failure(let failure): return DocumentOutcome(unreadable(document.source, failure, resolver: resolver))
                }
            }
        } else {
            let found = discovery.documents(in: request.paths, forceExclude: request.forceExclude)
            missing = found.missing
            notDocuments = found.notDocuments
            discovered = found.documents.count
            var selected = found.documents.filter { request.shard?.contains($0.displayPath) ?? true }
            // Without corpus rules nothing needs the unchanged documents: do not even read them.
            if let only = request.onlyPaths, !scope.runsCorpusPass || !runsCorpusRules(scope) {
                selected = selected.filter { only.contains($0.displayPath) }
            }
            let resolver = resolver.withGitAuthors(for: selected)
            let overlays = request.overlays
            let progress = request.progress
            // Only the documents the run reports are fixed (`--changed-since` narrows them).
            let fixes = request.fixing != nil
            let fixable: @Sendable (DocumentSource) -> Bool = { fixes && (request.onlyPaths?.contains($0.displayPath) ?? true) }
            fixCandidates = selected.filter(fixable).count
            progress?.begin(total: selected.count)
            outcomes = parallelMap(selected, jobs: request.jobs) { source in
                defer { progress?.advance() }
                if let text = overlays[source.absolutePath] {
                    return DocumentOutcome(check(source, text: text, resolver: resolver, scope: scope))
                }
                if let problem = source.problem { return DocumentOutcome(unreadable(source, .unreadable(problem), resolver: resolver)) }
                switch DocumentReader.readBytes(source.absolutePath, maxBytes: configuration.documents.maxBytes) {
                case .success(let bytes):
                    if fixable(source) { return fixed(source, bytes: bytes, resolver: resolver, scope: scope) }
                    switch DocumentReader.decode(bytes) {
                    case .success(let text): return DocumentOutcome(check(source, text: text, resolver: resolver, scope: scope))
                    case .failure(let failure): return DocumentOutcome(unreadable(source, failure, resolver: resolver))
                    }
                case .failure(let failure): return DocumentOutcome(unreadable(source, failure, resolver: resolver))
                }
            }
        }
        var fixOutcome: Fixer.Outcome? = nil
        if let stage = request.fixing {
            var outcome = Fixer.Outcome(documents: fixCandidates, missingPaths: missing)
            // Written one by one after the parallel pass: messages about files that
            // cannot be written come in a stable order. Nothing is written when a named path is missing.
            stage.apply(to: &outcomes, outcome: &outcome, writes: missing.isEmpty)
            fixOutcome = outcome
        }
        var facts = outcomes.map(\.checked.0).sorted { $0.path < $1.path }
        var findings = outcomes.flatMap(\.checked.1)
        if scope.runsCorpusPass { findings += corpusFindings(facts, scope: scope) }
        request.progress?.finish()
        if let only = request.onlyPaths {
            facts = facts.filter { only.contains($0.path) }
            findings = findings.filter { only.contains($0.path) }
        }
        findings.sort(by: Finding.reportOrder)
        var result = LintResult(documents: facts, findings: findings, missingPaths: missing)
        result.discovered = discovered
        result.notDocuments = notDocuments
        result.fixes = fixOutcome
        return result
    }

    /// Runs the corpus rules over the facts of every document (also used by `merge`).
    public func corpusFindings(_ facts: [DocumentFacts]) -> [Finding] {
        corpusFindings(facts, scope: .all)
    }

    func corpusFindings(_ facts: [DocumentFacts], scope: RuleScope) -> [Finding] {
        var findings: [Finding] = []
        for rule in ruleSet.corpusRules where scope.includes(rule) && ruleSet.activeRuleIDs.contains(rule.id) {
            for var finding in rule.check(corpus: facts) {
                guard let severity = ruleSet.settings(for: finding.path)[rule.id] else { continue }
                finding.severity = severity
                findings.append(finding)
            }
        }
        return applySuppressions(toCorpus: findings.sorted(by: Finding.totalOrder), facts)
    }

    /// Whether any corpus rule of the scope is on somewhere.
    private func runsCorpusRules(_ scope: RuleScope) -> Bool {
        ruleSet.corpusRules.contains { scope.includes($0) && ruleSet.activeRuleIDs.contains($0.id) }
    }

    /// A finding's severity once overrides apply: findings at the rule's own severity take the configured
    /// one; a rule's lesser findings (`info` hints of a `warning` rule) stay lesser, never above it.
    static func severity(of finding: Finding, rule: any Rule, configured: Severity) -> Severity {
        finding.severity == rule.severity ? configured : min(finding.severity, configured)
    }
}

/// Maps `items` with `jobs` threads; results keep the input order.
func parallelMap<Input: Sendable, Output: Sendable>(
    _ items: [Input], jobs: Int, _ transform: @Sendable (Input) -> Output
) -> [Output] {
    guard jobs > 1, items.count > 1 else { return items.map(transform) }
    let results = ResultSlots<Output>(count: items.count)
    let counter = ResultSlots<Int>(count: 0)
    DispatchQueue.concurrentPerform(iterations: min(jobs, items.count)) { _ in
        while let index = counter.next(limit: items.count) {
            results.set(index, transform(items[index]))
        }
    }
    return results.values()
}

/// Lock-protected storage that worker threads fill.
private final class ResultSlots<Value: Sendable>: Sendable {
    private struct State {
        var slots: [Value?]
        var cursor = 0
    }

    private let state: Locked<State>

    init(count: Int) {
        state = Locked(State(slots: Array(repeating: nil, count: count)))
    }

    func set(_ index: Int, _ value: Value) {
        state.withLock { $0.slots[index] = value }
    }

    /// The next unclaimed index below `limit`, if any.
    func next(limit: Int) -> Int? {
        state.withLock { state in
            guard state.cursor < limit else { return nil }
            state.cursor += 1
            return state.cursor - 1
        }
    }

    func values() -> [Value] {
        state.withLock { $0.slots.compactMap { $0 } }
    }
}
