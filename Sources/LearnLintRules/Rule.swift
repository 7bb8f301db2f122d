import LearnLintCore

/// What every rule kind declares about itself: the one value that feeds `learnlint rules`,
/// `learnlint explain`, `docs/rules.md` and the example tests.
public struct RuleKindDescription: Sendable {
    /// The kind's name in rules.yaml (`kind: sections`).
    public var kind: String
    /// The id of the rule of this kind in the default rules.yaml (`required-sections`).
    public var defaultRuleID: String
    public var summary: String
    public var rationale: String
    public var defaultSeverity: Severity
    public var parameters: [RuleParameter]
    /// A YAML mapping of parameters the examples run with (merged over the rule's own).
    public var exampleConfiguration: String
    public var triggeringExamples: [RuleExample]
    public var nonTriggeringExamples: [RuleExample]

    public init(
        kind: String, defaultRuleID: String, summary: String, rationale: String, defaultSeverity: Severity,
        parameters: [RuleParameter], exampleConfiguration: String = "",
        triggeringExamples: [RuleExample], nonTriggeringExamples: [RuleExample]
    ) {
        self.kind = kind
        self.defaultRuleID = defaultRuleID
        self.summary = summary
        self.rationale = rationale
        self.defaultSeverity = defaultSeverity
        self.parameters = parameters
        self.exampleConfiguration = exampleConfiguration
        self.triggeringExamples = triggeringExamples
        self.nonTriggeringExamples = nonTriggeringExamples
    }
}

/// One parameter a kind accepts in rules.yaml.
public struct RuleParameter: Sendable {
    public var name: String
    public var type: String
    public var defaultValue: String
    public var summary: String

    public init(_ name: String, type: String, default defaultValue: String = "", _ summary: String) {
        self.name = name
        self.type = type
        self.defaultValue = defaultValue
        self.summary = summary
    }
}

/// A Markdown example for a rule. In a triggering example, each `↓` marks where a finding must start
/// (a finding about the whole document is expected at line 1, column 1 when there is no marker).
public struct RuleExample: Sendable {
    public static let marker: Character = "↓"

    public var markdown: String
    public var note: String
    /// Parameters for this example only, as a YAML mapping merged over the kind's example configuration.
    public var configuration: String
    /// Other documents checked alongside, for corpus rules (path, markdown).
    public var corpus: [(path: String, markdown: String)]

    public init(
        _ markdown: String, note: String = "", configuration: String = "",
        corpus: [(path: String, markdown: String)] = []
    ) {
        self.markdown = markdown
        self.note = note
        self.configuration = configuration
        self.corpus = corpus
    }

    /// The markdown without markers, and the positions the markers stood at.
    public var unmarked: (text: String, markers: [SourcePosition]) {
        var text = ""
        var markers: [SourcePosition] = []
        var line = 1
        var column = 1
        for character in markdown {
            if character == RuleExample.marker {
                markers.append(SourcePosition(line: line, column: column))
                continue
            }
            text.append(character)
            if character == "\n" {
                line += 1
                column = 1
            } else {
                column += character.unicodeScalars.count
            }
        }
        return (text, markers)
    }
}

/// A configured rule: an instance of a kind with an id and a severity.
public protocol Rule: Sendable {
    static var description: RuleKindDescription { get }
    /// Builds the rule from its rules.yaml entry, rejecting bad parameters with their location.
    init(spec: RuleSpec, catalog: SectionCatalog) throws(ConfigurationError)
    var spec: RuleSpec { get }
}

extension Rule {
    public var id: String { spec.id }
    public var severity: Severity { spec.severity }
    public var kind: String { Self.description.kind }

    /// A finding of this rule, with the rule's id, kind and severity filled in.
    public func finding(
        _ message: String, in context: RuleContext, at range: SourceRange,
        data: FindingData = FindingData(), fix: Fix? = nil, related: [RelatedLocation] = []
    ) -> Finding {
        Finding(
            rule: id, kind: kind, severity: severity, message: message, path: context.document.path, range: range,
            contributor: context.contributor, data: data, fix: fix, related: related)
    }
}

/// A rule that looks at one document at a time.
public protocol DocumentRule: Rule {
    /// Checks one document; may record per-document facts that reports and corpus rules use.
    func check(_ context: RuleContext, facts: inout DocumentFacts) -> [Finding]
}

/// A rule that looks across the corpus, from per-document facts only (never whole texts).
public protocol CorpusRule: Rule {
    func check(corpus: [DocumentFacts]) -> [Finding]
}

/// What a document rule sees: the document, its contributor, and where each configured section is.
public struct RuleContext: Sendable {
    public let document: Document
    public let contributor: String?
    /// Section id → indices into `document.sections` (first match first).
    public let sections: [String: [Int]]
    /// Section id → a bold label (`**Challenges:** …`) standing in for a section no heading matched.
    public let labels: [String: SourceRange]

    public init(document: Document, contributor: String?, sections: [String: [Int]], labels: [String: SourceRange] = [:]) {
        self.document = document
        self.contributor = contributor
        self.sections = sections
        self.labels = labels
    }
}
