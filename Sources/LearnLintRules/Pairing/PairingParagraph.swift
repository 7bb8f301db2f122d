import LearnLintCore

/// One paragraph as the structural pass reads it — its lines, its text on one line, the label it
/// opens with, a bold title standing alone — derived once per section before the walk
/// (`ChallengeExtractor.readParagraphs`), since the walk asks about the same paragraph from
/// several places (its group's labels, a parent's "does a challenge label follow?", the unit).
struct PairingParagraph: Sendable {
    /// Its source lines (at soft and hard breaks), blank ones left out.
    let lines: [InlineText.Line]
    /// Its text on one line, soft breaks as spaces.
    let text: EmphasizedText
    /// The label its first line opens with.
    let firstLineLabel: PairingLabel?
    /// The label it opens with: on its first line, or on its second after a title line
    /// (`**1. Rate limiting**` then `Challenge: …`, the numbered-title format).
    let label: PairingLabel?
    /// The paragraph is one bold run alone (`**Challenge: Search**`): its text.
    let boldTitle: String?

    init(_ block: Block, in document: Document, vocabulary: PairingVocabulary) {
        let lines = InlineText.lines(of: block, in: document)
        self.lines = lines
        self.text = EmphasizedText.joined(lines.map(\.text), separator: " ").trimmed
        let first = lines.first.flatMap { vocabulary.label(atStartOf: $0.text) }
        self.firstLineLabel = first
        if first == nil, lines.count > 1, let title = lines.first, PairingText.isTitleLine(title.text) {
            self.label = vocabulary.label(atStartOf: lines[1].text)
        } else {
            self.label = first
        }
        self.boldTitle = SectionBuilder.boldOnlyTitle(block)
    }
}
