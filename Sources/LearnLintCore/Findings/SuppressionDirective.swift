/// One `<!-- learnlint-… -->` comment: what it does, to which rules, and where it is.
public struct SuppressionDirective: Sendable, Hashable {
    /// The four comment forms DESIGN.md names.
    public enum Action: String, Sendable, CaseIterable, Codable {
        case disable
        case enable
        case disableNextLine = "disable-next-line"
        case disableFile = "disable-file"

        /// The word as written in a comment (`learnlint-disable-next-line`).
        public var word: String { SuppressionDirective.prefix + rawValue }
    }

    public static let prefix = "learnlint-"

    public var action: Action
    /// Rule ids named, in the order written; empty means every rule.
    public var rules: [String]
    /// Where each id was written (parallel to `rules`); empty when read back from a report.
    public var ruleRanges: [SourceRange]
    /// The whole comment.
    public var range: SourceRange

    public init(action: Action, rules: [String], ruleRanges: [SourceRange] = [], range: SourceRange) {
        self.action = action
        self.rules = rules
        self.ruleRanges = ruleRanges
        self.range = range
    }

    /// The rule keys this directive covers: its ids, or `*` for every rule.
    public var keys: [String] { rules.isEmpty ? [Suppressions.everyRule] : rules }

    /// The directive as a reader would write it (`learnlint-disable-next-line a, b`).
    public var written: String {
        rules.isEmpty ? action.word : action.word + " " + rules.joined(separator: ", ")
    }
}

/// A comment that starts like a directive but names no known form (`learnlint-disable-line`).
public struct UnknownSuppressionDirective: Sendable, Hashable {
    public var word: String
    public var range: SourceRange
}

/// A directive's key that no finding has used yet, as carried to the corpus stage.
public struct SuppressionUse: Sendable, Hashable {
    /// Index of the directive in its document's list.
    public var directive: Int
    /// A rule id, or `Suppressions.everyRule`.
    public var rule: String

    public init(directive: Int, rule: String) {
        self.directive = directive
        self.rule = rule
    }
}

// MARK: - Facts (shard reports carry them so `merge` can apply them to corpus findings)

/// A document's suppression comment as its facts record it (`documents[].suppressions[]`), with the
/// keys still waiting for corpus findings.
public struct SuppressionFact: Sendable, Hashable, Codable {
    public var action: SuppressionDirective.Action
    public var line: Int
    public var column: Int
    public var endLine: Int
    public var endColumn: Int
    /// Rule keys only a corpus finding could use, settled after the corpus stage.
    public var pending: [String]
    public var rules: [String]

    public init(_ directive: SuppressionDirective, pending: [String]) {
        action = directive.action
        line = directive.range.start.line
        column = directive.range.start.column
        endLine = directive.range.end.line
        endColumn = directive.range.end.column
        self.pending = pending
        rules = directive.rules
    }

    /// The directive again (without the ranges of its ids, which reports do not keep).
    public var directive: SuppressionDirective {
        let start = SourcePosition(line: line, column: column)
        let end = SourcePosition(line: endLine, column: endColumn)
        return SuppressionDirective(action: action, rules: rules, range: SourceRange(start: start, end: max(start, end)))
    }

    /// The entry as a report writes it; keys sorted, as they always were.
    public var json: JSONValue {
        .object([
            "action": .string(action.rawValue), "column": .int(column), "end_column": .int(endColumn),
            "end_line": .int(endLine), "line": .int(line), "pending": .array(pending.map(JSONValue.string)),
            "rules": .array(rules.map(JSONValue.string)),
        ])
    }

    enum CodingKeys: String, CodingKey {
        case action, line, column, pending, rules
        case endLine = "end_line"
        case endColumn = "end_column"
    }

    /// Only `action` and `line` are required; the rest default as a one-position directive for every rule.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        action = try container.decode(SuppressionDirective.Action.self, forKey: .action)
        line = try container.decode(Int.self, forKey: .line)
        column = try container.decodeIfPresent(Int.self, forKey: .column) ?? 1
        endLine = try container.decodeIfPresent(Int.self, forKey: .endLine) ?? line
        endColumn = try container.decodeIfPresent(Int.self, forKey: .endColumn) ?? column
        pending = try container.decodeIfPresent([String].self, forKey: .pending) ?? []
        rules = try container.decodeIfPresent([String].self, forKey: .rules) ?? []
    }
}

extension SuppressionDirective {
    /// Reads the directives (and their keys still waiting for corpus findings) back from facts.
    package static func fromFacts(_ facts: DocumentFacts) -> (directives: [SuppressionDirective], pending: [SuppressionUse]) {
        var directives: [SuppressionDirective] = []
        var pending: [SuppressionUse] = []
        for fact in facts.suppressions ?? [] {
            for key in fact.pending { pending.append(SuppressionUse(directive: directives.count, rule: key)) }
            // Facts may come from a shard report: positions are clamped so `line + 1` cannot overflow.
            var directive = fact.directive
            directive.range = ShardReportBounds.clamped(directive.range)
            directives.append(directive)
        }
        return (directives, pending)
    }
}
