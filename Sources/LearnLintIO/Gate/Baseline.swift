import FoundationEssentials
import LearnLintCore

/// `learnlint/baseline@1`: the findings a team accepted on a day, so that only new ones are reported
/// (`--write-baseline FILE`, `--baseline FILE`; see docs/baseline.md).
public struct Baseline: Sendable {
    public static let schema = "learnlint/baseline@1"

    public var entries: [BaselineEntry]

    public init(entries: [BaselineEntry]) {
        self.entries = entries.sorted(by: BaselineEntry.order)
    }

    /// Records a run's findings, fingerprinted against the documents' current text.
    public init(findings: [Finding], lines: FindingLines) {
        self.init(entries: Baseline.entries(for: findings, lines: lines).map(\.entry))
    }

    /// The baseline file's text: stable key order, one entry per finding.
    public func serialized() -> String {
        let document: JSONValue = .object([
            "schema": .string(Baseline.schema),
            "tool": .object(["name": .string(LearnLint.name), "version": .string(LearnLint.version)]),
            "findings": .array(entries.map(\.json)),
        ])
        return document.serialized() + "\n"
    }

    /// Reads a baseline file; `source` names it in errors.
    public static func load(path: String) throws(BaselineError) -> Baseline {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadable(path, FileManager.default.fileExists(atPath: path) ? "permission denied or not a file" : "no such file")
        }
        return try parse(data, source: path)
    }

    public static func parse(_ data: Data, source: String) throws(BaselineError) -> Baseline {
        do {
            return Baseline(entries: try JSONDecoder().decode(BaselineFile.self, from: data).findings)
        } catch let error as BaselineFile.Problem {
            throw .invalid(source, error.text)
        } catch {
            throw .invalid(source, "not JSON")
        }
    }

    /// Each finding with its baseline entry; identical fingerprints are told apart by an occurrence counter.
    package static func entries(for findings: [Finding], lines: FindingLines) -> [(finding: Finding, entry: BaselineEntry)] {
        var counters: [String: Int] = [:]
        var result: [(finding: Finding, entry: BaselineEntry)] = []
        for finding in findings.sorted(by: Finding.reportOrder) {
            let fingerprint = ContentFingerprint.of(finding, lineText: lines.text(path: finding.path, line: finding.range.start.line))
            let counterKey = finding.rule + "\u{0}" + finding.path + "\u{0}" + fingerprint
            let occurrence = (counters[counterKey] ?? 0) + 1
            counters[counterKey] = occurrence
            let entry = BaselineEntry(
                rule: finding.rule, path: finding.path, fingerprint: fingerprint, occurrence: occurrence,
                message: finding.message, line: finding.range.start.line)
            result.append((finding, entry))
        }
        return result
    }
}

/// One accepted finding. `rule`, `path`, `fingerprint` and `occurrence` identify it; `message` and
/// `line` are kept for people reading the file and for "gone" notes only.
public struct BaselineEntry: Sendable, Hashable {
    public var rule: String
    public var path: String
    public var fingerprint: String
    public var occurrence: Int
    public var message: String
    public var line: Int

    public init(rule: String, path: String, fingerprint: String, occurrence: Int, message: String, line: Int) {
        self.rule = rule
        self.path = path
        self.fingerprint = fingerprint
        self.occurrence = occurrence
        self.message = message
        self.line = line
    }

    /// What matching compares.
    public struct Key: Hashable, Sendable {
        public var rule: String
        public var path: String
        public var fingerprint: String
        public var occurrence: Int
    }

    public var key: Key { Key(rule: rule, path: path, fingerprint: fingerprint, occurrence: occurrence) }

    var json: JSONValue {
        .object([
            "path": .string(path), "rule": .string(rule), "fingerprint": .string(fingerprint),
            "occurrence": .int(occurrence), "line": .int(line), "message": .string(message),
        ])
    }

    package static func order(_ a: BaselineEntry, _ b: BaselineEntry) -> Bool {
        (a.path, a.line, a.rule, a.fingerprint, a.occurrence) < (b.path, b.line, b.rule, b.fingerprint, b.occurrence)
    }
}

/// The top level of a baseline file, read with `JSONDecoder`: the schema first, then the entries.
private struct BaselineFile: Decodable {
    struct Problem: Error {
        var text: String
    }

    var findings: [BaselineEntry]

    enum CodingKeys: String, CodingKey { case schema, findings }

    init(from decoder: any Decoder) throws {
        guard let container = try? decoder.container(keyedBy: CodingKeys.self),
            let schema = try? container.decode(String.self, forKey: .schema)
        else { throw Problem(text: "no \"schema\"; expected \"\(Baseline.schema)\"") }
        guard schema == Baseline.schema else { throw Problem(text: "schema \"\(schema)\" is not \"\(Baseline.schema)\"") }
        guard var items = try? container.nestedUnkeyedContainer(forKey: .findings) else {
            throw Problem(text: "no \"findings\" array")
        }
        var entries: [BaselineEntry] = []
        while !items.isAtEnd {
            guard let entry = try? items.decode(BaselineEntry.self) else {
                throw Problem(text: "findings[\(entries.count)] needs \"rule\", \"path\" and \"fingerprint\"")
            }
            entries.append(entry)
        }
        findings = entries
    }
}

extension BaselineEntry: Decodable {
    enum CodingKeys: String, CodingKey { case rule, path, fingerprint, occurrence, message, line }

    /// `rule`, `path` and `fingerprint` are required; `occurrence` defaults to 1.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            rule: try container.decode(String.self, forKey: .rule), path: try container.decode(String.self, forKey: .path),
            fingerprint: try container.decode(String.self, forKey: .fingerprint),
            occurrence: (try? container.decodeIfPresent(Int.self, forKey: .occurrence)) ?? 1,
            message: (try? container.decodeIfPresent(String.self, forKey: .message)) ?? "",
            line: (try? container.decodeIfPresent(Int.self, forKey: .line)) ?? 0)
    }
}

/// A baseline file that cannot be used.
public enum BaselineError: Error, Sendable, Equatable, CustomStringConvertible {
    case unreadable(String, String)
    case invalid(String, String)

    public var description: String {
        switch self {
        case .unreadable(let path, let reason): return "\(path): error: cannot read the baseline: \(reason)"
        case .invalid(let path, let reason): return "\(path): error: not a \(Baseline.schema) file: \(reason)"
        }
    }
}
