import LearnLintCore

/// One entry of `rules:` in rules.yaml, before its kind has validated its parameters.
public struct RuleSpec: Sendable {
    public static let commonKeys = ["id", "kind", "severity", "examples", "description"]

    public var id: String
    public var kind: String
    public var severity: Severity
    /// `severity: off` switches a rule off; it stays known, so overrides and suppressions may name it.
    public var enabled: Bool
    public var summary: String?
    public var location: ConfigLocation
    /// The kind-specific keys, in file order, each with its node.
    public var parameters: [String: YAMLNode]
    /// The order the parameters were written in (for merging and messages).
    public var parameterOrder: [String]
    public var examples: UserExamples?

    public init(
        id: String, kind: String, severity: Severity, enabled: Bool = true, summary: String? = nil,
        location: ConfigLocation, parameters: [String: YAMLNode] = [:], parameterOrder: [String] = [],
        examples: UserExamples? = nil
    ) {
        self.id = id
        self.kind = kind
        self.severity = severity
        self.enabled = enabled
        self.summary = summary
        self.location = location
        self.parameters = parameters
        self.parameterOrder = parameterOrder
        self.examples = examples
    }

    public subscript(parameter: String) -> YAMLNode? { parameters[parameter] }

    /// Rejects parameters the kind does not know, suggesting the closest one.
    public func validateParameters(_ allowed: [RuleParameter]) throws(ConfigurationError) {
        let names = allowed.map(\.name)
        for key in parameterOrder where !names.contains(key) {
            let location = parameters[key]?.location ?? self.location
            throw .unknownKey(location, key, allowed: RuleSpec.commonKeys + names)
        }
    }
}

/// `examples: {valid: [...], invalid: [...]}` on a rule in rules.yaml, checked by `config check`.
public struct UserExamples: Sendable {
    public var valid: [(text: String, location: ConfigLocation)]
    public var invalid: [(text: String, location: ConfigLocation)]

    public init(valid: [(text: String, location: ConfigLocation)], invalid: [(text: String, location: ConfigLocation)]) {
        self.valid = valid
        self.invalid = invalid
    }
}

/// A severity as written in rules.yaml: one of the three, or `off`.
public enum SeveritySetting: Sendable, Equatable {
    case off
    case on(Severity)

    package static func parse(_ node: YAMLNode) throws(ConfigurationError) -> SeveritySetting {
        let text = try node.string().lowercased()
        if text == "off" || text == "false" { return .off }
        guard let severity = Severity(rawValue: text) else {
            throw .invalid(node.location, "severity must be error, warning, info or off, not '\(text)'")
        }
        return .on(severity)
    }
}
