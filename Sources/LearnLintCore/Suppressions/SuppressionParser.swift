/// Finds `<!-- learnlint-… -->` comments in a document's HTML blocks and inline HTML.
///
/// Only the HTML nodes cmark-gfm reports are read, so a directive inside a code span or fenced code
/// (which cmark never turns into HTML) is never obeyed: documents about linters may quote them.
package enum SuppressionParser {
    package static func parse(_ document: Document) -> (directives: [SuppressionDirective], unknown: [UnknownSuppressionDirective]) {
        var scanner = Scanner(lines: document.lines)
        scanner.visit(document.root)
        // cmark visits nodes in document order, but keep the order explicit: range directives fold in it.
        let directives = scanner.directives.sorted { $0.range.start < $1.range.start }
        return (directives, scanner.unknown)
    }

    private struct Scanner {
        let lines: LineIndex
        var directives: [SuppressionDirective] = []
        var unknown: [UnknownSuppressionDirective] = []
        /// Byte offsets of comments already read (an HTML block and its inline twin never double-count).
        var seen: Set<Int> = []

        init(lines: LineIndex) {
            self.lines = lines
        }

        mutating func visit(_ block: Block) {
            if block.kind == .htmlBlock { scanBlock(block) }
            for inline in block.inlines { visit(inline) }
            for child in block.children { visit(child) }
        }

        mutating func visit(_ inline: Inline) {
            if inline.kind == .html, inline.literal.hasPrefix("<!--") { scanInline(inline) }
            for child in inline.children { visit(child) }
        }

        /// Reads every comment of an HTML block, whose lines hold nothing but raw HTML.
        ///
        /// cmark-gfm's end positions for HTML blocks are unreliable, so the block's extent is its
        /// start line plus the lines of its literal.
        mutating func scanBlock(_ block: Block) {
            let firstLine = block.range.start.line
            let lastLine = firstLine + max(0, block.literal.utf8.filter { $0 == UInt8(ascii: "\n") }.count - 1)
            let from = lines.byteRange(ofLine: firstLine).lowerBound
            let to = lines.byteRange(ofLine: lastLine).upperBound
            var cursor = from
            while let start = find(Scanner.open, from: cursor, before: to) {
                cursor = readComment(at: start, limit: to)
            }
        }

        /// Reads the one comment an inline HTML node is (never the rest of its line: code spans may follow).
        mutating func scanInline(_ inline: Inline) {
            let line = inline.range.start.line
            let lineBytes = lines.byteRange(ofLine: line)
            let guess = lines.offset(of: inline.range.start)
            // Prefer the reported start; else the first comment on the line at or after the reported column.
            let start = find(Scanner.open, from: guess, before: min(lineBytes.upperBound, guess + Scanner.open.count))
                ?? find(Scanner.open, from: guess, before: lineBytes.upperBound)
            guard let start else { return }
            let newlines = inline.literal.utf8.filter { $0 == UInt8(ascii: "\n") }.count
            _ = readComment(at: start, limit: lines.byteRange(ofLine: line + newlines).upperBound)
        }

        /// Reads the comment opening at `start`; returns the offset after it.
        mutating func readComment(at start: Int, limit: Int) -> Int {
            let bodyStart = start + Scanner.open.count
            // An unterminated comment runs to the end of the node, as HTML would read it.
            let close = find(Scanner.close, from: bodyStart, before: limit)
            let bodyEnd = close ?? limit
            let end = close.map { $0 + Scanner.close.count } ?? limit
            if seen.insert(start).inserted { read(body: bodyStart..<max(bodyStart, bodyEnd), comment: start..<end) }
            return max(end, bodyStart)
        }

        /// Parses one comment body: `learnlint-ACTION id, id …`.
        mutating func read(body: Range<Int>, comment: Range<Int>) {
            let tokens = tokenize(body)
            guard let first = tokens.first, first.text.lowercased().hasPrefix(SuppressionDirective.prefix) else { return }
            let commentRange = SourceRange(
                start: lines.position(ofOffset: comment.lowerBound), end: lines.position(ofOffset: max(comment.lowerBound, comment.upperBound - 1)))
            let word = first.text.lowercased()
            guard let action = SuppressionDirective.Action(rawValue: String(word.dropFirst(SuppressionDirective.prefix.count))) else {
                unknown.append(UnknownSuppressionDirective(word: first.text, range: range(of: first)))
                return
            }
            let ids = tokens.dropFirst()
            directives.append(
                SuppressionDirective(action: action, rules: ids.map(\.text), ruleRanges: ids.map { range(of: $0) }, range: commentRange))
        }

        // MARK: - Bytes

        private static let open = Array("<!--".utf8)
        private static let close = Array("-->".utf8)

        private func find(_ needle: [UInt8], from start: Int, before limit: Int) -> Int? {
            let bytes = lines.bytes
            guard !needle.isEmpty, limit <= bytes.count, start >= 0 else { return nil }
            var index = start
            while index + needle.count <= limit {
                if bytes[index] == needle[0], bytes[index..<index + needle.count].elementsEqual(needle) { return index }
                index += 1
            }
            return nil
        }

        /// Splits a comment body into words at whitespace and commas, keeping each word's byte span.
        private func tokenize(_ body: Range<Int>) -> [(text: String, span: Range<Int>)] {
            let bytes = lines.bytes
            var tokens: [(text: String, span: Range<Int>)] = []
            var start: Int?
            for index in body.lowerBound...body.upperBound {
                let separator = index == body.upperBound || isSeparator(bytes[index])
                if separator, let begin = start {
                    tokens.append((String(decoding: bytes[begin..<index], as: UTF8.self), begin..<index))
                    start = nil
                } else if !separator, start == nil {
                    start = index
                }
            }
            return tokens
        }

        private func isSeparator(_ byte: UInt8) -> Bool {
            byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n")
                || byte == UInt8(ascii: "\r") || byte == UInt8(ascii: ",")
        }

        private func range(of token: (text: String, span: Range<Int>)) -> SourceRange {
            SourceRange(
                start: lines.position(ofOffset: token.span.lowerBound),
                end: lines.position(ofOffset: max(token.span.lowerBound, token.span.upperBound - 1)))
        }
    }
}
