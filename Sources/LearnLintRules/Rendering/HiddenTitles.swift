import LearnLintCore

/// Titles a writer sees in an editor that GitHub does not render as headings: inside a fence that is
/// never closed, indented into a code block, backslash-escaped, behind a pasted bullet, or a bare line.
///
/// The sections rule asks this when it reports a missing section, so that “missing section” can say
/// *why* (“'Key Technologies' at line 40 is inside the code block opened at line 12, which is never
/// closed”) and point at the line. Built only for documents that miss a section.
public struct HiddenTitles: Sendable {
    struct Entry: Sendable {
        var range: SourceRange
        var title: String
        var normalized: String
        var reason: String
    }

    let entries: [Entry]

    public init(_ document: Document) {
        let lines = RenderingLines(document)
        var found: [(line: Int, title: Range<Int>, reason: String)] = []
        for problem in FenceCheck.unclosedFences(lines) + FenceCheck.fencedDocuments(lines)
            + FenceCheck.indentedMarkdown(lines)
        {
            found += problem.titles.map { ($0.line, $0.title, problem.reason) }
        }
        for heading in HeadingCheck.candidates(lines) {
            let hashes = lines.text(heading.hashes)
            found.append(
                (heading.line, heading.title, "has no space after “\(hashes)”, so it shows as text, not as a heading"))
        }
        for block in EscapeCheck.scan(lines) {
            found += block.titles.map {
                ($0.line, $0.title, "is backslash-escaped, so it shows as typed instead of as a heading")
            }
        }
        for block in lines.leaves where block.kind == .paragraph {
            for (line, start, end) in lines.contentLines(of: block) {
                guard let bullet = PasteCheck.bullet(at: start, to: end, lines) else { continue }
                let title = lines.trimmed(bullet.text..<end)
                if PasteCheck.isTitleLike(title, lines) {
                    found.append(
                        (
                            line, title,
                            "follows a pasted “\(bullet.symbol)” bullet, so it is plain text, not a heading or list"
                        ))
                }
            }
        }
        let bare =
            PasteCheck.hasMarkup(lines)
            ? "is a plain line, not a heading: write it as “## …”"
            : "is a bare line, and the document has no Markdown markup, so it renders as a paragraph, not a heading"
        found += PasteCheck.bareLines(lines).map { ($0.line, $0.title, bare) }
        self.entries = found.sorted { $0.line < $1.line }.map { entry in
            let title = lines.text(entry.title)
            let range = SourceRange(
                start: lines.lines.position(ofOffset: entry.title.lowerBound),
                end: lines.lines.position(ofOffset: entry.title.upperBound))
            return Entry(range: range, title: title, normalized: TitleNormalizer.normalize(title), reason: entry.reason)
        }
    }

    /// The first hidden title one of `patterns` matches, explained: “‘Key Technologies’ at line 40 is …”.
    public func explanation(for patterns: [WildcardPattern]) -> (message: String, range: SourceRange)? {
        guard
            let entry = entries.first(where: { entry in patterns.contains { $0.matches(normalized: entry.normalized) } }
            )
        else { return nil }
        return ("“\(entry.title)” at line \(entry.range.start.line) \(entry.reason)", entry.range)
    }
}
