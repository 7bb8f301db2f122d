/// Reading `DocumentFacts` back from a `documents[]` entry of `learnlint/report@1` (for `learnlint merge`).
extension DocumentFacts {
    /// The keys `DocumentFacts.json` writes itself; every other key of an entry is an `extra` fact.
    public static let fixedJSONKeys: Set<String> = [
        "path", "contributor", "readable", "sections", "challenges", "challenges_paired", "terms", "headings",
    ]

    /// Parses an entry written by `DocumentFacts.json`, rejecting one whose fixed fields have the wrong shape.
    public init(json: JSONValue) throws(ReportFormatError) {
        guard case .object(let members) = json else { throw .invalid("a document entry is not an object") }
        guard let path = json["path"]?.stringValue, !path.isEmpty else { throw .invalid("a document entry has no 'path'") }
        self.init(path: path, contributor: json["contributor"]?.stringValue)
        readable = (json["readable"]).map { $0 != .bool(false) } ?? true
        sections = try DocumentFacts.strings(json["sections"], field: "sections", path: path)
        terms = try DocumentFacts.strings(json["terms"], field: "terms", path: path)
        challenges = json["challenges"]?.intValue
        challengesPaired = json["challenges_paired"]?.intValue
        for heading in json["headings"]?.arrayValue ?? [] {
            guard let title = heading["title"]?.stringValue, let key = heading["key"]?.stringValue,
                let line = heading["line"]?.intValue
            else { throw .invalid("document '\(path)' has a malformed heading entry") }
            headings.append(HeadingFact(title: title, key: key, line: line))
        }
        for member in members where !DocumentFacts.fixedJSONKeys.contains(member.key) {
            extra[member.key] = member.value
        }
    }

    private static func strings(_ value: JSONValue?, field: String, path: String) throws(ReportFormatError) -> [String] {
        guard let value, value != .null else { return [] }
        guard let items = value.arrayValue else { throw .invalid("document '\(path)': '\(field)' is not a list") }
        var result: [String] = []
        for item in items {
            guard let text = item.stringValue else { throw .invalid("document '\(path)': '\(field)' holds a non-string") }
            result.append(text)
        }
        return result
    }
}

/// Why a report file cannot be merged (the message names no file: the caller adds it).
public enum ReportFormatError: Error, Sendable, Equatable, CustomStringConvertible {
    case invalid(String)

    public var description: String {
        switch self {
        case .invalid(let problem): return problem
        }
    }
}
