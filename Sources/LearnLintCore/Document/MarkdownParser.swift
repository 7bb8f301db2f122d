import CCMarkGFM

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Parses Markdown with cmark-gfm (the parser GitHub renders READMEs with) into `Block` values.
///
/// The C tree never leaves this file: it is copied into Swift values and freed before `parse` returns.
enum MarkdownParser {
    /// Registers the GFM extensions exactly once, before any thread parses (cmark's registry is global).
    private static let extensionsRegistered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    private static let extensionNames = ["table", "strikethrough", "autolink", "tasklist"]

    static func parse(_ utf8: [UInt8], lines: LineIndex) -> Block {
        _ = extensionsRegistered
        let options = CMARK_OPT_SOURCEPOS | CMARK_OPT_FOOTNOTES
        guard let parser = cmark_parser_new(options) else { return emptyDocument(lines) }
        defer { cmark_parser_free(parser) }
        for name in extensionNames {
            if let ext = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, ext)
            }
        }
        utf8.withUnsafeBufferPointer { buffer in
            buffer.baseAddress?.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
                cmark_parser_feed(parser, pointer, buffer.count)
            }
        }
        guard let root = cmark_parser_finish(parser) else { return emptyDocument(lines) }
        defer { cmark_node_free(root) }
        var converter = Converter(lines: lines)
        return converter.block(root)
    }

    private static func emptyDocument(_ lines: LineIndex) -> Block {
        Block(kind: .document, range: .documentStart, byteRange: 0..<0)
    }
}

// MARK: - Conversion

private struct Converter {
    /// Deeper nesting than this is cut off: real documents nest a handful of levels, and a hostile
    /// one (`> > > …` ten thousand times) must not overflow a worker thread's stack.
    static let maximumDepth = 64

    let lines: LineIndex
    var depth = 0

    mutating func block(_ node: OpaquePointer) -> Block {
        depth += 1
        defer { depth -= 1 }
        let (range, bytes) = span(node)
        let kind = blockKind(node, range: range)
        var literal = ""
        switch kind {
        case .codeBlock, .htmlBlock: literal = string(cmark_node_get_literal(node))
        default: break
        }
        guard depth < Converter.maximumDepth else { return Block(kind: kind, range: range, byteRange: bytes, literal: literal) }
        var inlines: [Inline] = []
        var children: [Block] = []
        // Sized once: growing an array a node at a time reallocates it several times per paragraph.
        let count = childCount(node)
        if holdsInlines(kind) {
            inlines.reserveCapacity(count)
            var child = cmark_node_first_child(node)
            while let current = child {
                inlines.append(inline(current))
                child = cmark_node_next(current)
            }
        } else {
            children.reserveCapacity(count)
            var child = cmark_node_first_child(node)
            while let current = child {
                children.append(block(current))
                child = cmark_node_next(current)
            }
        }
        return Block(kind: kind, range: range, byteRange: bytes, children: children, inlines: inlines, literal: literal)
    }

    /// The block's kind from cmark's numeric type; only extension nodes (tables, task items, footnotes),
    /// whose types cmark numbers at run time, are told apart by their type name.
    private func blockKind(_ node: OpaquePointer, range: SourceRange) -> Block.Kind {
        let type = cmark_node_get_type(node)
        switch type {
        case CMARK_NODE_DOCUMENT: return .document
        case CMARK_NODE_PARAGRAPH: return .paragraph
        case CMARK_NODE_HEADING:
            // A setext heading spans its text line and its underline.
            return .heading(level: Int(cmark_node_get_heading_level(node)), setext: range.end.line > range.start.line)
        case CMARK_NODE_ITEM: return .item  // a task item too (its type name is `tasklist`)
        case CMARK_NODE_LIST: return .list(ordered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST)
        case CMARK_NODE_CODE_BLOCK:
            var length: Int32 = 0
            var offset: Int32 = 0
            var character: CChar = 0
            let fenced = cmark_node_get_fenced(node, &length, &offset, &character) != 0
            return .codeBlock(fenced: fenced, info: string(cmark_node_get_fence_info(node)))
        case CMARK_NODE_HTML_BLOCK: return .htmlBlock
        case CMARK_NODE_BLOCK_QUOTE: return .blockQuote
        case CMARK_NODE_THEMATIC_BREAK: return .thematicBreak
        default: break
        }
        let name = typeName(node)
        switch name {
        case "table": return .table
        case "table_header": return .tableRow(header: true)
        case "table_row": return .tableRow(header: false)
        case "table_cell": return .tableCell
        default: return .other(name)
        }
    }

    mutating func inline(_ node: OpaquePointer) -> Inline {
        depth += 1
        defer { depth -= 1 }
        let (range, bytes) = span(node)
        let kind = inlineKind(node)
        switch kind {
        case .text, .code, .html:
            return literalInline(kind, node, range: range, bytes: bytes)
        default:
            var children: [Inline] = []
            if depth < Converter.maximumDepth {
                children.reserveCapacity(childCount(node))
                var child = cmark_node_first_child(node)
                while let current = child {
                    children.append(inline(current))
                    child = cmark_node_next(current)
                }
            }
            return Inline(kind: kind, range: range, byteRange: bytes, children: children)
        }
    }

    /// A literal node: its span of the source when cmark's literal is exactly those bytes (most text
    /// nodes and inline HTML), else a copy of the literal (escapes, entities, code spans).
    private func literalInline(_ kind: Inline.Kind, _ node: OpaquePointer, range: SourceRange, bytes: Range<Int>) -> Inline {
        guard let pointer = cmark_node_get_literal(node) else { return Inline(kind: kind, range: range, byteRange: bytes) }
        // The literal must be exactly the node's span of the source: as long, and the same bytes
        // (C's `strlen` and `memcmp`, as fast as copying the literal was).
        let length = strlen(pointer)
        let exact = lines.bytes.withUnsafeBufferPointer { source in
            guard let base = source.baseAddress, length == bytes.count, !bytes.isEmpty, bytes.lowerBound >= 0,
                bytes.upperBound <= source.count
            else { return false }
            return memcmp(base + bytes.lowerBound, pointer, length) == 0
        }
        if exact { return Inline(kind: kind, range: range, byteRange: bytes, source: lines.bytes, span: bytes) }
        return Inline(kind: kind, range: range, byteRange: bytes, literal: String(cString: pointer))
    }

    /// The inline's kind from cmark's numeric type (by name for extension nodes: strikethrough).
    private func inlineKind(_ node: OpaquePointer) -> Inline.Kind {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_TEXT: return .text
        case CMARK_NODE_SOFTBREAK: return .softBreak
        case CMARK_NODE_CODE: return .code
        case CMARK_NODE_EMPH: return .emphasis
        case CMARK_NODE_STRONG: return .strong
        case CMARK_NODE_LINK: return .link(destination: string(cmark_node_get_url(node)))
        case CMARK_NODE_IMAGE: return .image(destination: string(cmark_node_get_url(node)))
        case CMARK_NODE_HTML_INLINE: return .html
        case CMARK_NODE_LINEBREAK: return .lineBreak
        default: break
        }
        let name = typeName(node)
        return name == "strikethrough" ? .strikethrough : .other(name)
    }

    private func childCount(_ node: OpaquePointer) -> Int {
        var count = 0
        var child = cmark_node_first_child(node)
        while let current = child {
            count += 1
            child = cmark_node_next(current)
        }
        return count
    }

    private func holdsInlines(_ kind: Block.Kind) -> Bool {
        switch kind {
        case .paragraph, .heading, .tableCell: return true
        default: return false
        }
    }

    /// The node's span in code points and in bytes; cmark's end column is inclusive.
    private func span(_ node: OpaquePointer) -> (SourceRange, Range<Int>) {
        let startLine = Int(cmark_node_get_start_line(node))
        let startColumn = Int(cmark_node_get_start_column(node))
        let endLine = Int(cmark_node_get_end_line(node))
        let endColumn = Int(cmark_node_get_end_column(node))
        guard startLine >= 1 else { return (.documentStart, 0..<0) }
        let startOffset = lines.offset(line: startLine, byteColumn: max(1, startColumn))
        let endOffset = max(startOffset, lines.offset(line: max(startLine, endLine), byteColumn: max(1, endColumn) + 1))
        // `offset(line:byteColumn:)` keeps an existing line's offset on that line: no search for it.
        let start =
            startLine <= lines.lineCount
            ? lines.position(ofOffset: startOffset, onLine: startLine) : lines.position(ofOffset: startOffset)
        let end = endLine >= 1 ? lines.position(line: endLine, byteColumn: max(1, endColumn)) : start
        return (SourceRange(start: start, end: max(start, end)), startOffset..<endOffset)
    }

    private func typeName(_ node: OpaquePointer) -> String {
        string(cmark_node_get_type_string(node))
    }

    private func string(_ pointer: UnsafePointer<CChar>?) -> String {
        guard let pointer else { return "" }
        return String(cString: pointer)
    }
}
