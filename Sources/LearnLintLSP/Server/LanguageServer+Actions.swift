import LearnLintCore
import LearnLintIO
import LearnLintEngine
import LearnLintConfiguration
import LearnLintRules

/// Code actions (each finding's fix, and "fix all") and hover explanations, from the findings of the
/// document's current text.
extension LanguageServer {
    func codeActions(_ params: CodeActionParams) -> [CodeAction] {
        let uri = params.textDocument.uri
        checkIfStale(uri)
        guard let document = documents[uri], let path = document.path, let scope = document.scope,
            case .success(let ruleSet) = scope.outcome
        else { return [] }
        let mapper = DiagnosticMapper(buffer: document.buffer, path: path, root: scope.root)
        let only = params.context?.only
        var actions: [CodeAction] = []
        if FixEdits.wants(CodeActionKind.quickFix, only: only) {
            for finding in document.findings {
                guard let fix = finding.fix else { continue }
                let diagnostic = mapper.diagnostic(for: finding)
                guard diagnostic.range.touches(params.range) || mapper.range(ofFix: fix).touches(params.range) else {
                    continue
                }
                actions.append(FixEdits.quickFix(fix, for: diagnostic, uri: uri, mapper: mapper))
            }
        }
        if FixEdits.wants(CodeActionKind.fixAll, only: only), document.findings.contains(where: { $0.fix != nil }) {
            let relative = scope.relativePath(path)
            let source = DocumentSource(displayPath: relative, rootRelativePath: relative, absolutePath: path)
            let fixer = Fixer(linter: Linter(ruleSet: ruleSet))
            let resolver = ContributorResolver(sources: ruleSet.configuration.contributors)
            if let change = fixer.change(for: source, bytes: document.buffer.bytes, resolver: resolver) {
                actions.append(FixEdits.fixAll(change, uri: uri, buffer: document.buffer))
            }
        }
        return actions
    }

    func hover(_ params: HoverParams) -> Hover? {
        let uri = params.textDocument.uri
        checkIfStale(uri)
        guard let document = documents[uri], let path = document.path, let scope = document.scope else { return nil }
        let mapper = DiagnosticMapper(buffer: document.buffer, path: path, root: scope.root)
        let findings = document.findings + (corpusFindings[scope.root]?[path] ?? [])
        let point = LSPRange(start: params.position, end: params.position)
        var covering: [(finding: Finding, range: LSPRange)] = []
        for finding in findings {
            let range = mapper.range(of: finding.range)
            if range.touches(point) { covering.append((finding, range)) }
        }
        guard let first = covering.first else { return nil }
        let ruleSet = try? scope.outcome.get()
        let text = covering.map { entry in
            HoverText.markdown(for: entry.finding, rule: ruleSet?.rules.first { $0.id == entry.finding.rule })
        }.joined(separator: "\n\n---\n\n")
        return Hover(contents: MarkupContent(value: text), range: first.range)
    }
}
