import LearnLintCore

/// One challenge or solution found in a document, in document order, with the evidence the
/// structural pass saw around it. Its verdict (solved, reportable) is not stored: `PairingScorer`
/// computes it from the evidence, in one place.
struct PairingUnit: Sendable {
    enum Kind: Sendable, Equatable {
        case challenge
        case solution
        /// A paragraph after structured challenges that solves them together ("I solved all of these by …").
        case summary
        /// A prose paragraph not yet judged (resolved when its group is complete).
        case pendingProse
        /// Dropped after judging.
        case ignored
    }

    /// How the unit was written; it decides how sure the rule may be.
    enum Format: String, Sendable {
        case label, symbol, item, heading, table, prose
    }

    var kind: Kind
    let format: Format
    /// Where a finding about the unit points: its first line.
    let range: SourceRange
    /// The unit's own words (after its label), for messages and cues.
    var text: EmphasizedText
    /// What the structural pass found in and around the unit, in document order.
    var evidence: [PairingEvidence] = []
    /// A solution from a separate solutions section (paired with the challenges by order).
    var separate = false

    init(kind: Kind, format: Format, range: SourceRange, text: EmphasizedText, evidence: [PairingEvidence] = []) {
        self.kind = kind
        self.format = format
        self.range = range
        self.text = text
        self.evidence = evidence
    }

    var excerpt: String { PairingText.excerpt(text.text) }
}

/// One thing the structural pass saw about a unit; the heuristics read it. Each text is a
/// `PairingPassage`, derived once where the structural pass met it.
enum PairingEvidence: Sendable {
    /// The text a label opens (`**Challenge:** …`), which starts with the challenge itself.
    case statement(PairingPassage)
    /// An unlabelled bullet of a challenges list: its bold title, if any, and the rest (with its sentences).
    case titledBody(title: PairingPassage?, body: PairingPassage)
    /// A line told under the challenge (a nested bullet, a paragraph under its heading).
    case story(PairingPassage)
    /// A bullet of the list (or the paragraph) under a label line: part of the challenge's statement.
    case elaboration(PairingPassage)
    /// An unlabelled sibling after the challenge, beside labelled ones.
    case commentary(PairingPassage)
    /// Code under the challenge.
    case code
    /// A labelled solution inside the challenge's story.
    case nestedSolution
    /// The row's solution cell.
    case tableAnswer(PairingPassage)
    /// A ✅ standing with no challenge before it.
    case doneSymbol
    /// A later paragraph that solves every challenge above it.
    case summaryBelow
    /// A prose paragraph (the unit itself), with its sentences.
    case prose(PairingPassage)
    /// A later prose paragraph that continues this one.
    case proseFollowUp(PairingPassage)
    /// The unit is an unlabelled sub-heading.
    case unlabelledHeading
}

extension PairingEvidence {
    /// Evidence from what stands under or beside the unit, rather than its own statement.
    var isStory: Bool {
        if case .statement = self { return false }
        return true
    }

    /// A short description for the trace: the kind of evidence and the start of its text.
    var summary: String {
        switch self {
        case .statement(let text): return "statement “\(PairingText.excerpt(text.string))”"
        case .titledBody(let title, let body):
            return "bullet" + (title.map { " titled “\($0.string)”" } ?? "") + " “\(PairingText.excerpt(body.string))”"
        case .story(let text): return "story line “\(PairingText.excerpt(text.string))”"
        case .elaboration(let text): return "elaboration “\(PairingText.excerpt(text.string))”"
        case .commentary(let text): return "sibling “\(PairingText.excerpt(text.string))”"
        case .code: return "code under it"
        case .nestedSolution: return "a labelled solution in its story"
        case .tableAnswer(let text): return "solution cell “\(PairingText.excerpt(text.string))”"
        case .doneSymbol: return "a ✅ with no challenge before it"
        case .summaryBelow: return "a summary paragraph below"
        case .prose(let text): return "paragraph “\(PairingText.excerpt(text.string))”"
        case .proseFollowUp(let text): return "later paragraph “\(PairingText.excerpt(text.string))”"
        case .unlabelledHeading: return "an unlabelled sub-heading"
        }
    }
}

/// What the extractor found in one challenges section (and the solutions section that follows it).
struct PairingExtraction: Sendable {
    var units: [PairingUnit] = []
    /// The section holds content the rule could not read as challenges (prose, code, unknown
    /// tables): then "no challenge in it" is never claimed.
    var hasUnreadContent = false
    /// Things dropped as no unit (placeholders, empty solution labels), for the trace.
    var dropped: [(line: Int, column: Int, heuristic: PairingHeuristic, text: EmphasizedText)] = []
}
