import LearnLintCore

/// One named heuristic of the pairing kind. Each decides one thing about a unit — that it is
/// solved, that it may not be reported, that something is no unit at all — and each can be
/// switched off (`disable:` in rules.yaml, and the ablation of `make eval-pairing`).
/// Its examples (PairingHeuristicExamples.swift) run as tests and `learnlint explain` prints them.
public enum PairingHeuristic: String, Sendable, CaseIterable, Comparable {
    // MARK: Solving: the challenge has its solution.
    case solutionWord = "solution-word"
    case inlineSolutionLabel = "inline-solution-label"
    case actionClause = "action-clause"
    case outcomeClause = "outcome-clause"
    case arrowOutcome = "arrow-outcome"
    case promisedOutcome = "promised-outcome"
    case promisedAnswer = "promised-answer"
    case storyLabel = "story-label"
    case nestedSolution = "nested-solution"
    case tableAnswer = "table-answer"
    case doneSymbol = "done-symbol"
    case summaryParagraph = "summary-paragraph"
    case proseFollowUp = "prose-follow-up"
    // MARK: Reading words: what a cue means.
    case negation = "negation"
    case unfinishedNeedsDenial = "unfinished-needs-denial"
    case attitudeVerb = "attitude-verb"
    // MARK: Units: what is no challenge and no solution.
    case placeholder = "placeholder"
    case emptySolutionLabel = "empty-solution-label"
    case pointsElsewhere = "points-elsewhere"
    case labelWithList = "label-with-list"
    // MARK: Reporting: an unsolved challenge too ambiguous to report.
    case terseTitle = "terse-title"
    case terseStory = "terse-story"
    case codeInStory = "code-in-story"
    case endsWithoutDifficulty = "ends-without-difficulty"
    case vagueProse = "vague-prose"
    case unlabelledHeading = "unlabelled-heading"

    /// What the heuristic decides when it fires.
    public enum Effect: String, Sendable {
        case solves, reads, drops, withholds
    }

    public var effect: Effect {
        switch self {
        case .solutionWord, .inlineSolutionLabel, .actionClause, .outcomeClause, .arrowOutcome, .promisedOutcome,
            .promisedAnswer, .storyLabel, .nestedSolution, .tableAnswer, .doneSymbol, .summaryParagraph, .proseFollowUp:
            return .solves
        case .negation, .unfinishedNeedsDenial, .attitudeVerb: return .reads
        case .placeholder, .emptySolutionLabel, .pointsElsewhere, .labelWithList: return .drops
        case .terseTitle, .terseStory, .codeInStory, .endsWithoutDifficulty, .vagueProse, .unlabelledHeading:
            return .withholds
        }
    }

    /// One sentence: when it fires and what follows.
    public var summary: String {
        switch self {
        case .solutionWord: return "A `then` word that no negation denies names the solution (\"I resolved it\")."
        case .inlineSolutionLabel: return "A solution label later in the text (\"… **Solution:** …\") holds the solution."
        case .actionClause:
            return "A later clause reports what the author did (\"I pinned the versions\", \"By reading the docs\", \"Use a bridge network\")."
        case .outcomeClause: return "A clause credits something with the outcome (\"pairing helped\", \"practice paid off\")."
        case .arrowOutcome: return "The text after an arrow (`Slow queries → indexes`) names no difficulty: it is the outcome."
        case .promisedOutcome:
            return "Under a title promising solutions, a story of two sentences whose last names no challenge ends in its solution."
        case .promisedAnswer:
            return "Under a title promising solutions, a titled bullet's body or a story line naming no difficulty is the answer."
        case .storyLabel: return "A story line opening with a solution column's word (`Lesson:`, `Outcome:`) answers the challenge."
        case .nestedSolution: return "A labelled solution inside a challenge's story solves it."
        case .tableAnswer: return "A table row's solution cell says something (not empty, `-`, `TBD`)."
        case .doneSymbol: return "A ✅ with no challenge before it marks a challenge done, solved."
        case .summaryParagraph:
            return "A paragraph after the challenges naming a solution (\"I solved all of these by …\") solves them all."
        case .proseFollowUp: return "In prose, a later paragraph that carries a solution solves the challenge above it."
        case .negation:
            return "A cue after not / no / never / n't says the opposite: \"not solved yet\" solves nothing, \"no major challenges\" names none."
        case .unfinishedNeedsDenial:
            return "`unfinished` words (still, yet) name a difficulty only in a clause that also denies (\"I still don't get it\")."
        case .attitudeVerb:
            return "A past tense followed by an infinitive (\"I hesitated to ask\", \"wanted to\") is an attitude, not an action."
        case .placeholder: return "Template text (`[e.g., describe a challenge]`, `<describe …>`, `TBD`) is no challenge and no solution."
        case .emptySolutionLabel: return "A solution label with nothing after it (`**Solution:**`, `Solution: TBD`) is no solution."
        case .pointsElsewhere:
            return "A sentence saying the solutions are elsewhere (\"described in the next section\") is no solution."
        case .labelWithList:
            return "A label paragraph followed by a list (`**Challenge:**` then bullets) is one unit the list elaborates."
        case .terseTitle:
            return "A bold-titled bullet whose body names no difficulty (\"**Scaling**: a load balancer\") may be its own answer: not reported."
        case .terseStory:
            return "A story line naming neither a difficulty nor a solution may be a terse answer: the challenge is not reported."
        case .codeInStory: return "Code under a challenge usually shows the fix (or the error): the challenge is not reported."
        case .endsWithoutDifficulty:
            return "A bullet whose story goes on past its first sentence and ends naming no difficulty is not reported."
        case .vagueProse: return "Prose is reported only when it names a challenge in a single sentence."
        case .unlabelledHeading: return "An unlabelled sub-heading may be an overview: counted, never reported."
        }
    }

    public static func < (lhs: PairingHeuristic, rhs: PairingHeuristic) -> Bool {
        let all = PairingHeuristic.allCases
        return (all.firstIndex(of: lhs) ?? 0) < (all.firstIndex(of: rhs) ?? 0)
    }
}

/// The heuristics one rule runs: all but those its `disable:` list switches off.
struct PairingHeuristicSet: Sendable {
    let disabled: Set<PairingHeuristic>

    init(disabled: Set<PairingHeuristic> = []) {
        self.disabled = disabled
    }

    func isOn(_ heuristic: PairingHeuristic) -> Bool { !disabled.contains(heuristic) }

    /// Reads `disable: [name, …]`; an unknown name is a located error suggesting the closest one.
    static func read(_ node: YAMLNode?) throws(ConfigurationError) -> PairingHeuristicSet {
        guard let node else { return PairingHeuristicSet() }
        var disabled: Set<PairingHeuristic> = []
        let names = PairingHeuristic.allCases.map(\.rawValue)
        for item in try node.list() {
            let name = try item.string().trimmed
            guard let heuristic = PairingHeuristic(rawValue: name) else {
                let hint = Suggestion.closest(to: name, in: names).map { "; did you mean '\($0)'?" } ?? ""
                throw .invalid(item.location, "unknown pairing heuristic '\(name)'\(hint)")
            }
            disabled.insert(heuristic)
        }
        return PairingHeuristicSet(disabled: disabled)
    }
}
