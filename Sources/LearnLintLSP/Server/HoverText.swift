import LearnLintCore
import LearnLintRules

/// What hovering over a finding shows: the finding, its quick fix, and the rule's own explanation and
/// examples (the same description `learnlint explain` prints).
enum HoverText {
    static func markdown(for finding: Finding, rule: (any Rule)?) -> String {
        var parts = ["**\(finding.rule)** (\(finding.severity.rawValue)): \(finding.message)"]
        if let fix = finding.fix {
            parts.append(fix.replacement.isEmpty ? "Quick fix: remove it." : "Quick fix: `\(fix.replacement)`.")
        }
        guard let rule else { return parts.joined(separator: "\n\n") }
        let description = type(of: rule).description
        parts.append(rule.spec.summary ?? description.summary)
        parts.append(description.rationale)
        if let example = description.triggeringExamples.first {
            parts.append("Example that triggers it (↓ marks the finding):\n\n" + fenced(example))
        }
        if let example = description.nonTriggeringExamples.first {
            parts.append("Example that does not:\n\n" + fenced(example))
        }
        parts.append("More: `learnlint explain \(finding.rule)`")
        return parts.joined(separator: "\n\n")
    }

    /// An example in a Markdown fence longer than any backtick run inside it.
    private static func fenced(_ example: RuleExample) -> String {
        var longest = 0
        var run = 0
        for character in example.markdown {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: max(3, longest + 1))
        let note = example.note.isEmpty ? "" : example.note + "\n\n"
        return note + fence + "markdown\n" + example.markdown + "\n" + fence
    }
}
