import LearnLintCore

/// Whether a unit of text states a challenge or its solution.
enum PairingRole: Sendable, Equatable {
    case challenge, solution
}

/// A label at the start of a line or title: `**Challenge 2:**`, `Fix -`, `✅`, `### Solutions`.
struct PairingLabel: Sendable, Equatable {
    var role: PairingRole
    /// A plural label with nothing after it (`Challenges`, `**Solutions:**`): it heads a group
    /// of units rather than being one.
    var isContainer: Bool
    /// A bare symbol (`✅ …`) rather than a word.
    var isSymbol: Bool
    /// The text after the label.
    var remainder: EmphasizedText
}

/// The lexicon's keyword lists and every judgement of words made with them: labels, cues of
/// difficulty and of solution, negation, placeholders. It reads words only as `PairingPassage`
/// derived them (through `PairingText`'s one splitter), so pairing can move onto a shared text
/// analysis without touching the heuristics.
struct PairingVocabulary: Sendable {
    let lexicon: PairingLexicon
    let heuristics: PairingHeuristicSet
    let first: [PairingKeyword]
    let then: [PairingKeyword]
    let actions: ActionClause
    private let firstIndex: PairingKeywordIndex
    private let thenIndex: PairingKeywordIndex
    private let difficultyIndex: PairingKeywordIndex
    private let unfinishedIndex: PairingKeywordIndex
    private let pointerIndex: PairingKeywordIndex
    private let negations: Set<String>
    private let negationEndings: [String]
    private let negationFillers: Set<String>
    private let placeholders: Set<String>
    private let closingTitles: Set<String>
    let solutionHeaders: Set<String>
    let storyLabels: Set<String>
    /// Bytes a symbol keyword may start with (see `symbolRole`), and the symbols in list order.
    private let symbolHeadBytes: Set<UInt8>
    private let symbols: [(role: PairingRole, symbol: String)]

    init(lexicon: PairingLexicon = .english, heuristics: PairingHeuristicSet = PairingHeuristicSet()) {
        self.lexicon = lexicon
        self.heuristics = heuristics
        let morphology = PairingMorphology(lexicon)
        self.first = lexicon.first.map { PairingKeyword($0, morphology: morphology) }
        self.then = lexicon.then.map { PairingKeyword($0, morphology: morphology) }
        self.firstIndex = PairingKeywordIndex(self.first)
        self.thenIndex = PairingKeywordIndex(self.then)
        self.difficultyIndex = PairingKeywordIndex(lexicon.list("difficulty").map { PairingKeyword($0, morphology: morphology) })
        self.unfinishedIndex = PairingKeywordIndex(lexicon.list("unfinished").map { PairingKeyword($0) })
        self.pointerIndex = PairingKeywordIndex(lexicon.list("pointers").map { PairingKeyword($0) })
        self.negations = lexicon.set("negations")
        self.negationEndings = lexicon.list("negation_endings")
        self.negationFillers = lexicon.set("negation_fillers")
        self.placeholders = Set(lexicon.list("placeholders").map(TitleNormalizer.normalize))
        self.closingTitles = lexicon.set("closing_titles")
        self.solutionHeaders = Set(lexicon.list("solution_headers").map(TitleNormalizer.normalize))
        self.storyLabels = Set(lexicon.list("story_labels").map(TitleNormalizer.normalize))
        self.actions = ActionClause(lexicon, heuristics: heuristics)
        let symbols = self.first.compactMap { $0.symbol.map { (PairingRole.challenge, $0) } }
            + self.then.compactMap { $0.symbol.map { (PairingRole.solution, $0) } }
        self.symbols = symbols.filter { !$0.1.isEmpty }.map { (role: $0.0, symbol: $0.1) }
        // A byte can open a symbol match when it is the symbol's first byte, or when it alone is a
        // character equal to the symbol's first one (String comparison is canonical).
        var heads: Set<UInt8> = []
        for (_, symbol) in self.symbols {
            if let byte = symbol.utf8.first { heads.insert(byte) }
            for byte in UInt8(0)..<0x80 where symbol.first == Character(Unicode.Scalar(byte)) { heads.insert(byte) }
        }
        self.symbolHeadBytes = heads
    }

    // MARK: - Labels

    /// The label a line or title starts with, if any. Leading numbering, emoji and bullets are
    /// skipped; a word label must be followed by a number, a delimiter (`:`, `-`, `)`, the end of
    /// its bold run) or the end of the text, so "Problems with Docker" is no label.
    func label(atStartOf line: EmphasizedText) -> PairingLabel? {
        let text = Substring(line.text)
        var rest = text
        var leadingSymbol: PairingRole?
        var skipped = 0
        while let character = rest.first, skipped < 12 {
            // Usual case: an ASCII letter that no symbol starts with, followed by ASCII (so it is a
            // whole `Character`): the label, if any, starts here.
            if startsWithPlainASCIILetter(rest) { break }
            if let role = symbolRole(atStartOf: rest) {
                leadingSymbol = leadingSymbol ?? role
                rest = rest.drop { !$0.isWhitespace && !$0.isLetter && !$0.isNumber }
            } else if character.isLetter {
                break
            } else if character.isNumber {
                // "1. Challenge: …" — numbering before the label.
                let digits = rest.prefix { $0.isNumber }
                let after = rest.dropFirst(digits.count)
                guard let mark = after.first, mark == "." || mark == ")" else { return symbolLabel(leadingSymbol, rest, in: line) }
                rest = after.dropFirst()
            } else {
                rest = rest.dropFirst()
            }
            skipped += 1
        }
        if let word = wordLabel(rest, in: line) { return word }
        return symbolLabel(leadingSymbol, rest, in: line)
    }

    /// The roles a title speaks of ("Challenges Faced and Solutions Implemented" speaks of both).
    func titleRoles(_ title: String) -> (challenge: Bool, solution: Bool) {
        let tokens = PairingText.words(in: title)
        return (contains(firstIndex, in: tokens, negatable: false), contains(thenIndex, in: tokens, negatable: false))
    }

    // MARK: - Cues in running text

    /// Whether the text names a challenge ("was difficult", "I struggled with").
    func mentionsChallenge(_ text: PairingPassage) -> Bool {
        contains(firstIndex, in: text.words, negatable: false)
    }

    /// Whether the text reads as a problem statement: a `first` keyword or a word of `difficulty`
    /// ("could not", "failed", "slow", "flaky"), or an `unfinished` word in a clause that denies
    /// ("I still don't understand it"). Only then is an unlabelled bullet without a solution reported.
    func mentionsDifficulty(_ text: PairingPassage) -> Bool {
        mentionsDifficulty(words: text.words, clauses: text.clauses)
    }

    /// `mentionsDifficulty` of a text of these words and clauses.
    func mentionsDifficulty(words tokens: [String], clauses: [[String]]) -> Bool {
        // "No major challenges" names none.
        if contains(firstIndex, in: tokens, negatable: true) { return true }
        if contains(difficultyIndex, in: tokens, negatable: true) { return true }
        // Most texts hold no `unfinished` word: only those are split into clauses.
        guard contains(unfinishedIndex, in: tokens, negatable: false) else { return false }
        guard heuristics.isOn(.unfinishedNeedsDenial) else { return true }
        // "Queries still finish in 3 ms", "simple yet effective": the story is not over only when
        // the clause opens with the word ("Still behind on two projects") or denies ("not solved yet").
        return clauses.contains { words in
            unfinishedIndex.matches(words, at: 0)
                || (contains(unfinishedIndex, in: words, negatable: false) && words.contains(where: isNegation))
        }
    }

    /// Whether the text names a solution: a `then` keyword that is not negated ("not yet solved").
    func mentionsSolution(_ text: PairingPassage) -> Bool {
        heuristics.isOn(.solutionWord) && contains(thenIndex, in: text.words, negatable: true)
    }

    /// The heuristic by which the text carries a solution, if any: a `then` keyword, a later label
    /// of the solution role ("… Solution: …"), or a clause that reports an action or credits an
    /// outcome. `statementFirst`: the text opens with the challenge itself, so its first clause is
    /// not a solution.
    func solvingCue(_ text: PairingPassage, statementFirst: Bool) -> PairingHeuristic? {
        if pointsElsewhere(text) { return nil }
        if mentionsSolution(text) { return .solutionWord }
        if heuristics.isOn(.inlineSolutionLabel), hasInlineSolutionLabel(text.text) { return .inlineSolutionLabel }
        let clauses = text.clauses
        // "I ran a migration without a backup, I broke production": an action followed by the
        // author's own report of a difficulty did not solve it ("…, and the errors disappeared"
        // did). One pass from the end says, for each clause, whether such a report follows.
        var difficultyAfter = [Bool](repeating: false, count: clauses.count)
        var seen = false
        for index in clauses.indices.reversed() {
            difficultyAfter[index] = seen
            seen = seen || (actions.opensWithSubject(clauses[index]) && mentionsDifficulty(words: clauses[index], clauses: [clauses[index]]))
        }
        for index in clauses.indices where !difficultyAfter[index] {
            let statement = statementFirst && index == 0
            if let cue = statement ? actions.turnCue(clauses[index]) : actions.reports(clauses[index]) { return cue }
        }
        return nil
    }

    /// `solvingCue` as a yes or no.
    func carriesSolution(_ text: PairingPassage, statementFirst: Bool) -> Bool {
        solvingCue(text, statementFirst: statementFirst) != nil
    }

    /// A sentence saying the solutions are written elsewhere ("described in the next section").
    func pointsElsewhere(_ text: PairingPassage) -> Bool {
        heuristics.isOn(.pointsElsewhere) && contains(pointerIndex, in: text.words, negatable: false)
    }

    /// Text that stands in for content not written yet: `TBD`, `Coming soon`, `-`, or a template
    /// field in brackets (`[e.g., describe a challenge]`).
    func isPlaceholder(_ text: String) -> Bool {
        let key = PairingText.key(text)
        if key.isEmpty || placeholders.contains(key) { return true }
        guard heuristics.isOn(.placeholder) else { return false }
        let visible = text.trimmed
        return (visible.hasPrefix("[") && visible.hasSuffix("]")) || (visible.hasPrefix("<") && visible.hasSuffix(">"))
    }

    /// Sub-headings that close or frame a section rather than name a challenge ("Conclusion").
    func isClosingTitle(_ normalized: String) -> Bool {
        let words = normalized.split(separator: " ").map(String.init)
        return words.count <= 3 && words.contains { closingTitles.contains($0) }
    }

    /// A solution label after a sentence end or at the start of a bold run inside the text.
    func hasInlineSolutionLabel(_ text: EmphasizedText) -> Bool {
        // Walks the characters once, remembering the two before; a candidate is read from its
        // byte offset on (`Character` boundaries, so a combining mark never splits).
        var twoBefore: Character?
        var oneBefore: Character?
        var offset = 0
        for character in text.text {
            if let oneBefore {
                let atBold = text.opensStrong(at: offset)
                let afterSentence = oneBefore == " " && twoBefore.map { ".!?;|→".contains($0) } == true
                if atBold || afterSentence, let label = label(atStartOf: text.suffix(fromByte: offset)), label.role == .solution,
                    !label.isSymbol
                {
                    return true
                }
            }
            twoBefore = oneBefore
            oneBefore = character
            offset += character.utf8.count
        }
        return false
    }

    // MARK: - Private helpers

    private func wordLabel(_ text: Substring, in line: EmphasizedText) -> PairingLabel? {
        // Only the first few words can be part of a label: no keyword is longer.
        let longest = max(firstIndex.longest, thenIndex.longest)
        let head = PairingVocabulary.prefix120(text)
        let tokens =
            PairingText.asciiWords(head, maxWords: max(1, longest))
            ?? PairingText.words(in: head)
        guard let opening = tokens.first else { return nil }
        var best: (role: PairingRole, count: Int, plural: Bool)?
        for (role, index) in [(PairingRole.challenge, firstIndex), (.solution, thenIndex)] {
            for candidate in index.candidates(startingWith: opening) {
                let keyword = index.keywords[candidate]
                if let match = keyword.match(tokens, at: 0, labelsOnly: true), match.count > (best?.count ?? 0) {
                    best = (role, match.count, match.plural)
                }
            }
        }
        guard let best else { return nil }
        // Walk past the matched words in the original text to see what follows them.
        var rest = text
        for _ in 0..<best.count {
            rest = rest.drop { !($0.isLetter || $0.isNumber) }
            rest = rest.drop { $0.isLetter || $0.isNumber || $0 == "'" || $0 == "’" }
        }
        var numbered = false
        let afterSpace = rest.drop { $0 == " " || $0 == "#" }
        if let digit = afterSpace.first, digit.isNumber {
            numbered = true
            rest = afterSpace.drop { $0.isNumber }
        }
        // The label's bold run may close right after its words or after the spaces that follow.
        let closesBold = line.closesStrong(at: offset(of: rest, in: line))
        let trimmed = rest.drop { $0 == " " }
        let trimmedOffset = offset(of: trimmed, in: line)
        let delimiters: Set<Character> = [":", "-", "–", "—", ")", "."]
        guard trimmed.isEmpty || closesBold || line.closesStrong(at: trimmedOffset) || delimiters.contains(trimmed.first ?? " ")
            || (numbered && trimmed.first?.isLetter == true)
        else { return nil }
        let remainderStart = trimmed.drop { delimiters.contains($0) || $0.isWhitespace }
        let remainder = line.suffix(fromByte: offset(of: remainderStart, in: line)).trimmed
        return PairingLabel(
            role: best.role, isContainer: best.plural && remainder.isEmpty && !numbered, isSymbol: false,
            remainder: remainder)
    }

    /// The byte offset in `line` where a part of its text starts.
    private func offset(of part: Substring, in line: EmphasizedText) -> Int {
        line.text.utf8.distance(from: line.text.utf8.startIndex, to: part.startIndex)
    }

    /// `String(text.prefix(120))` without counting `Character`s when the bytes settle it: a text
    /// of at most 120 bytes has at most 120 `Character`s; 121 leading ASCII bytes without `\r`
    /// are 121 `Character`s, of which the first 120 are kept.
    private static func prefix120(_ text: Substring) -> String {
        let utf8 = text.utf8
        if utf8.count <= 120 { return String(text) }
        var end = utf8.startIndex
        for _ in 0...120 {
            let byte = utf8[end]
            guard byte < 0x80, byte != UInt8(ascii: "\r") else { return String(text.prefix(120)) }
            end = utf8.index(after: end)
        }
        return String(text[..<utf8.index(utf8.startIndex, offsetBy: 120)])
    }

    /// The text opens with an ASCII letter no symbol can start with, and the next byte (if any)
    /// is ASCII, so that letter is the whole first `Character`.
    private func startsWithPlainASCIILetter(_ text: Substring) -> Bool {
        var bytes = text.utf8.makeIterator()
        guard let head = bytes.next(),
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(head | 0x20), !symbolHeadBytes.contains(head)
        else { return false }
        return bytes.next().map { $0 < 0x80 } ?? true
    }

    private func symbolLabel(_ role: PairingRole?, _ rest: Substring, in line: EmphasizedText) -> PairingLabel? {
        guard let role else { return nil }
        let remainder = line.suffix(fromByte: offset(of: rest, in: line)).trimmed
        return PairingLabel(role: role, isContainer: false, isSymbol: true, remainder: remainder)
    }

    private func symbolRole(atStartOf text: Substring) -> PairingRole? {
        guard !symbols.isEmpty else { return nil }
        // Most lines open with a plain ASCII character that no symbol can start with: then the
        // text after it is ASCII too, so the first character is that byte alone.
        var bytes = text.utf8.makeIterator()
        if let head = bytes.next(), head < 0x80, head != UInt8(ascii: "\r"), !symbolHeadBytes.contains(head) {
            let next = bytes.next()
            if next.map({ $0 < 0x80 }) ?? true { return nil }
        }
        let plain = PairingText.withoutVariationSelectors(String(text.prefix(4)))
        for (role, symbol) in symbols where plain.hasPrefix(symbol) { return role }
        return nil
    }

    private func contains(_ keywords: PairingKeywordIndex, in tokens: [String], negatable: Bool) -> Bool {
        for index in tokens.indices where keywords.matches(tokens, at: index) {
            if negatable, isNegated(tokens, before: index) { continue }
            return true
        }
        return false
    }

    private func isNegation(_ word: String) -> Bool {
        negations.contains(word) || negationEndings.contains { word.hasSuffix($0) }
    }

    /// "not solved", "no fix yet", "never resolved", "couldn't fix": the cue says the opposite.
    /// Two words are looked at, not counting fillers, so "did not face any major challenges" and
    /// "didn't have any real problems" deny too.
    private func isNegated(_ tokens: [String], before index: Int) -> Bool {
        guard heuristics.isOn(.negation) else { return false }
        var looked = 0
        var position = index - 1
        while position >= 0, looked < 2 {
            let word = tokens[position]
            if isNegation(word) { return true }
            if !negationFillers.contains(word) { looked += 1 }
            position -= 1
        }
        return false
    }
}
