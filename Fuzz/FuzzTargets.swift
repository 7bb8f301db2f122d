// libFuzzer targets, linked with the library's layers into one binary by `make fuzz`
// (`swiftc -sanitize=fuzzer,address`); LEARNLINT_FUZZ_TARGET picks what the bytes are:
//
//   document  a learnings document: parsed, every default rule, the corpus rules, every reporter,
//             coverage in every format, the fixes applied, and the JSON report merged back
//   config    a rules.yaml: loaded, compiled into rules, and run over a small document
//   merge     a shard report (`learnlint/report@1`): read, merged, reported, and coverage built
//
// Any trap, sanitizer report, leak or hang (libFuzzer's -timeout) is a bug; a crash's input goes to
// fixtures/fuzz/ with a test. See docs/robustness.md.
import Foundation

@testable import LearnLintCore
@testable import LearnLintRules
@testable import LearnLintConfiguration
@testable import LearnLintIO
@testable import LearnLintEngine
@testable import LearnLintReporters

private enum Target: String {
    case document, config, merge
}

private let target = Target(rawValue: ProcessInfo.processInfo.environment["LEARNLINT_FUZZ_TARGET"] ?? "") ?? .document

private let defaultRuleSet: RuleSet? = {
    guard let configuration = try? ConfigurationLoader.builtIn() else { return nil }
    return try? RuleSet(configuration: configuration)
}()

private let sampleDocument = """
    # Notes
    ## Key Technologies
    - Docker
    - Github Actions
    - Postgres
    ## Challenges Faced
    - **Challenge:** slow tests
      - **Solution:** ran them in parallel
    """

@_cdecl("LLVMFuzzerTestOneInput")
public func learnLintFuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let ruleSet = defaultRuleSet else { return 0 }
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    switch target {
    case .document: fuzzDocument(bytes, ruleSet: ruleSet)
    case .config: fuzzConfiguration(bytes)
    case .merge: fuzzMerge(bytes, ruleSet: ruleSet)
    }
    return 0
}

private func fuzzDocument(_ bytes: [UInt8], ruleSet: RuleSet) {
    // Valid UTF-8 is what documents are; other bytes take the reader's refusal path, and their lossy
    // decoding is checked too so the rules see every shape of text.
    _ = DocumentReader.decode(bytes)
    let text = String(decoding: bytes, as: UTF8.self)
    let linter = Linter(ruleSet: ruleSet)
    let resolver = ContributorResolver(sources: ruleSet.configuration.contributors)
    let source = DocumentSource(displayPath: "fuzz/README.md", rootRelativePath: "fuzz/README.md", absolutePath: "/fuzz/README.md")
    let (facts, findings) = linter.check(source, text: text, resolver: resolver)
    // A second contributor with the same facts: the corpus rules (duplicates, consistency) have a pair.
    var otherFacts = facts
    otherFacts.path = "other/README.md"
    otherFacts.contributor = "other"
    let all = findings + linter.corpusFindings([facts, otherFacts])
    let lines = LineIndex(text).lineCount
    for finding in all where !(1...max(1, lines)).contains(finding.range.start.line) {
        fatalError("finding of \(finding.rule) at line \(finding.range.start.line) of \(lines)")
    }
    _ = Fixer.apply(findings, to: text)
    let result = LintResult(documents: [facts, otherFacts], findings: all)
    renderEverything(result, ruleSet: ruleSet)
    let json = JSONReporter().render(ReportInput(result: result, ruleSet: ruleSet, configurationSource: "fuzz"))
    guard let shard = try? ReportMerger.read(Array(json.utf8), source: "fuzz.json") else {
        fatalError("a report learnlint wrote does not read back")
    }
    _ = try? ReportMerger.merge([shard], linter: linter)
}

private func fuzzConfiguration(_ bytes: [UInt8]) {
    let text = String(decoding: bytes, as: UTF8.self)
    guard let configuration = try? ConfigurationLoader.load(text: text, source: "fuzz.yaml", baseDirectory: "/nonexistent"),
        let ruleSet = try? RuleSet(configuration: configuration)
    else { return }
    let linter = Linter(ruleSet: ruleSet)
    let source = DocumentSource(displayPath: "a/README.md", rootRelativePath: "a/README.md", absolutePath: "/a/README.md")
    let (facts, findings) = linter.check(source, text: sampleDocument, resolver: ContributorResolver(sources: configuration.contributors))
    renderEverything(LintResult(documents: [facts], findings: findings + linter.corpusFindings([facts])), ruleSet: ruleSet)
}

private func fuzzMerge(_ bytes: [UInt8], ruleSet: RuleSet) {
    guard let shard = try? ReportMerger.read(bytes, source: "fuzz.json"),
        let result = try? ReportMerger.merge([shard], linter: Linter(ruleSet: ruleSet))
    else { return }
    renderEverything(result, ruleSet: ruleSet)
}

/// Inputs rendered so far: SARIF carries every rule's whole documentation, the same for every input,
/// and would be most of each run's time; every eighth input is enough for its document-dependent part.
nonisolated(unsafe) private var rendered = 0

private func renderEverything(_ result: LintResult, ruleSet: RuleSet) {
    let input = ReportInput(result: result, ruleSet: ruleSet, configurationSource: "fuzz")
    rendered += 1
    for format in ReportFormat.allCases where format != .sarif || rendered % 8 == 0 { _ = format.reporter.render(input) }
    let coverage = CoverageReportInput(report: CoverageBuilder.build(facts: result.documents, ruleSet: ruleSet), configurationSource: "fuzz")
    for format in CoverageFormat.allCases { _ = format.reporter.render(coverage) }
}
