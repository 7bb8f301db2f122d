import Dispatch
import LearnLintCore
import LearnLintIO
import LearnLintEngine
import LearnLintConfiguration

/// A document the client has open.
struct OpenDocument {
    var uri: String
    /// The file's absolute path; nil for a URI that is not a file (an unsaved `untitled:` buffer).
    var path: String?
    var version: Int
    var buffer: TextBuffer
    /// The document rules' findings for `checkedVersion`.
    var findings: [Finding] = []
    /// The version last checked (nil: never).
    var checkedVersion: Int?
    /// Whether the rules select the document (`documents.include` / `exclude`) as a learnings document.
    var isSelected = false
    /// The rules the last check used.
    var scope: RulesScope?

    var isRulesFile: Bool { path.map(WorkspaceRules.isRulesFile) ?? false }
}

/// Text synchronisation and diagnostics: documents are checked on open and, debounced, on change;
/// rules files are validated, and saving one re-checks every open document with the new rules.
extension LanguageServer {
    static let publishDiagnostics = "textDocument/publishDiagnostics"
    static let configurationRuleID = "configuration-error"

    func didOpen(_ params: DidOpenTextDocumentParams) {
        let item = params.textDocument
        let document = OpenDocument(
            uri: item.uri, path: DocumentURI.path(of: item.uri), version: item.version, buffer: TextBuffer(item.text))
        documents[item.uri] = document
        if document.isRulesFile {
            rulesFileChanged(item.uri)
        } else {
            check(item.uri)
            if let opened = documents[item.uri], opened.isSelected, let scope = opened.scope,
                corpusFindings[scope.root] == nil
            {
                scheduleCorpusPass(scope)
            }
        }
    }

    func didChange(_ params: DidChangeTextDocumentParams) {
        let uri = params.textDocument.uri
        guard var document = documents[uri] else { return }
        for change in params.contentChanges { document.buffer.apply(change.range, change.text) }
        document.version = params.textDocument.version ?? document.version + 1
        documents[uri] = document
        scheduleCheck(uri)
    }

    func didSave(_ params: DidSaveTextDocumentParams) {
        let uri = params.textDocument.uri
        guard let document = documents[uri] else { return }
        if document.isRulesFile {
            rulesFileChanged(uri)
        } else if document.isSelected, let scope = document.scope {
            scheduleCorpusPass(scope)
        }
    }

    func didClose(_ params: DidCloseTextDocumentParams) {
        let uri = params.textDocument.uri
        documents[uri] = nil
        documentGenerations[uri] = nil
        notify(Self.publishDiagnostics, PublishDiagnosticsParams(uri: uri, version: nil, diagnostics: []))
    }

    // MARK: - Checking

    /// Checks a document after the debounce delay, unless it changes again before then.
    func scheduleCheck(_ uri: String) {
        let generation = (documentGenerations[uri] ?? 0) + 1
        documentGenerations[uri] = generation
        queue.asyncAfter(deadline: .now() + timing.documentDelay) { [self] in
            guard documentGenerations[uri] == generation, documents[uri] != nil, phase == .running else { return }
            check(uri)
        }
    }

    /// Checks a document now (a rules file is validated instead) and publishes its diagnostics.
    func check(_ uri: String) {
        guard var document = documents[uri], let path = document.path else { return }
        if document.isRulesFile {
            document.checkedVersion = document.version
            documents[uri] = document
            publishRulesFileProblems(document)
            return
        }
        let scope = rules.scope(forDocumentAt: path)
        document.scope = scope
        let findings = Self.findings(of: document, path: path, in: scope)
        document.findings = findings ?? []
        document.isSelected = findings != nil
        document.checkedVersion = document.version
        documents[uri] = document
        publish(uri)
    }

    /// Makes sure a document's findings are those of its current text (a change may still be waiting
    /// for its debounce when a code action or hover asks).
    func checkIfStale(_ uri: String) {
        guard let document = documents[uri], document.checkedVersion != document.version else { return }
        check(uri)
    }

    /// Sends the document's diagnostics: its document rules' findings and the last corpus pass's,
    /// labelled with the version the document rules checked.
    func publish(_ uri: String) {
        guard let document = documents[uri], let path = document.path, let scope = document.scope else { return }
        let mapper = DiagnosticMapper(buffer: document.buffer, path: path, root: scope.root)
        let corpus = document.isSelected ? corpusFindings[scope.root]?[path] ?? [] : []
        let findings = document.findings + corpus
        notify(
            Self.publishDiagnostics,
            PublishDiagnosticsParams(
                uri: uri, version: document.checkedVersion ?? document.version,
                diagnostics: findings.map(mapper.diagnostic)))
    }

    /// The findings of every document-level rule for a document's current text; nil when the rules
    /// do not select it. A document governed by a broken rules file has one, pointing at the error.
    static func findings(of document: OpenDocument, path: String, in scope: RulesScope) -> [Finding]? {
        let relative = scope.relativePath(path)
        switch scope.outcome {
        case .failure(let error):
            // Which files the broken rules select is unknown; Markdown files are the ones to warn.
            let name = path.lowercased()
            guard name.hasSuffix(".md") || name.hasSuffix(".markdown") else { return nil }
            return [configurationFinding(error, path: relative, scope: scope)]
        case .success(let ruleSet):
            let selection = ruleSet.configuration.documents
            guard selection.selects(relative) else { return nil }
            let size = document.buffer.bytes.count
            guard size <= selection.maxBytes else {
                return [
                    Finding(
                        rule: Linter.unreadableRuleID, kind: "document", severity: .error,
                        message: "the document is \(size) bytes, over max_bytes (\(selection.maxBytes))",
                        path: relative,
                        range: .documentStart)
                ]
            }
            let source = DocumentSource(displayPath: relative, rootRelativePath: relative, absolutePath: path)
            let resolver = ContributorResolver(sources: ruleSet.configuration.contributors)
            return Linter(ruleSet: ruleSet).check(source, text: document.buffer.text, resolver: resolver).1
        }
    }

    // MARK: - Rules files

    /// A rules file was opened or saved: publish its problems, forget every cached rule set, re-check
    /// the open documents with the rules as they now are, and run the corpus rules again.
    func rulesFileChanged(_ uri: String) {
        if let document = documents[uri] { publishRulesFileProblems(document) }
        rules.forget()
        // The corpus findings came from the old rules, and so will a pass still running: drop both.
        corpusFindings = [:]
        for root in corpusGenerations.keys { corpusGenerations[root, default: 0] += 1 }
        for (other, document) in documents where !document.isRulesFile { check(other) }
        var scheduled: Set<String> = []
        for document in documents.values where document.isSelected {
            guard let scope = document.scope, scheduled.insert(scope.root).inserted else { continue }
            scheduleCorpusPass(scope)
        }
    }

    /// Publishes what is wrong with a rules file's text, each at the line and column of the mistake.
    func publishRulesFileProblems(_ document: OpenDocument) {
        guard let path = document.path else { return }
        let lines = LineIndex(document.buffer.text)
        let diagnostics = WorkspaceRules.problems(inRulesFile: path, text: document.buffer.text).map { problem in
            var range = LSPRange(start: LSPPosition(line: 0, character: 0), end: LSPPosition(line: 0, character: 0))
            if let location = problem.location, location.file == path {
                let start = lines.offset(of: SourcePosition(line: location.line, column: location.column))
                range = document.buffer.range(fromOffset: start, to: Self.tokenEnd(in: lines.bytes, from: start))
            }
            // A mistake in a file this one extends is told with its own file:line:col.
            let message = problem.location?.file == path ? problem.message : problem.description
            return Diagnostic(range: range, severity: 1, code: Self.configurationRuleID, message: message)
        }
        notify(
            Self.publishDiagnostics,
            PublishDiagnosticsParams(uri: document.uri, version: document.version, diagnostics: diagnostics))
    }

    /// Where the word at a byte offset ends (at least one byte on, so the range is visible).
    static func tokenEnd(in bytes: [UInt8], from start: Int) -> Int {
        let stops: Set<UInt8> = [
            0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: ":"), UInt8(ascii: ","), UInt8(ascii: "]"), UInt8(ascii: "}"),
        ]
        var end = start
        while end < bytes.count, !stops.contains(bytes[end]) { end += 1 }
        if end == start, end < bytes.count, bytes[end] != 0x0A { end += 1 }
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        return end
    }

    /// The one finding a document gets while its rules file is broken: at its start, pointing there.
    private static func configurationFinding(_ error: ConfigurationError, path: String, scope: RulesScope) -> Finding {
        let file = scope.rulesFile ?? "rules file"
        let related = error.location.map {
            [
                RelatedLocation(
                    path: scope.absolutePath($0.file),
                    range: SourceRange(at: SourcePosition(line: $0.line, column: $0.column)),
                    message: error.message)
            ]
        }
        return Finding(
            rule: configurationRuleID, kind: "configuration", severity: .error,
            message: "not checked: \(scope.relativePath(file)) has an error: \(error.description)", path: path,
            range: .documentStart, related: related ?? [])
    }
}
