/// Reading a `Finding` back from a `findings[]` entry of `learnlint/report@1` with `JSONDecoder`
/// (for `learnlint merge`); `JSONReporter.json(_:)` writes it.
///
/// The report keeps a related location's start only, so its range comes back as that one position.
extension Finding: Decodable {
    enum CodingKeys: String, CodingKey {
        case rule, kind, severity, message, path, contributor, data, fix, related
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        func text(_ key: CodingKeys) -> String? { (try? container.decodeIfPresent(String.self, forKey: key)) ?? nil }
        guard let rule = text(.rule), let kind = text(.kind), let severityText = text(.severity),
            let message = text(.message), let path = text(.path)
        else { throw ReportFormatError.invalid("a finding lacks one of rule, kind, severity, message, path") }
        guard let severity = Severity(rawValue: severityText) else {
            throw ReportFormatError.invalid("a finding of '\(rule)' has the unknown severity '\(severityText)'")
        }
        guard let range = (try? ReportRange(from: decoder))?.range else {
            throw ReportFormatError.invalid("a finding of '\(rule)' in '\(path)' has no valid position")
        }
        var fix: Fix?
        if container.contains(.fix), try container.decodeNil(forKey: .fix) == false {
            guard let written = try? container.decode(ReportFix.self, forKey: .fix), let fixRange = written.position.range else {
                throw ReportFormatError.invalid("a finding of '\(rule)' in '\(path)' has a malformed fix")
            }
            fix = Fix(range: fixRange, replacement: written.replacement)
        }
        let related: [ReportRelated]
        do {
            related = try container.decodeIfPresent([ReportRelated].self, forKey: .related) ?? []
        } catch {
            throw ReportFormatError.invalid("a finding of '\(rule)' in '\(path)' has a malformed related location")
        }
        self.init(
            rule: rule, kind: kind, severity: severity, message: message, path: path, range: range,
            contributor: text(.contributor), data: try container.decodeIfPresent(FindingData.self, forKey: .data) ?? FindingData(),
            fix: fix,
            related: related.map {
                RelatedLocation(path: $0.path, range: SourceRange(at: SourcePosition(line: $0.line, column: $0.column)), message: $0.message)
            })
    }
}

/// `line`, `column`, `end_line`, `end_column` of an entry (the end defaults to the start).
private struct ReportRange: Decodable {
    var line: Int
    var column: Int
    var endLine: Int?
    var endColumn: Int?

    enum CodingKeys: String, CodingKey {
        case line, column
        case endLine = "end_line"
        case endColumn = "end_column"
    }

    var range: SourceRange? {
        guard line >= 1, column >= 1 else { return nil }
        let start = SourcePosition(line: line, column: column)
        return SourceRange(start: start, end: SourcePosition(line: endLine ?? line, column: endColumn ?? column))
    }
}

private struct ReportFix: Decodable {
    var position: ReportRange
    var replacement: String

    enum CodingKeys: String, CodingKey { case replacement }

    init(from decoder: any Decoder) throws {
        position = try ReportRange(from: decoder)
        replacement = try decoder.container(keyedBy: CodingKeys.self).decode(String.self, forKey: .replacement)
    }
}

private struct ReportRelated: Decodable {
    var path: String
    var line: Int
    var column: Int
    var message: String

    enum CodingKeys: String, CodingKey { case path, line, column, message }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        path = try container.decode(String.self, forKey: .path)
        line = try container.decode(Int.self, forKey: .line)
        column = try container.decode(Int.self, forKey: .column)
        message = try container.decodeIfPresent(String.self, forKey: .message) ?? ""
    }
}
