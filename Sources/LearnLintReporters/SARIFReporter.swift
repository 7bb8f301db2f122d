import LearnLintCore
import LearnLintEngine
import LearnLintRules

/// SARIF 2.1.0 (Errata 01): one run per invocation, every configured rule described in the driver,
/// results with relative physical locations under `%SRCROOT%`, ready for GitHub code scanning.
///
/// Regions count Unicode code points (`columnKind` on the run), like every other learnlint report.
/// A finding's range includes its last code point while SARIF's `endColumn` is the column after it,
/// hence the `+ 1`; fix ranges already end one past.
public struct SARIFReporter: Reporter {
    public static let schemaURI =
        "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
    /// The base every relative `uri` is resolved against: the checkout root for code scanning.
    public static let uriBaseID = "%SRCROOT%"

    public init() {}

    public func render(_ input: ReportInput) -> String {
        log(input).serialized() + "\n"
    }

    public func log(_ input: ReportInput) -> JSONValue {
        let descriptors = SARIFReporter.descriptors(input)
        let indices = Dictionary(
            descriptors.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { first, _ in first })
        let findings = input.result.findings
        let fingerprints = FindingFingerprint.fingerprints(findings)
        let results = zip(findings, fingerprints).map { finding, fingerprint in
            result(finding, ruleIndex: indices[finding.rule] ?? 0, fingerprint: fingerprint)
        }
        let driver: JSONValue = .object([
            "name": .string(LearnLint.name), "version": .string(LearnLint.version),
            "semanticVersion": .string(LearnLint.version), "rules": .array(descriptors.map(\.json)),
        ])
        let run: JSONValue = .object([
            "tool": .object(["driver": driver]),
            "invocations": .array([.object(["executionSuccessful": .bool(true)])]),
            "columnKind": .string("unicodeCodePoints"),
            "results": .array(results),
            "properties": .object([
                "config": .string(input.configurationSource), "documents": .int(input.result.documents.count),
            ]),
        ])
        return .object([
            "$schema": .string(SARIFReporter.schemaURI), "version": .string("2.1.0"), "runs": .array([run]),
        ])
    }

    /// SARIF's name for a severity (`info` is a `note`).
    public static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .info: return "note"
        }
    }

    /// A path as a URI reference: relative paths stay relative (to `%SRCROOT%`), every byte outside
    /// RFC 3986's unreserved and sub-delimiter sets is percent-encoded (`:` too, which would otherwise
    /// read as a scheme), and absolute paths become `file://` URIs.
    public static func uri(_ path: String) -> (uri: String, base: String?) {
        var encoded = ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"):
                encoded.unicodeScalars.append(Unicode.Scalar(byte))
            case _ where "-._~!$&'()*+,;=@/".utf8.contains(byte):
                encoded.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                encoded += "%" + Padding.digits(byte, radix: 16, uppercase: true, width: 2)
            }
        }
        if path.hasPrefix("/") { return ("file://" + encoded, nil) }
        return (encoded, uriBaseID)
    }

    // MARK: - Rules

    /// One `reportingDescriptor`.
    struct Descriptor {
        var id: String
        var json: JSONValue
    }

    /// Every configured rule (on or off), then `unreadable-document`, then any other rule id a finding uses.
    static func descriptors(_ input: ReportInput) -> [Descriptor] {
        var descriptors: [Descriptor] = input.ruleSet.rules.map { rule in
            let description = type(of: rule).description
            return Descriptor(
                id: rule.id,
                json: descriptor(
                    id: rule.id, kind: description.kind, short: rule.spec.summary ?? description.summary,
                    full: description.rationale, helpText: RuleDocumentation.explain(description, spec: rule.spec),
                    helpMarkdown: RuleDocumentation.markdown(kind: description), enabled: rule.spec.enabled,
                    severity: rule.severity))
        }
        let unreadable = """
            A document that cannot be read, is larger than documents.max_bytes or is not valid UTF-8 is \
            reported as a finding instead of stopping the run; the other documents are still checked.
            """
        descriptors.append(
            Descriptor(
                id: Linter.unreadableRuleID,
                json: descriptor(
                    id: Linter.unreadableRuleID, kind: "document",
                    short: "The document can be read and decoded as UTF-8.",
                    full: unreadable, helpText: unreadable, helpMarkdown: unreadable, enabled: true, severity: .error)))
        for finding in input.result.findings where !descriptors.contains(where: { $0.id == finding.rule }) {
            let text = "Findings of rule \(finding.rule) (kind \(finding.kind))."
            descriptors.append(
                Descriptor(
                    id: finding.rule,
                    json: descriptor(
                        id: finding.rule, kind: finding.kind, short: text, full: text, helpText: text,
                        helpMarkdown: text,
                        enabled: true, severity: finding.severity)))
        }
        return descriptors
    }

    private static func descriptor(
        id: String, kind: String, short: String, full: String, helpText: String, helpMarkdown: String, enabled: Bool,
        severity: Severity
    ) -> JSONValue {
        .object([
            "id": .string(id),
            "shortDescription": .object(["text": .string(short)]),
            "fullDescription": .object(["text": .string(full)]),
            "help": .object(["text": .string(helpText), "markdown": .string(helpMarkdown)]),
            "defaultConfiguration": .object(["enabled": .bool(enabled), "level": .string(level(severity))]),
            "properties": .object(["kind": .string(kind), "tags": .array([.string("learnlint"), .string(kind)])]),
        ])
    }

    // MARK: - Results

    private func result(_ finding: Finding, ruleIndex: Int, fingerprint: String) -> JSONValue {
        var members: [JSONValue.Member] = [
            .init("ruleId", .string(finding.rule)),
            .init("ruleIndex", .int(ruleIndex)),
            .init("level", .string(SARIFReporter.level(finding.severity))),
            .init("message", .object(["text": .string(finding.message)])),
            .init(
                "locations",
                .array([.object(["physicalLocation": physicalLocation(finding.path, region: region(finding.range))])])),
            .init("partialFingerprints", .object([.init(FindingFingerprint.name, .string(fingerprint))])),
        ]
        if !finding.related.isEmpty {
            members.append(
                .init(
                    "relatedLocations",
                    .array(
                        finding.related.enumerated().map { index, related in
                            .object([
                                "id": .int(index + 1),
                                "physicalLocation": physicalLocation(related.path, region: region(related.range)),
                                "message": .object(["text": .string(related.message)]),
                            ])
                        })))
        }
        if let fix = finding.fix {
            let deleted: JSONValue = .object([
                "startLine": .int(fix.range.start.line), "startColumn": .int(fix.range.start.column),
                "endLine": .int(fix.range.end.line), "endColumn": .int(fix.range.end.column),
            ])
            let change: JSONValue = .object([
                "artifactLocation": artifactLocation(finding.path),
                "replacements": .array([
                    .object(["deletedRegion": deleted, "insertedContent": .object(["text": .string(fix.replacement)])])
                ]),
            ])
            members.append(
                .init(
                    "fixes",
                    .array([
                        .object([
                            "description": .object(["text": .string("Replace with “\(fix.replacement)”")]),
                            "artifactChanges": .array([change]),
                        ])
                    ])
                ))
        }
        var properties: [JSONValue.Member] = [.init("kind", .string(finding.kind))]
        if let contributor = finding.contributor { properties.append(.init("contributor", .string(contributor))) }
        let data = finding.data.json
        if !data.isEmptyObject { properties.append(.init("data", data)) }
        members.append(.init("properties", .object(properties)))
        return .object(members)
    }

    private func region(_ range: SourceRange) -> JSONValue {
        .object([
            "startLine": .int(range.start.line), "startColumn": .int(range.start.column),
            "endLine": .int(range.end.line), "endColumn": .int(range.end.column + 1),
        ])
    }

    private func physicalLocation(_ path: String, region: JSONValue) -> JSONValue {
        .object(["artifactLocation": artifactLocation(path), "region": region])
    }

    private func artifactLocation(_ path: String) -> JSONValue {
        let location = SARIFReporter.uri(path)
        var members: [JSONValue.Member] = [.init("uri", .string(location.uri))]
        if let base = location.base { members.append(.init("uriBaseId", .string(base))) }
        return .object(members)
    }
}
