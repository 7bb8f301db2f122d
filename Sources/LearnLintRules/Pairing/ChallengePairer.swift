/// Pairs the challenges and solutions of one section, in document order.
///
/// Consecutive challenges followed by consecutive solutions form a block. Within a block, the
/// unsolved challenges take the solutions in order; a single solution right after several
/// challenges belongs to the one it follows (alternating bullets with one solution missing).
/// More solutions than challenges are further steps of the last challenge; solutions before any
/// challenge have none. A summary paragraph solves every challenge above it.
enum ChallengePairer {
    struct Outcome: Sendable {
        /// Indices of the units that are challenges, in order.
        var challenges: [Int] = []
        /// Indices of the challenges that have a solution.
        var paired: Set<Int> = []
        /// Indices of solutions that follow no challenge.
        var orphans: [Int] = []
        /// Separate solutions beyond the number of challenges (split sections whose counts differ).
        var surplus: [Int] = []
    }

    /// The last structural step before judging: a bare ✅ with no challenge before it marks a
    /// challenge as done ("✅ Docker networking"), and a summary paragraph adds its evidence to
    /// every challenge above it.
    static func settle(_ input: [PairingUnit]) -> [PairingUnit] {
        var units = input
        var seenChallenge = false
        for index in units.indices {
            if units[index].kind == .challenge { seenChallenge = true }
            if units[index].kind == .solution, units[index].format == .symbol, !seenChallenge {
                var done = PairingUnit(
                    kind: .challenge, format: .symbol, range: units[index].range, text: units[index].text,
                    evidence: [.doneSymbol])
                done.separate = units[index].separate
                units[index] = done
                seenChallenge = true
            }
        }
        for index in units.indices where units[index].kind == .summary {
            for earlier in 0..<index where units[earlier].kind == .challenge { units[earlier].evidence.append(.summaryBelow) }
        }
        return units
    }

    /// Pairs the settled units, given each one's verdict (same indices).
    static func pair(_ units: [PairingUnit], verdicts: [PairingVerdict]) -> Outcome {
        var outcome = Outcome()
        func solved(_ index: Int) -> Bool { verdicts.indices.contains(index) && verdicts[index].solved }
        outcome.challenges = units.indices.filter { units[$0].kind == .challenge }
        outcome.paired = Set(outcome.challenges.filter(solved))

        var challengeRun: [Int] = []
        var solutionRun: [Int] = []
        func closeBlock() {
            guard !solutionRun.isEmpty else { return }
            if challengeRun.isEmpty {
                outcome.orphans += solutionRun
            } else {
                pairBlock(challengeRun, solutionRun, units: units, solved: solved, outcome: &outcome)
            }
            challengeRun = []
            solutionRun = []
        }
        for index in units.indices {
            switch units[index].kind {
            case .challenge:
                if !solutionRun.isEmpty { closeBlock() }
                challengeRun.append(index)
            case .solution:
                solutionRun.append(index)
            default:
                continue
            }
        }
        closeBlock()
        return outcome
    }

    private static func pairBlock(
        _ challenges: [Int], _ solutions: [Int], units: [PairingUnit], solved: (Int) -> Bool, outcome: inout Outcome
    ) {
        let unsolved = challenges.filter { !solved($0) }
        let separate = solutions.allSatisfy { units[$0].separate }
        if solutions.count == 1, unsolved.count > 1, !separate, let last = unsolved.last {
            outcome.paired.insert(last)
            return
        }
        for (challenge, _) in zip(unsolved, solutions) { outcome.paired.insert(challenge) }
        // Separate sections are paired by order: more solutions than challenges is a count mismatch.
        if separate, solutions.count > challenges.count {
            outcome.surplus = Array(solutions.dropFirst(challenges.count))
        }
    }
}
