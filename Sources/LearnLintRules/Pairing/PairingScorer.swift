import LearnLintCore

/// A unit's verdict and the heuristics that decided it.
struct PairingVerdict: Sendable, Equatable {
    /// The challenge carries its own solution (same bullet, row or paragraph, or its story).
    var solved = false
    /// An unpaired challenge may be reported.
    var reportable = true
    /// Every heuristic that fired on the unit, in the order its evidence came.
    var fired: [PairingHeuristic] = []
}

/// The one judgement of the pairing kind: from a unit's evidence, whether it is solved and
/// whether, unsolved, it may be reported. Each decision is a named heuristic, skipped when the
/// rule switches it off.
struct PairingScorer: Sendable {
    let vocabulary: PairingVocabulary
    /// The section's title names solutions as well as challenges, so its bullets should hold both.
    let solutionsPromised: Bool
    /// A separate solutions section follows: a challenge bullet opens with its problem, so its first
    /// clause is never read as the solution ("Adding a column locked the table").
    var separateSolutions = false

    private var heuristics: PairingHeuristicSet { vocabulary.heuristics }

    func verdict(of unit: PairingUnit) -> PairingVerdict {
        var verdict = PairingVerdict()
        guard unit.kind == .challenge else { return verdict }
        func solve(_ heuristic: PairingHeuristic?) {
            guard let heuristic, heuristics.isOn(heuristic) else { return }
            verdict.solved = true
            verdict.fired.append(heuristic)
        }
        func withhold(_ heuristic: PairingHeuristic) {
            guard heuristics.isOn(heuristic) else { return }
            verdict.reportable = false
            verdict.fired.append(heuristic)
        }
        for evidence in unit.evidence {
            switch evidence {
            case .statement(let text):
                solve(vocabulary.solvingCue(text, statementFirst: true))
            case .titledBody(let title, let body):
                // The difficulty may be named in the title ("**Slow builds**: every run took …").
                let namesDifficulty = vocabulary.mentionsDifficulty(
                    words: (title?.words ?? []) + body.words, clauses: (title?.clauses ?? []) + body.clauses)
                solve(titledBodyCue(title: title, body: body, namesDifficulty: namesDifficulty))
                let hasBody = body.hasContent
                // After a bold title, a body that names no difficulty may itself be the solution.
                if title != nil, hasBody, !namesDifficulty { withhold(.terseTitle) }
                // A story that goes on and ends without a difficulty usually tells how it ended.
                if endsWithoutDifficulty(body) { withhold(.endsWithoutDifficulty) }
            case .story(let text):
                if let cue = storyCue(text) {
                    solve(cue)
                } else if !vocabulary.mentionsDifficulty(text) {
                    withhold(.terseStory)
                }
            case .elaboration(let text):
                solve(vocabulary.solvingCue(text, statementFirst: false))
            case .commentary(let text):
                solve(vocabulary.solvingCue(text, statementFirst: false))
            case .code:
                withhold(.codeInStory)
            case .nestedSolution:
                solve(.nestedSolution)
            case .tableAnswer(let answer):
                if !vocabulary.isPlaceholder(answer.string), !PairingText.isDash(answer.string) { solve(.tableAnswer) }
            case .doneSymbol:
                solve(.doneSymbol)
            case .summaryBelow:
                solve(.summaryParagraph)
            case .prose(let text):
                solve(vocabulary.solvingCue(text, statementFirst: true) ?? (solutionsPromised && tellsProblemThenOutcome(text) ? .promisedOutcome : nil))
                // Prose without a word of difficulty is too vague to report; so is a paragraph that
                // goes on after naming it: its later sentences usually tell how it ended.
                if !vocabulary.mentionsDifficulty(text) || text.capitalSentenceCount > 1 { withhold(.vagueProse) }
            case .proseFollowUp(let text):
                if vocabulary.carriesSolution(text, statementFirst: false) { solve(.proseFollowUp) }
            case .unlabelledHeading:
                withhold(.unlabelledHeading)
            }
        }
        return verdict
    }

    // MARK: - Private helpers

    private func titledBodyCue(title: PairingPassage?, body: PairingPassage, namesDifficulty: Bool) -> PairingHeuristic? {
        if let cue = vocabulary.solvingCue(body, statementFirst: title == nil || separateSolutions) { return cue }
        if solutionsPromised, heuristics.isOn(.promisedOutcome), tellsProblemThenOutcome(body) { return .promisedOutcome }
        let hasBody = body.hasContent
        // "**Scaling:** Horizontal scaling behind a load balancer." under "Challenges and Solutions".
        if solutionsPromised, heuristics.isOn(.promisedAnswer), title != nil, hasBody, !namesDifficulty {
            return .promisedAnswer
        }
        // "Slow queries → added indexes": what follows the arrow is the outcome, titled or not.
        if heuristics.isOn(.arrowOutcome), let after = InlineText.outcomeAfterArrow(body.string),
            !vocabulary.mentionsDifficulty(PairingPassage(after))
        {
            return .arrowOutcome
        }
        return nil
    }

    /// Whether a line of the challenge's story answers it. Under a title that promises solutions,
    /// any story line that does not itself describe a difficulty is taken as the answer.
    private func storyCue(_ text: PairingPassage) -> PairingHeuristic? {
        if let cue = vocabulary.solvingCue(text, statementFirst: false) { return cue }
        if solutionsPromised, heuristics.isOn(.promisedAnswer), !vocabulary.mentionsDifficulty(text) { return .promisedAnswer }
        if heuristics.isOn(.storyLabel), ChallengeTable.answersInStory(text, vocabulary: vocabulary) { return .storyLabel }
        return nil
    }

    /// A story of two sentences or more whose last sentence names no challenge word reads as
    /// problem-then-solution ("EXPLAIN output was confusing. Pairing with a mentor made it click.").
    private func tellsProblemThenOutcome(_ text: PairingPassage) -> Bool {
        guard text.sentenceCount >= 2, let last = text.lastSentence else { return false }
        return !vocabulary.mentionsChallenge(last)
    }

    /// A text of two sentences or more that ends with one naming no difficulty.
    private func endsWithoutDifficulty(_ text: PairingPassage) -> Bool {
        guard text.sentenceCount >= 2, let last = text.lastSentence else { return false }
        return !vocabulary.mentionsDifficulty(last)
    }
}
