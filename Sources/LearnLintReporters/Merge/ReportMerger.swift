import FoundationEssentials
import LearnLintCore
import LearnLintRules
import LearnLintEngine
import LearnLintConfiguration

/// `learnlint merge`: shard reports (`learnlint/report@1`) → one result, as if the union of their
/// documents had been checked in one run.
///
/// Per-document findings are kept as the shards reported them; corpus-stage findings (corpus rules,
/// unused suppressions settled after the corpus stage: `Linter.isCorpusStageFinding`) are dropped, as
/// each shard saw only part of the corpus, and the corpus stage runs again over the union of the
/// documents' facts. A rule that is a `CorpusRule` must therefore report only from `check(corpus:)`.
/// Coverage (and any other corpus-wide output) can start from `merge(_:linter:)`'s result.
public enum ReportMerger {
    /// One shard report, read and validated.
    public struct ShardReport: Sendable {
        /// Where it was read from (for messages).
        public var source: String
        public var configuration: String?
        public var documents: [DocumentFacts]
        public var findings: [Finding]
        /// `tool.version` of the learnlint that wrote it.
        public var toolVersion: String? = nil
        /// `config_fingerprint`, which shard runs (`check --shard`) record.
        public var configurationFingerprint: String? = nil
    }

    /// Reads and validates a report file.
    public static func read(file path: String) throws(ReportMergeError) -> ShardReport {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw .unreadable(path, reason: FileManager.default.fileExists(atPath: path) ? "cannot read it" : "no such file")
        }
        return try read([UInt8](data), source: path)
    }

    /// Reads and validates a report from its bytes, with `JSONDecoder`, into the run's own types.
    public static func read(_ bytes: [UInt8], source: String) throws(ReportMergeError) -> ShardReport {
        do {
            let file = try JSONDecoder().decode(ShardFile.self, from: Data(bytes))
            return ShardReport(
                source: source, configuration: file.config, documents: try file.documents.map(ShardReportBounds.validate),
                findings: file.findings.map(ShardReportBounds.clamped), toolVersion: file.toolVersion,
                configurationFingerprint: file.configFingerprint)
        } catch let error as ReportFormatError {
            throw .invalid(source, error.description)
        } catch let error as DecodingError {
            throw .invalid(source, error.problem)
        } catch {
            throw .invalid(source, "\(error)")
        }
    }

    /// Unions the shards' documents and per-document findings, then runs the corpus rules again.
    public static func merge(_ reports: [ShardReport], linter: Linter) throws(ReportMergeError) -> LintResult {
        // Findings of corpus kinds are dropped even when this configuration switches the rule off or
        // renames it: they judged a part of the corpus only.
        let corpusKinds = Set(RuleRegistry.kinds.filter { $0 is any CorpusRule.Type }.map { $0.description.kind })
        var firstSource: [String: String] = [:]
        var documents: [DocumentFacts] = []
        var findings: [Finding] = []
        for report in reports {
            try checkCompatible(report, linter: linter)
            for facts in report.documents {
                if let earlier = firstSource[facts.path] {
                    throw .duplicateDocument(facts.path, first: earlier, second: report.source)
                }
                firstSource[facts.path] = report.source
                documents.append(facts)
            }
            findings += report.findings.filter { !corpusKinds.contains($0.kind) && !linter.isCorpusStageFinding($0) }
        }
        documents.sort { $0.path < $1.path }
        findings += linter.corpusFindings(documents)
        findings.sort(by: Finding.reportOrder)
        return LintResult(documents: documents, findings: findings)
    }

    /// A shard must come from this learnlint and, when it records one, this configuration: the corpus
    /// rules run here over its facts, and facts of another version or rule set would be judged wrongly.
    static func checkCompatible(_ report: ShardReport, linter: Linter) throws(ReportMergeError) {
        if let version = report.toolVersion, version != LearnLint.version {
            throw .incompatible(report.source, "it was written by learnlint \(version); this is learnlint \(LearnLint.version)")
        }
        let own = linter.ruleSet.configuration.fingerprint
        if let fingerprint = report.configurationFingerprint, !own.isEmpty, fingerprint != own {
            throw .incompatible(
                report.source,
                "it was checked with another configuration (fingerprint \(fingerprint); '\(linter.ruleSet.configuration.source)' is \(own))")
        }
    }

    /// Reads every file, then merges them.
    public static func merge(files: [String], linter: Linter) throws(ReportMergeError) -> LintResult {
        var reports: [ShardReport] = []
        for file in files { reports.append(try read(file: file)) }
        return try merge(reports, linter: linter)
    }
}

/// The top level of a `learnlint/report@1` file, checked in reading order: the schema first, so a
/// report of another kind is named as such before any of its entries is judged.
private struct ShardFile: Decodable {
    var config: String?
    var documents: [DocumentFacts]
    var findings: [Finding]
    var toolVersion: String
    var configFingerprint: String?

    enum CodingKeys: String, CodingKey {
        case schema, config, documents, findings, tool
        case configFingerprint = "config_fingerprint"
    }

    struct Tool: Decodable { var version: String }

    init(from decoder: any Decoder) throws {
        guard let container = try? decoder.container(keyedBy: CodingKeys.self) else {
            throw ReportFormatError.invalid("not a JSON object")
        }
        guard let schema = try? container.decode(String.self, forKey: .schema) else {
            throw ReportFormatError.invalid("no \"schema\" key; expected \"\(JSONReporter.schema)\"")
        }
        guard schema == JSONReporter.schema else {
            throw ReportFormatError.invalid(
                "schema is \"\(schema)\"; expected \"\(JSONReporter.schema)\" (a `learnlint check --format json` report)")
        }
        guard (try? container.nestedUnkeyedContainer(forKey: .documents)) != nil,
            (try? container.nestedUnkeyedContainer(forKey: .findings)) != nil
        else { throw ReportFormatError.invalid("\"documents\" and \"findings\" must both be lists") }
        guard let tool = try? container.decode(Tool.self, forKey: .tool) else {
            throw ReportFormatError.invalid("no \"tool\": {\"version\": …}; cannot tell which learnlint wrote it")
        }
        toolVersion = tool.version
        configFingerprint = try? container.decodeIfPresent(String.self, forKey: .configFingerprint)
        config = try? container.decodeIfPresent(String.self, forKey: .config)
        self.documents = try container.decode([DocumentFacts].self, forKey: .documents)
        self.findings = try container.decode([Finding].self, forKey: .findings)
    }
}

/// Why shard reports cannot be merged; `learnlint merge` prints it and exits 2.
public enum ReportMergeError: Error, Sendable, Equatable, CustomStringConvertible {
    case unreadable(String, reason: String)
    case invalid(String, String)
    case duplicateDocument(String, first: String, second: String)
    case incompatible(String, String)

    public var description: String {
        switch self {
        case .unreadable(let path, let reason): return "\(path): \(reason)"
        case .invalid(let path, let problem): return "\(path): not a valid shard report: \(problem)"
        case .incompatible(let path, let problem):
            return "\(path): cannot be merged: \(problem); check every shard with the same learnlint and rules"
        case .duplicateDocument(let document, let first, let second):
            return "\(second): document '\(document)' is already in \(first) (shards must not overlap)"
        }
    }
}
