import LearnLintCore

/// One text a heuristic reads (a statement, a bullet's body, a story line, a cell, a paragraph),
/// derived once when the structural pass meets it: its clauses and their words, and, where a
/// heuristic reads sentences, its sentences. The vocabulary's cues and the scorer's heuristics
/// read these; none splits the text again.
struct PairingPassage: Sendable {
    let text: EmphasizedText
    /// The words of each clause, in order. A clause without words keeps its place (the first clause
    /// of a statement is its problem, even when it is only an emoji).
    let clauses: [[String]]
    /// Every word of the text: the clauses' words in order (a clause boundary is never inside a word).
    let words: [String]
    /// How many sentences it holds (split where `.`, `!` or `?` meets white space); 1 unless asked for.
    let sentenceCount: Int
    /// The last of two or more sentences, derived the same way (the heuristics read only the last).
    private let last: [PairingPassage]
    /// Sentences as `PairingText.capitalSentenceCount` counts them (a capital after the sentence end).
    let capitalSentenceCount: Int

    init(_ text: EmphasizedText, sentences: Bool = false) {
        self.text = text
        let clauses = PairingText.clauses(text.text).map(PairingText.words(in:))
        self.clauses = clauses
        self.words = clauses.flatMap { $0 }
        let split = sentences ? PairingText.sentences(text.text) : []
        self.sentenceCount = max(1, split.count)
        self.last = split.count >= 2 ? split.suffix(1).map { PairingPassage(EmphasizedText($0)) } : []
        self.capitalSentenceCount = sentences ? PairingText.capitalSentenceCount(text.text) : 1
    }

    /// The last sentence, when there are two or more.
    var lastSentence: PairingPassage? { last.first }

    init(_ text: String, sentences: Bool = false) {
        self.init(EmphasizedText(text), sentences: sentences)
    }

    /// The text as shown.
    var string: String { text.text }
    /// Whether it says anything (not only white space).
    var hasContent: Bool { !text.text.trimmed.isEmpty }
}

extension PairingPassage: ExpressibleByStringLiteral {
    /// Plain text without bold (tests and examples).
    init(stringLiteral value: String) { self.init(value) }
}
