/// `DocumentFacts` as `documents[]` entries of `learnlint/report@1`: written by `json(_:)`, read
/// back with `JSONDecoder` (for `learnlint merge`). Recorded facts follow the fixed ones, by name.
extension DocumentFacts: Decodable {
    enum CodingKeys: String, CodingKey {
        case path, contributor, readable, sections, challenges
        case challengesPaired = "challenges_paired"
        case terms, headings
        case concepts, minhash, spellings, suppressions
        case termSpellings = "term_spellings"
        case sectionsByContent = "sections_by_content"
    }

    public static func json(_ facts: DocumentFacts) -> JSONValue {
        var members: [JSONValue.Member] = [
            .init("path", .string(facts.path)),
            .init("contributor", facts.contributor.map(JSONValue.string) ?? .null),
            .init("readable", .bool(facts.readable)),
            .init("sections", .array(facts.sections.map(JSONValue.string))),
            .init("challenges", facts.challenges.map(JSONValue.int) ?? .null),
            .init("challenges_paired", facts.challengesPaired.map(JSONValue.int) ?? .null),
            .init("terms", .array(facts.terms.map(JSONValue.string))),
            .init(
                "headings",
                .array(
                    facts.headings.map {
                        .object(["title": .string($0.title), "key": .string($0.key), "line": .int($0.line)])
                    })),
        ]
        if let concepts = facts.concepts { members.append(.init("concepts", .array(concepts.map(JSONValue.string)))) }
        if let found = facts.sectionsByContent { members.append(.init("sections_by_content", .array(found.map(\.json)))) }
        if let minhash = facts.minhash { members.append(.init("minhash", .string(minhash.encoded))) }
        if let spellings = facts.spellings { members.append(.init("spellings", .array(spellings.map(\.json)))) }
        if let suppressions = facts.suppressions { members.append(.init("suppressions", .array(suppressions.map(\.json)))) }
        if let spellings = facts.termSpellings {
            members.append(
                .init(
                    "term_spellings",
                    .array(
                        spellings.map { spelling in
                            var entry: [JSONValue.Member] = spelling.term.map { [.init("term", .string($0))] } ?? []
                            entry += [
                                .init("text", .string(spelling.text)), .init("line", .int(spelling.line)),
                                .init("column", .int(spelling.column)),
                            ]
                            return .object(entry)
                        })))
        }
        return .object(members)
    }

    /// Reads an entry written by `json(_:)`, rejecting one whose facts have the wrong shape.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        guard let path = try? container.decode(String.self, forKey: .path), !path.isEmpty else {
            throw ReportFormatError.invalid("a document entry has no 'path'")
        }
        self.init(path: path, contributor: try container.decodeIfPresent(String.self, forKey: .contributor))
        readable = try container.decodeIfPresent(Bool.self, forKey: .readable) ?? true
        sections = try container.decodeIfPresent([String].self, forKey: .sections) ?? []
        challenges = try container.decodeIfPresent(Int.self, forKey: .challenges)
        challengesPaired = try container.decodeIfPresent(Int.self, forKey: .challengesPaired)
        terms = try container.decodeIfPresent([String].self, forKey: .terms) ?? []
        headings = try container.decodeIfPresent([HeadingFact].self, forKey: .headings) ?? []
        concepts = try container.decodeIfPresent([String].self, forKey: .concepts)
        if let encoded = try container.decodeIfPresent(String.self, forKey: .minhash) {
            guard let signature = MinHashSignature(encoded: encoded) else {
                throw ReportFormatError.invalid("document '\(path)': 'minhash' is not a signature")
            }
            minhash = signature
        }
        if let compact = try container.decodeIfPresent([String].self, forKey: .spellings) {
            spellings = try compact.map { text in
                guard let fact = SpellingFact(compact: text) else {
                    throw ReportFormatError.invalid("document '\(path)': '\(text.prefix(40))' is not a spelling")
                }
                return fact
            }
        }
        suppressions = try container.decodeIfPresent([SuppressionFact].self, forKey: .suppressions)
        termSpellings = try container.decodeIfPresent([TermSpelling].self, forKey: .termSpellings)
        sectionsByContent = try container.decodeIfPresent([SectionByContent].self, forKey: .sectionsByContent)
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

extension DecodingError {
    /// What is wrong, and where in the JSON (`documents[3].sections`), for error messages.
    package var problem: String {
        func place(_ path: [any CodingKey]) -> String {
            var text = ""
            for key in path {
                if let index = key.intValue { text += "[\(index)]" } else { text += (text.isEmpty ? "" : ".") + key.stringValue }
            }
            return text.isEmpty ? "the top level" : text
        }
        switch self {
        case .keyNotFound(let key, let context):
            return "\(place(context.codingPath + [key])) is missing"
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "\(place(context.codingPath)): \(context.debugDescription)"
        case .dataCorrupted(let context):
            let reason = context.underlyingError.map { " (\($0))" } ?? ""
            return context.codingPath.isEmpty
                ? "invalid JSON: \(context.debugDescription)\(reason)"
                : "\(place(context.codingPath)): \(context.debugDescription)"
        @unknown default:
            return "invalid JSON"
        }
    }
}
