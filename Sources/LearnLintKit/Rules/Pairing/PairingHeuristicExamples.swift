/// Triggering and non-triggering examples of each pairing heuristic: small challenges sections.
/// A heuristic *fires* on an example when switching it off changes what the rule concludes
/// (challenges counted, paired, or reported); the tests check both lists, `explain` prints them.
enum PairingHeuristicExamples {
    struct Example: Sendable {
        var markdown: String
        var fires: Bool
    }

    static func examples(of heuristic: PairingHeuristic) -> [Example] {
        (triggering[heuristic] ?? []).map { Example(markdown: $0, fires: true) }
            + (nonTriggering[heuristic] ?? []).map { Example(markdown: $0, fires: false) }
    }

    static let triggering: [PairingHeuristic: [String]] = [:]
    static let nonTriggering: [PairingHeuristic: [String]] = [:]
}
