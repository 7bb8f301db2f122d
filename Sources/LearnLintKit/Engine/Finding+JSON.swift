/// Reading a `Finding` back from a `findings[]` entry of `learnlint/report@1` (for `learnlint merge`).
extension Finding {
    /// Parses an entry written by `JSONReporter.json(_:)`.
    ///
    /// The report keeps a related location's start only, so its range comes back as that one position.
    public init(json: JSONValue) throws(ReportFormatError) {
        guard let rule = json["rule"]?.stringValue, let kind = json["kind"]?.stringValue,
            let severityText = json["severity"]?.stringValue, let message = json["message"]?.stringValue,
            let path = json["path"]?.stringValue
        else { throw .invalid("a finding lacks one of rule, kind, severity, message, path") }
        guard let severity = Severity(rawValue: severityText) else {
            throw .invalid("a finding of '\(rule)' has the unknown severity '\(severityText)'")
        }
        guard let range = Finding.range(json) else { throw .invalid("a finding of '\(rule)' in '\(path)' has no valid position") }
        var data: [(key: String, value: JSONValue)] = []
        if case .object(let members)? = json["data"] { data = members.map { ($0.key, $0.value) } }
        var fix: Fix?
        if let fixJSON = json["fix"], fixJSON != .null {
            guard let fixRange = Finding.range(fixJSON), let replacement = fixJSON["replacement"]?.stringValue else {
                throw .invalid("a finding of '\(rule)' in '\(path)' has a malformed fix")
            }
            fix = Fix(range: fixRange, replacement: replacement)
        }
        var related: [RelatedLocation] = []
        for entry in json["related"]?.arrayValue ?? [] {
            guard let relatedPath = entry["path"]?.stringValue, let line = entry["line"]?.intValue,
                let column = entry["column"]?.intValue
            else { throw .invalid("a finding of '\(rule)' in '\(path)' has a malformed related location") }
            let position = SourcePosition(line: line, column: column)
            related.append(RelatedLocation(path: relatedPath, range: SourceRange(at: position), message: entry["message"]?.stringValue ?? ""))
        }
        self.init(
            rule: rule, kind: kind, severity: severity, message: message, path: path, range: range,
            contributor: json["contributor"]?.stringValue, data: data, fix: fix, related: related)
    }

    /// `line`, `column`, `end_line`, `end_column` of an entry (the end defaults to the start).
    private static func range(_ json: JSONValue) -> SourceRange? {
        guard let line = json["line"]?.intValue, let column = json["column"]?.intValue, line >= 1, column >= 1 else {
            return nil
        }
        let start = SourcePosition(line: line, column: column)
        let end = SourcePosition(line: json["end_line"]?.intValue ?? line, column: json["end_column"]?.intValue ?? column)
        return SourceRange(start: start, end: end)
    }
}
