import LearnLintEngine

/// Which rules a coverage run needs, from the formats it writes (see `RuleScope`).
extension CoverageFormat {
    /// Whether the format shows the run's findings (their counts or messages), not only facts.
    public var showsFindings: Bool {
        switch self {
        case .json, .html: return true
        case .text, .markdown, .csv: return false
        }
    }
}

extension RuleScope {
    /// The scope a coverage run needs for these report formats.
    public static func coverage(_ formats: [CoverageFormat]) -> RuleScope {
        formats.contains(where: \.showsFindings) ? .all : .coverageFacts
    }
}
