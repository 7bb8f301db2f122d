/// One block of a Markdown document, copied out of the cmark-gfm tree so that it outlives the parser
/// and can cross threads.
///
/// A class, immutable once built: rules pass blocks around (section contents, items, `forEach`), and
/// copying a reference costs one retain where a copy of the value retained every field and its kind.
public final class Block: Sendable {
    public enum Kind: Sendable, Equatable {
        case document
        case heading(level: Int, setext: Bool)
        case paragraph
        case list(ordered: Bool)
        case item
        case codeBlock(fenced: Bool, info: String)
        case htmlBlock
        case blockQuote
        case thematicBreak
        case table
        case tableRow(header: Bool)
        case tableCell
        case other(String)
    }

    public let kind: Kind
    public let range: SourceRange
    /// Byte offsets of the block in the document (start inclusive, end exclusive).
    public let byteRange: Range<Int>
    public let children: [Block]
    /// Inline content of paragraphs, headings and table cells.
    public let inlines: [Inline]
    /// Content of code and HTML blocks.
    public let literal: String

    public init(
        kind: Kind, range: SourceRange, byteRange: Range<Int>, children: [Block] = [],
        inlines: [Inline] = [], literal: String = ""
    ) {
        self.kind = kind
        self.range = range
        self.byteRange = byteRange
        self.children = children
        self.inlines = inlines
        self.literal = literal
    }
}

/// One inline node (text, code span, emphasis, link…) with its source span; immutable, like `Block`.
public final class Inline: Sendable {
    public enum Kind: Sendable, Equatable {
        case text
        case code
        case emphasis
        case strong
        case strikethrough
        case link(destination: String)
        case image(destination: String)
        case html
        case softBreak
        case lineBreak
        case other(String)
    }

    public let kind: Kind
    public let range: SourceRange
    /// Byte offsets of the node in the document, when cmark reported a usable span.
    public let byteRange: Range<Int>
    public let children: [Inline]
    /// Where the literal lies in `source` when it is exactly those bytes (most text nodes): the tree
    /// then holds no copy of the text, and `literal` is built when read.
    let literalSpan: Range<Int>?
    /// The literal when it is not a span of the source (escapes, entities, code spans' backticks).
    private let ownLiteral: String
    /// The document's bytes (shared, not copied) for `literalSpan`; empty otherwise.
    private let source: [UInt8]

    /// Text of text nodes and code spans, the markup of inline HTML; empty for the other kinds.
    public var literal: String {
        guard let span = literalSpan, span.lowerBound >= 0, span.upperBound <= source.count else { return ownLiteral }
        return String(decoding: source[span], as: UTF8.self)
    }

    public init(kind: Kind, range: SourceRange, byteRange: Range<Int>, literal: String = "", children: [Inline] = []) {
        self.kind = kind
        self.range = range
        self.byteRange = byteRange
        self.ownLiteral = literal
        self.literalSpan = nil
        self.source = []
        self.children = children
    }

    /// A node whose literal is `span` of the document's `source` bytes.
    init(kind: Kind, range: SourceRange, byteRange: Range<Int>, source: [UInt8], span: Range<Int>) {
        self.kind = kind
        self.range = range
        self.byteRange = byteRange
        self.ownLiteral = ""
        self.literalSpan = span
        self.source = source
        self.children = []
    }
}

// MARK: - Plain text

extension Inline {
    /// The text a reader sees: literals of text and code spans, breaks as spaces.
    public var plainText: String {
        switch kind {
        case .text, .code: return literal
        case .softBreak, .lineBreak: return " "
        case .html: return ""
        default: return children.map(\.plainText).joined()
        }
    }

    public var isCodeOrHTML: Bool {
        switch kind {
        case .code, .html: return true
        default: return false
        }
    }
}

extension Block {
    /// The text a reader sees in this block and its descendants, blocks separated by a space.
    public var plainText: String {
        if !inlines.isEmpty { return inlines.map(\.plainText).joined() }
        switch kind {
        case .codeBlock, .htmlBlock: return literal
        default: return children.map(\.plainText).filter { !$0.isEmpty }.joined(separator: " ")
        }
    }

    public var isHeading: Bool {
        if case .heading = kind { return true }
        return false
    }

    public var isList: Bool {
        if case .list = kind { return true }
        return false
    }

    public var isCode: Bool {
        if case .codeBlock = kind { return true }
        return false
    }

    /// Visits this block and every descendant, depth first, in document order.
    public func forEach(_ body: (Block) -> Void) {
        body(self)
        for child in children { child.forEach(body) }
    }
}
