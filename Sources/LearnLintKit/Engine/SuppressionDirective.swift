/// One `<!-- learnlint-… -->` comment: what it does, to which rules, and where it is.
public struct SuppressionDirective: Sendable, Hashable {
    /// The four comment forms DESIGN.md names.
    public enum Action: String, Sendable, CaseIterable {
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

extension SuppressionDirective {
    /// The key under which `DocumentFacts.extra` holds a document's directives.
    public static let factsKey = "suppressions"

    /// A directive as a `documents[].suppressions[]` entry; keys are sorted so a JSON round trip keeps the bytes.
    func json(pending: [String]) -> JSONValue {
        .object([
            "action": .string(action.rawValue), "column": .int(range.start.column), "end_column": .int(range.end.column),
            "end_line": .int(range.end.line), "line": .int(range.start.line),
            "pending": .array(pending.map(JSONValue.string)), "rules": .array(rules.map(JSONValue.string)),
        ])
    }

    /// Reads the directives (and their keys still waiting for corpus findings) back from facts.
    static func fromFacts(_ facts: DocumentFacts) -> (directives: [SuppressionDirective], pending: [SuppressionUse]) {
        guard let entries = facts.extra[factsKey]?.arrayValue else { return ([], []) }
        var directives: [SuppressionDirective] = []
        var pending: [SuppressionUse] = []
        for entry in entries {
            guard let name = entry["action"]?.stringValue, let action = Action(rawValue: name),
                let line = entry["line"]?.intValue
            else { continue }
            // Facts may come from a shard report: positions are clamped so `line + 1` cannot overflow.
            let range = ShardReportBounds.clamped(
                SourceRange(
                    start: SourcePosition(line: line, column: entry["column"]?.intValue ?? 1),
                    end: SourcePosition(line: entry["end_line"]?.intValue ?? line, column: entry["end_column"]?.intValue ?? 1)))
            let (start, end) = (range.start, range.end)
            let rules = (entry["rules"]?.arrayValue ?? []).compactMap(\.stringValue)
            for key in (entry["pending"]?.arrayValue ?? []).compactMap(\.stringValue) {
                pending.append(SuppressionUse(directive: directives.count, rule: key))
            }
            directives.append(SuppressionDirective(action: action, rules: rules, range: SourceRange(start: start, end: max(start, end))))
        }
        return (directives, pending)
    }
}
