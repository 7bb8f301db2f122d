/// A parsed learnings document: its source, a line index, front matter, the block tree and sections.
///
/// Parse once, query many: rules only read from a `Document`; views live in extensions.
public struct Document: Sendable {
    /// Path as shown in reports (relative to the working folder, `/`-separated).
    public let path: String
    public let lines: LineIndex
    public let frontMatter: FrontMatter?
    public let root: Block
    /// Every section in document order; `parent`/`children` link them into a tree.
    public let sections: [Section]
    /// Every prose run in order (see `ProseRun`), collected once here: several rules walk them and
    /// collecting means a tree walk and a source comparison per text node.
    public let proseRuns: [ProseRun]
    /// What rules derive from the text once and share (`prose`, memos), filled on first use.
    let cache = DocumentCache()

    public init(path: String, text: String) {
        self.path = path
        let (frontMatter, body) = FrontMatter.extract(from: text)
        self.frontMatter = frontMatter
        self.lines = LineIndex(text)
        // Without front matter the body is the text: cmark reads the line index's bytes, not a third copy.
        self.root = MarkdownParser.parse(frontMatter == nil ? lines.bytes : Array(body.utf8), lines: lines)
        // A final newline does not start another line a reader would see.
        let endsWithBreak = lines.bytes.last == UInt8(ascii: "\n") || lines.bytes.last == UInt8(ascii: "\r")
        let lastLine = lines.lineCount - (endsWithBreak && lines.lineCount > 1 ? 1 : 0)
        self.sections = SectionBuilder.build(root, lineCount: lastLine)
        self.proseRuns = Document.collectProseRuns(root, lines: lines)
    }

    /// The text of the whole document.
    public var text: String { String(decoding: lines.bytes, as: UTF8.self) }

    /// Top-level sections (those with no parent).
    public var topLevelSections: [Section] { sections.filter { $0.parent == nil } }
}
