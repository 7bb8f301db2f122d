import LearnLintCore

/// One place where a document renders on GitHub differently from how it reads in an editor.
struct RenderingPitfall: Sendable {
    /// The pitfalls the `rendering` kind knows; the raw values are the ids rules.yaml's `pitfalls:` takes.
    enum Kind: String, CaseIterable, Sendable {
        case unclosedFence = "unclosed-fence"
        case fencedDocument = "fenced-document"
        case headingWithoutSpace = "heading-without-space"
        case escapedMarkdown = "escaped-markdown"
        case indentedAsCode = "indented-as-code"
        case pastedBullets = "pasted-bullets"
        case tabSeparatedTable = "tab-separated-table"
        case bareHeadings = "bare-headings"
        case chatLeftovers = "chat-leftovers"
        case accidentalSetext = "accidental-setext"
        case mergeConflict = "merge-conflict"
        case mojibake
        case brokenFragment = "broken-fragment"
    }

    var kind: Kind
    /// Byte offsets in the document (end exclusive) of what the finding points at.
    var range: Range<Int>
    var message: String
    /// A safe repair: these bytes become `replacement`.
    var fix: (range: Range<Int>, replacement: String)?

    init(_ kind: Kind, _ range: Range<Int>, _ message: String, fix: (range: Range<Int>, replacement: String)? = nil) {
        self.kind = kind
        self.range = range
        self.message = message
        self.fix = fix
    }
}

/// Runs every check over one document; each check reads the document once (linear in its size).
enum RenderingPitfalls {
    static func find(in document: Document, kinds: Set<RenderingPitfall.Kind>) -> [RenderingPitfall] {
        let lines = RenderingLines(document)
        var found: [RenderingPitfall] = []
        if kinds.contains(.unclosedFence) { found += FenceCheck.unclosedFences(lines).map(\.pitfall) }
        if kinds.contains(.fencedDocument) {
            found += FenceCheck.fencedDocuments(lines).filter(\.reported).map(\.pitfall)
        }
        if kinds.contains(.headingWithoutSpace) { found += HeadingCheck.pitfalls(lines) }
        if kinds.contains(.indentedAsCode) { found += FenceCheck.indentedMarkdown(lines).map(\.pitfall) }
        if kinds.contains(.escapedMarkdown) { found += EscapeCheck.pitfalls(lines) }
        if kinds.contains(.pastedBullets) { found += PasteCheck.bullets(lines) }
        if kinds.contains(.tabSeparatedTable) { found += PasteCheck.tabTables(lines) }
        if kinds.contains(.bareHeadings) { found += PasteCheck.bareHeadings(lines) }
        if kinds.contains(.chatLeftovers) { found += ChatCheck.pitfalls(lines) }
        if kinds.contains(.accidentalSetext) || kinds.contains(.mergeConflict) {
            found += SetextCheck.pitfalls(lines).filter { kinds.contains($0.kind) }
        }
        if kinds.contains(.mojibake) { found += MojibakeCheck.pitfalls(lines) }
        if kinds.contains(.brokenFragment) { found += FragmentCheck.pitfalls(lines) }
        return found
    }
}
