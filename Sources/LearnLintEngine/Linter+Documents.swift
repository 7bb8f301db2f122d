import LearnLintCore
import LearnLintRules
import LearnLintIO

/// The document pass of the pipeline: one document's text → its facts and findings (the rules of the
/// run's scope, then its suppression comments), and the fix stage's passes over it.
extension Linter {
    /// Checks one document's text with every document rule that is on for its path.
    public func check(_ source: DocumentSource, text: String, resolver: ContributorResolver) -> (DocumentFacts, [Finding]) {
        check(source, text: text, resolver: resolver, scope: .all)
    }

    /// Checks one document's text with the document rules of `scope` that are on for its path.
    func check(_ source: DocumentSource, text: String, resolver: ContributorResolver, scope: RuleScope)
        -> (DocumentFacts, [Finding])
    {
        let document = Document(path: source.displayPath, text: text)
        let contributor = resolver.contributor(for: source, frontMatter: document.frontMatter)
        let (located, recognized) = ruleSet.catalog.locateWithContent(in: document)
        let labels = ruleSet.catalog.locateLabels(in: document, excluding: Set(located.keys))
        var facts = DocumentFacts(path: source.displayPath, contributor: contributor)
        facts.sections = ruleSet.catalog.ids.filter { located[$0] != nil || labels[$0] != nil }
        if scope.recordsReportFacts {
            if !recognized.isEmpty { facts.sectionsByContent = SectionContentRecognizer.facts(recognized, in: document) }
            facts.headings = document.sections.filter { $0.style != .boldItem }.map {
                HeadingFact(title: $0.title, key: $0.normalizedTitle, line: $0.line)
            }
        }
        if scope != .fixes, !ruleSet.concepts.isEmpty {
            facts.concepts = ruleSet.concepts.matches(in: document)
        }
        let context = RuleContext(document: document, contributor: contributor, sections: located, labels: labels)
        let settings = ruleSet.settings(for: source.displayPath)
        var findings: [Finding] = []
        for rule in ruleSet.documentRules(in: scope) {
            guard let severity = settings[rule.id] else { continue }
            for var finding in rule.check(context, facts: &facts) {
                finding.severity = Linter.severity(of: finding, rule: rule, configured: severity)
                findings.append(finding)
            }
        }
        findings = applySuppressions(to: findings, in: context, settings: settings, facts: &facts)
        return (facts, findings)
    }

    /// The fix stage for one document read from disk: fixed in memory, and checked as it will stand
    /// once written (the fix passes' last check already is that check, so nothing is checked twice).
    func fixed(_ source: DocumentSource, bytes: [UInt8], resolver: ContributorResolver, scope: RuleScope) -> DocumentOutcome {
        let text: String
        switch DocumentReader.decode(bytes) {
        case .success(let decoded): text = decoded
        case .failure(let failure): return DocumentOutcome(unreadable(source, failure, resolver: resolver))
        }
        let passes = Fixer(linter: self).passes(source, bytes: bytes, text: text, resolver: resolver, scope: scope)
        guard let change = passes.change else { return DocumentOutcome(passes.first) }
        // Only after the last allowed pass still applied fixes is the text left unchecked; `fix` alone
        // reports no findings, so it never needs that check.
        let last = passes.last ?? (scope == .fixes ? passes.first : check(source, text: passes.text, resolver: resolver, scope: scope))
        return DocumentOutcome(checked: last, change: change, unfixed: passes.first)
    }

    func unreadable(_ source: DocumentSource, _ failure: DocumentReader.Failure, resolver: ContributorResolver)
        -> (DocumentFacts, [Finding])
    {
        var facts = DocumentFacts(path: source.displayPath, contributor: resolver.contributor(for: source, frontMatter: nil))
        facts.readable = false
        let message: String
        var position = SourcePosition.start
        switch failure {
        case .unreadable(let reason): message = "cannot read the document: \(reason)"
        case .tooLarge(let size, let limit): message = "the document is \(size) bytes, over max_bytes (\(limit))"
        case .invalidUTF8(let at):
            message = "the document is not valid UTF-8 (first bad byte at line \(at.line), column \(at.column))"
            position = at
        }
        let finding = Finding(
            rule: Linter.unreadableRuleID, kind: "document", severity: .error, message: message, path: source.displayPath,
            range: SourceRange(at: position), contributor: facts.contributor)
        return (facts, [finding])
    }
}

/// What the document pass gives for one document.
struct DocumentOutcome: Sendable {
    /// Its facts and findings as the run reports them (after the fix stage, as it then stands).
    var checked: (DocumentFacts, [Finding])
    /// The fix stage's change, when it changed the text.
    var change: Fixer.Change? = nil
    /// The facts and findings of the text before the fixes: reported instead when the change is not written.
    var unfixed: (DocumentFacts, [Finding])? = nil

    init(_ checked: (DocumentFacts, [Finding])) {
        self.checked = checked
    }

    init(checked: (DocumentFacts, [Finding]), change: Fixer.Change, unfixed: (DocumentFacts, [Finding])) {
        self.checked = checked
        self.change = change
        self.unfixed = unfixed
    }
}
