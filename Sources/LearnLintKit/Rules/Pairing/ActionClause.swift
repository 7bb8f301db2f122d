/// Recognises a clause that reports something the author did — the way a solution is usually
/// told when no keyword names it: "I improved my tests by …", "We switched to …", "Pinned the
/// container versions", "By reading the docs …".
///
/// It only ever makes a challenge count as solved (it never causes a finding), so it leans
/// generous: a false match costs a missed finding, never a false one.
enum ActionClause {
    static func reportsAction(_ clause: String) -> Bool {
        var tokens = PairingText.words(in: clause)
        while let first = tokens.first, connectors.contains(first), tokens.count > 1 { tokens.removeFirst() }
        guard let first = tokens.first else { return false }
        if first == "by", tokens.count > 1, tokens[1].hasSuffix("ing") { return true }
        if reportsOutcome(tokens) { return true }
        if subjects.contains(first) {
            var rest = tokens.dropFirst()
            var now = false
            while let word = rest.first, adverbs.contains(word) {
                now = now || word == "now"
                rest = rest.dropFirst()
            }
            guard let verb = rest.first else { return false }
            // "I did not …" reports no action; "I did the tutorial twice" does.
            if verb == "did" { return rest.dropFirst().first.map { $0 != "not" && $0 != "nothing" } ?? false }
            // "I now store dates in UTC", "I use WSL2 now": the present tense of a habit that replaced
            // the problem is how non-native and casual writers tell the solution.
            return now || isPastAction(verb) || irregularActions.contains(verb) || imperatives.contains(verb)
        }
        return isPastAction(first) || imperatives.contains(first)
    }

    /// "Joining a study group helped me", "what helped was …": a clause that credits something with
    /// the outcome, wherever its verb stands (not after a negation: "nothing helped").
    private static func reportsOutcome(_ tokens: [String]) -> Bool {
        for (index, word) in tokens.enumerated() where outcomes.contains(word) {
            let before = tokens[max(0, index - 2)..<index]
            if !before.contains(where: { ["not", "nothing", "never", "no"].contains($0) || $0.hasSuffix("n't") }) {
                return true
            }
        }
        return false
    }

    private static let outcomes: Set<String> = ["helped", "helps"]

    /// A regular past tense that reports doing something (not "struggled", "failed", "needed").
    private static func isPastAction(_ word: String) -> Bool {
        shortPastActions.contains(word) || (word.count >= 5 && word.hasSuffix("ed") && !notActions.contains(word))
    }

    /// Past tenses too short for the `-ed` rule that still open a solution: "… - used eager mode in tests".
    /// Irregular ones too ("Understanding GraphQL: built the same API twice"), except those that as
    /// often tell the problem ("broke", "found it hard", "kept failing", "spent hours").
    private static let shortPastActions: Set<String> = [
        "used", "made", "ran", "set", "put", "wrote", "read", "built", "rebuilt", "rewrote", "drew", "chose", "took",
        "learnt", "split", "sought",
    ]

    /// Words before the subject that leave the clause an action: "…, which I learned by breaking it".
    private static let connectors: Set<String> = [
        "so", "then", "eventually", "finally", "later", "afterwards", "ultimately", "thus", "hence", "and", "but",
        "which", "until", "once", "after",
    ]
    private static let subjects: Set<String> = ["i", "we", "i've", "we've", "i'd"]
    private static let adverbs: Set<String> = [
        "then", "finally", "eventually", "also", "later", "ultimately", "quickly", "just", "simply", "now", "successfully",
    ]
    /// Irregular past tenses that, after "I" or "we", report an action taken.
    private static let irregularActions: Set<String> = [
        "overcame", "built", "rebuilt", "wrote", "rewrote", "read", "made", "set", "split", "broke", "sought", "learnt",
        "chose", "ran", "spent", "went", "understood", "began", "drew", "redrew", "fought", "taught", "took", "found",
        "gave", "kept",
    ]
    /// Verbs that open a terse solution as an instruction or a gerund ("Use a bridge network",
    /// "Using a lock in Redis"), the way nested solution bullets are often written; after "I" or
    /// "we" they are a present-tense report ("I use WSL2", "I make a schedule").
    private static let imperatives: Set<String> = [
        "use", "using", "add", "adding", "switch", "switching", "pin", "pinning", "configure", "configuring",
        "enable", "enabling", "install", "installing", "implement", "implementing", "create", "creating", "move",
        "moving", "cache", "caching", "wrap", "wrapping", "replace", "replacing", "upgrade", "upgrading", "refactor",
        "refactoring", "introduce", "introducing", "set", "setting", "split", "splitting", "adopt", "adopting",
        "rewrite", "rewriting", "automate", "automating", "document", "documenting", "increase", "increasing",
        "reduce", "reducing", "isolate", "isolating", "batch", "batching", "migrate", "migrating", "retry",
        "retrying", "leverage", "leveraging", "utilize", "utilizing", "utilise", "utilising", "apply", "applying",
        "break", "breaking", "read", "reading", "ask", "asking", "practice", "practicing", "practise", "practising",
        "study", "studying", "follow", "following", "consult", "consulting", "watch", "watching", "run", "running", "take", "taking",
        "join", "joining", "make", "making", "turn", "turning",
    ]

    /// Past tenses that describe the difficulty or an attempt rather than what solved it.
    private static let notActions: Set<String> = [
        "struggled", "failed", "faced", "encountered", "experienced", "needed", "wanted", "tried", "noticed",
        "realized", "realised", "wondered", "worried", "panicked", "crashed", "confused", "stumbled", "started",
        "attempted", "hoped", "expected", "assumed", "underestimated", "lacked", "missed", "required", "lagged",
        "stalled", "timed", "blocked", "limited", "stuck", "suffered", "wasted", "doubted", "overwhelmed",
        "frustrated", "puzzled", "confronted", "dreaded", "feared", "slowed", "exceeded", "caused", "produced",
        "returned", "raised", "thrown", "showed", "appeared", "occurred", "happened", "seemed", "involved",
        "included", "affected", "exposed", "mixed", "shared", "based", "related", "advanced", "complicated",
        "outdated", "nested", "unexpected", "undocumented", "unrelated", "repeated", "scattered",
    ]
}
