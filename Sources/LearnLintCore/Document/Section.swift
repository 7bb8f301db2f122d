/// A titled part of a document: a heading with what follows it, or a bold list item / bold paragraph
/// that introduces a nested list (`* **Key Technologies**` + sub-list).
public struct Section: Sendable {
    public enum Style: String, Sendable {
        /// `html`: an `<h2>` or a `<details>`' `<summary>` alone in an HTML block (see `HTMLHeading`).
        case atx, setext, boldItem, html
    }

    /// The title as a reader sees it (inline markup removed).
    public var title: String
    /// The title normalised for matching (see `TitleNormalizer`).
    public var normalizedTitle: String
    /// Heading level; a bold-item section sits one level below the heading it is under.
    public var level: Int
    public var style: Style
    public var titleRange: SourceRange
    /// Content blocks directly under the title, before the next section starts.
    public var blocks: [Block]
    /// Index of the enclosing section in `Document.sections`.
    public var parent: Int?
    /// Indices of the sections nested inside this one, in document order.
    public var children: [Int] = []
    /// The last line belonging to this section, its subsections included.
    public var endLine: Int

    public var line: Int { titleRange.start.line }
}
