import LearnLintCore

/// Reads a table with a challenge column and a solution column (`| Challenge | Impact | Solution |`):
/// each body row is a challenge, solved when its solution cell says something.
enum ChallengeTable {
    /// Whether a line of a challenge's story opens with a solution column's word as its label and
    /// says something after it (`**Lesson:** start with the schema`, `Outcome: zero downtime`): the
    /// same words that head a table's solution column answer a challenge in a list. They are not
    /// labels elsewhere ("Approach" alone makes no unit), so they never make an orphan solution.
    static func answersInStory(_ text: PairingPassage, vocabulary: PairingVocabulary) -> Bool {
        let visible = text.string.trimmed
        guard let colon = visible.prefix(32).firstIndex(of: ":") else { return false }
        let name = TitleNormalizer.normalize(String(visible[..<colon]))
        guard vocabulary.storyLabels.contains(name) else { return false }
        let rest = String(visible[visible.index(after: colon)...]).trimmed
        return !vocabulary.isPlaceholder(rest) && !vocabulary.mentionsDifficulty(PairingPassage(rest))
    }

    /// The table's challenges, or nil when the table has no recognisable challenge and solution columns
    /// (the rule then cannot tell what it says, and says nothing).
    static func units(in table: Block, vocabulary: PairingVocabulary, document: Document) -> [PairingUnit]? {
        guard let header = table.children.first(where: { $0.kind == .tableRow(header: true) }) else { return nil }
        let titles = header.children.map { InlineText.flatten($0).text }
        guard let columns = columns(titles, vocabulary: vocabulary) else { return nil }
        var units: [PairingUnit] = []
        for row in table.children where row.kind == .tableRow(header: false) {
            guard row.children.indices.contains(columns.challenge) else { continue }
            let cell = row.children[columns.challenge]
            let text = InlineText.flatten(cell)
            if vocabulary.isPlaceholder(text.text) { continue }
            let answer = row.children.indices.contains(columns.solution) ? InlineText.flatten(row.children[columns.solution]) : .empty
            units.append(
                PairingUnit(
                    kind: .challenge, format: .table, range: textRange(of: cell, in: document), text: text,
                    evidence: [.tableAnswer(PairingPassage(answer))]))
        }
        return units
    }

    // MARK: - Private helpers

    /// The challenge column (a `first` keyword, else the first column) and the solution column
    /// (a `then` keyword or a solution header); nil unless both exist and differ.
    private static func columns(_ titles: [String], vocabulary: PairingVocabulary) -> (challenge: Int, solution: Int)? {
        var challenge: Int?
        var solution: Int?
        for (index, title) in titles.enumerated() {
            let roles = vocabulary.titleRoles(title)
            let key = TitleNormalizer.normalize(title)
            if roles.challenge && !roles.solution, challenge == nil {
                challenge = index
            } else if (roles.solution && !roles.challenge) || vocabulary.solutionHeaders.contains(key), solution == nil {
                solution = index
            }
        }
        if challenge == nil, let solution, solution > 0 { challenge = 0 }
        guard let challenge, let solution, challenge != solution else { return nil }
        return (challenge, solution)
    }

    /// The cell's range starting at its first non-blank character (cmark starts it at the padding).
    private static func textRange(of cell: Block, in document: Document) -> SourceRange {
        var start = cell.range.start
        let line = document.lines.text(ofLine: start.line)
        let characters = Array(line.unicodeScalars)
        while start.column - 1 < characters.count, start.column < cell.range.end.column,
            characters[start.column - 1] == " " || characters[start.column - 1] == "\t"
        {
            start.column += 1
        }
        return SourceRange(start: start, end: max(start, cell.range.end))
    }
}
