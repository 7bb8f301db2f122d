/// Recognises a clause that reports something the author did — the way a solution is usually
/// told when no keyword names it: "I improved my tests by …", "We switched to …", "Pinned the
/// container versions", "By reading the docs …" (heuristic `action-clause`), or that credits
/// something with the outcome: "joining a study group helped" (`outcome-clause`).
///
/// It only ever makes a challenge count as solved, so it leans generous; but a clause that tells
/// the problem ("…, I broke production", "I hesitated to ask", "I spent two days") is no action.
/// Every word it knows comes from the lexicon.
struct ActionClause: Sendable {
    private let subjects: Set<String>
    private let connectors: Set<String>
    private let turnConnectors: Set<String>
    private let adverbs: Set<String>
    private let habitAdverbs: Set<String>
    private let actionVerbs: Set<String>
    private let pastEndings: [String]
    private let attemptVerbs: Set<String>
    private let infinitiveMarkers: Set<String>
    private let instructions: Set<String>
    private let means: Set<String>
    private let gerundEndings: [String]
    private let outcomes: [[String]]
    private let negations: Set<String>
    private let negationEndings: [String]
    private let heuristics: PairingHeuristicSet

    init(_ lexicon: PairingLexicon, heuristics: PairingHeuristicSet) {
        subjects = lexicon.set("action_subjects")
        connectors = lexicon.set("action_connectors")
        turnConnectors = lexicon.set("turn_connectors")
        adverbs = lexicon.set("action_adverbs")
        habitAdverbs = lexicon.set("habit_adverbs")
        actionVerbs = lexicon.set("action_verbs")
        pastEndings = lexicon.list("past_endings")
        attemptVerbs = lexicon.set("attempt_verbs")
        infinitiveMarkers = lexicon.set("infinitive_markers")
        instructions = lexicon.set("instruction_verbs")
        means = lexicon.set("means")
        gerundEndings = lexicon.list("gerund_endings")
        outcomes = lexicon.list("outcomes").map { PairingText.words(in: $0) }.filter { !$0.isEmpty }
        negations = lexicon.set("negations")
        negationEndings = lexicon.list("negation_endings")
        self.heuristics = heuristics
    }

    /// Which of `action-clause` / `outcome-clause` the clause (its words) satisfies (nil: neither).
    func reports(_ tokens: [String]) -> PairingHeuristic? {
        if heuristics.isOn(.outcomeClause), creditsOutcome(tokens) { return .outcomeClause }
        if heuristics.isOn(.actionClause), reportsAction(tokens) || reportsTurn(tokens) { return .actionClause }
        return nil
    }

    /// `action-clause` for the clause that states the challenge: only an action after a turn
    /// connector inside it counts, since the clause's own opening tells the problem.
    func turnCue(_ clause: [String]) -> PairingHeuristic? {
        heuristics.isOn(.actionClause) && reportsTurn(clause) ? .actionClause : nil
    }

    /// Whether the clause's subject is the author ("I broke production", "but we still couldn't").
    func opensWithSubject(_ clause: [String]) -> Bool {
        var tokens = ArraySlice(clause)
        while let first = tokens.first, connectors.contains(first), tokens.count > 1 { tokens = tokens.dropFirst() }
        return tokens.first.map(subjects.contains) ?? false
    }

    // MARK: - Private helpers

    /// "Timezone bugs were everywhere until we stored everything in UTC": the problem opens the
    /// clause and a turn connector hands over to the author's action, which `reportsAction` then
    /// judges from its subject (so "… so we couldn't deploy" stays no action).
    private func reportsTurn(_ words: [String]) -> Bool {
        guard words.count > 2 else { return false }
        for index in 1..<(words.count - 1) where turnConnectors.contains(words[index]) {
            guard subjects.contains(words[index + 1]) else { continue }
            if reportsAction(Array(words[(index + 1)...])) { return true }
        }
        return false
    }

    private func reportsAction(_ words: [String]) -> Bool {
        var tokens = ArraySlice(words)
        while let first = tokens.first, connectors.contains(first), tokens.count > 1 { tokens = tokens.dropFirst() }
        guard let first = tokens.first else { return false }
        if means.contains(first), tokens.count > 1, gerundEndings.contains(where: { tokens[tokens.startIndex + 1].hasSuffix($0) }) {
            return true
        }
        guard subjects.contains(first) else { return isAction(tokens) || instructions.contains(first) }
        var rest = tokens.dropFirst()
        var habit = false
        while let word = rest.first, adverbs.contains(word) {
            habit = habit || habitAdverbs.contains(word)
            rest = rest.dropFirst()
        }
        guard let verb = rest.first else { return false }
        // "I did not …", "I didn't …": the clause denies the action.
        if let next = rest.dropFirst().first, isNegation(next) { return false }
        if isNegation(verb) { return false }
        // "I now store dates in UTC": the present tense of a habit that replaced the problem.
        return habit || isAction(rest) || instructions.contains(verb)
    }

    /// A past tense that reports doing something: a listed action verb, or a regular past of five
    /// letters or more that is no attempt ("struggled") and opens no infinitive ("hesitated to ask").
    private func isAction(_ tokens: ArraySlice<String>) -> Bool {
        guard let verb = tokens.first else { return false }
        if actionVerbs.contains(verb) { return true }
        guard verb.count >= 5, pastEndings.contains(where: { verb.hasSuffix($0) }), !attemptVerbs.contains(verb) else {
            return false
        }
        if heuristics.isOn(.attitudeVerb), let next = tokens.dropFirst().first, infinitiveMarkers.contains(next) {
            return false
        }
        return true
    }

    /// "Joining a study group helped me", "practice paid off": an outcome phrase anywhere, not
    /// right after a negation ("nothing helped").
    private func creditsOutcome(_ tokens: [String]) -> Bool {
        for index in tokens.indices {
            for phrase in outcomes where index + phrase.count <= tokens.count {
                guard Array(tokens[index..<(index + phrase.count)]) == phrase else { continue }
                let before = tokens[max(0, index - 2)..<index]
                if !before.contains(where: isNegation) { return true }
            }
        }
        return false
    }

    private func isNegation(_ word: String) -> Bool {
        negations.contains(word) || negationEndings.contains { word.hasSuffix($0) }
    }
}
