import CCMarkGFM

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

    static func parse(_ text: String, lines: LineIndex) -> Block {
        _ = extensionsRegistered
        let options = CMARK_OPT_SOURCEPOS | CMARK_OPT_FOOTNOTES
        guard let parser = cmark_parser_new(options) else { return emptyDocument(lines) }
        defer { cmark_parser_free(parser) }
        for name in extensionNames {
            if let ext = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, ext)
            }
        }
        var utf8 = Array(text.utf8)
        utf8.withUnsafeMutableBufferPointer { buffer in
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
        let type = typeName(node)
        var result = Block(kind: .other(type), range: range, byteRange: bytes)
        switch type {
        case "document": result.kind = .document
        case "heading":
            let level = Int(cmark_node_get_heading_level(node))
            // A setext heading spans its text line and its underline.
            result.kind = .heading(level: level, setext: range.end.line > range.start.line)
        case "paragraph": result.kind = .paragraph
        case "list": result.kind = .list(ordered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST)
        case "item", "tasklist": result.kind = .item
        case "code_block":
            let info = string(cmark_node_get_fence_info(node))
            var length: Int32 = 0
            var offset: Int32 = 0
            var character: CChar = 0
            let fenced = cmark_node_get_fenced(node, &length, &offset, &character) != 0
            result.kind = .codeBlock(fenced: fenced, info: info)
            result.literal = string(cmark_node_get_literal(node))
        case "html_block":
            result.kind = .htmlBlock
            result.literal = string(cmark_node_get_literal(node))
        case "block_quote": result.kind = .blockQuote
        case "thematic_break": result.kind = .thematicBreak
        case "table": result.kind = .table
        case "table_header": result.kind = .tableRow(header: true)
        case "table_row": result.kind = .tableRow(header: false)
        case "table_cell": result.kind = .tableCell
        default: break
        }
        guard depth < Converter.maximumDepth else { return result }
        if holdsInlines(result.kind) {
            result.inlines = children(node).map { inline($0) }
        } else {
            result.children = children(node).map { block($0) }
        }
        return result
    }

    mutating func inline(_ node: OpaquePointer) -> Inline {
        depth += 1
        defer { depth -= 1 }
        let (range, bytes) = span(node)
        let type = typeName(node)
        var result = Inline(kind: .other(type), range: range, byteRange: bytes)
        switch type {
        case "text": result.kind = .text
        case "code": result.kind = .code
        case "emph": result.kind = .emphasis
        case "strong": result.kind = .strong
        case "strikethrough": result.kind = .strikethrough
        case "link": result.kind = .link(destination: string(cmark_node_get_url(node)))
        case "image": result.kind = .image(destination: string(cmark_node_get_url(node)))
        case "html_inline": result.kind = .html
        case "softbreak": result.kind = .softBreak
        case "linebreak": result.kind = .lineBreak
        default: break
        }
        switch result.kind {
        case .text, .code, .html: result.literal = string(cmark_node_get_literal(node))
        default:
            if depth < Converter.maximumDepth { result.children = children(node).map { inline($0) } }
        }
        return result
    }

    private func holdsInlines(_ kind: Block.Kind) -> Bool {
        switch kind {
        case .paragraph, .heading, .tableCell: return true
        default: return false
        }
    }

    private func children(_ node: OpaquePointer) -> [OpaquePointer] {
        var result: [OpaquePointer] = []
        var child = cmark_node_first_child(node)
        while let current = child {
            result.append(current)
            child = cmark_node_next(current)
        }
        return result
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
        let start = lines.position(ofOffset: startOffset)
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
