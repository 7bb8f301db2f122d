import LearnLintCore

/// Turns findings into the client's diagnostics, positions converted to UTF-16 code units.
struct DiagnosticMapper {
    /// The document's text as the client has it.
    let buffer: TextBuffer
    /// The linter's view of the same text (its lines and code-point columns).
    let lines: LineIndex
    /// The document's absolute path.
    let path: String
    /// The folder the findings' relative paths start from (the rules file's folder).
    let root: String

    init(buffer: TextBuffer, path: String, root: String) {
        self.buffer = buffer
        self.lines = LineIndex(buffer.text)
        self.path = path
        self.root = root
    }

    func diagnostic(for finding: Finding) -> Diagnostic {
        Diagnostic(
            range: range(of: finding.range), severity: DiagnosticMapper.severity(finding.severity), code: finding.rule,
            message: finding.message,
            relatedInformation: finding.related.isEmpty ? nil : finding.related.map(relatedInformation))
    }

    /// The LSP range of a finding's range. A finding's end column names its last code point, while an
    /// LSP range ends after it: one column more, clamped to the line by the conversion.
    func range(of source: SourceRange) -> LSPRange {
        let end = SourcePosition(line: source.end.line, column: source.end.column + 1)
        return buffer.range(of: SourceRange(start: source.start, end: end), in: lines)
    }

    /// The LSP range of a fix, whose end is already exclusive.
    func range(ofFix fix: Fix) -> LSPRange {
        buffer.range(of: fix.range, in: lines)
    }

    static func severity(_ severity: Severity) -> Int {
        switch severity {
        case .error: return 1
        case .warning: return 2
        case .info: return 3
        }
    }

    // MARK: - Private helpers

    /// A related place, in this document or another. Another document's text is not at hand, so there
    /// the linter's column stands as given (exact for ASCII lines, the usual case).
    private func relatedInformation(_ related: RelatedLocation) -> DiagnosticRelatedInformation {
        let path = related.path.hasPrefix("/") ? related.path : root + "/" + related.path
        if path == self.path {
            return DiagnosticRelatedInformation(
                location: LSPLocation(uri: DocumentURI.uri(ofPath: path), range: range(of: related.range)),
                message: related.message)
        }
        let start = LSPPosition(
            line: max(0, related.range.start.line - 1), character: max(0, related.range.start.column - 1))
        let end = LSPPosition(line: max(0, related.range.end.line - 1), character: max(0, related.range.end.column))
        return DiagnosticRelatedInformation(
            location: LSPLocation(
                uri: DocumentURI.uri(ofPath: path), range: LSPRange(start: start, end: max(start, end))),
            message: related.message)
    }
}
