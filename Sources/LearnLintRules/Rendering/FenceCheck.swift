import LearnLintCore

/// Code blocks that swallow what was meant as text: a fence that is never closed, and headings or lists
/// indented four spaces or more (an indented code block in Markdown).
enum FenceCheck {
    /// A code block that holds Markdown text, with the title-like lines it hides from the section tree.
    struct Problem {
        var pitfall: RenderingPitfall
        /// Heading-like or bold-only lines inside the block: (line, title bytes).
        var titles: [(line: Int, title: Range<Int>)]
        /// How a hidden title is explained (“is inside the code block opened at line 12, which is never closed”).
        var reason: String
        /// Whether the block is a finding (or only explains hidden titles).
        var reported = true
    }

    /// Fenced code blocks whose fence the writer never closed, or closed by accident with a later fence.
    static func unclosedFences(_ lines: RenderingLines) -> [Problem] {
        var problems: [Problem] = []
        for block in lines.leaves {
            guard case .codeBlock(true, _) = block.kind, let problem = unclosed(block, lines) else { continue }
            problems.append(problem)
        }
        return problems
    }

    /// Info strings of a fence that shows Markdown source.
    static let markdownInfo: Set<String> = ["markdown", "md", "gfm", "mdx"]

    /// A closed fence around the document itself (a chat answer copied with its ```` ```markdown ```` box):
    /// GitHub shows the Markdown as source. Needs two headings inside, half the document's lines and no
    /// `##` heading outside; the titles of every Markdown block are returned for explanations, whatever
    /// its size.
    static func fencedDocuments(_ lines: RenderingLines) -> [Problem] {
        var textLines = 0
        if lines.lastLine >= 1 { for line in 1...lines.lastLine where !lines.isBlank(line) { textLines += 1 } }
        let hasSectionHeading = lines.leaves.contains { block in
            if case .heading(let level, _) = block.kind { return level >= 2 }
            return false
        }
        var problems: [Problem] = []
        for block in lines.leaves {
            guard case .codeBlock(true, let info) = block.kind else { continue }
            let language = info.split(separator: " ").first.map { $0.lowercased() } ?? ""
            guard language.isEmpty || markdownInfo.contains(language) else { continue }
            let first = block.range.start.line
            let last = min(block.range.end.line, lines.lastLine)
            // An unclosed fence is the other check's finding.
            guard first < last, let opening = openingFence(of: block, lines),
                isFence(line: last, of: opening.fence, atLeast: opening.length, lines)
            else { continue }
            var titles: [(line: Int, title: Range<Int>)] = []
            var headings: [(line: Int, title: Range<Int>)] = []
            for line in (first + 1)...last {
                let range = lines.range(ofLine: line)
                let start = lines.skipSpaces(from: range.lowerBound, to: range.upperBound)
                if let heading = lines.atxHeading(from: start, to: range.upperBound) {
                    titles.append((line, heading.title))
                    if heading.level >= 2 || !language.isEmpty { headings.append((line, heading.title)) }
                } else if let title = lines.boldOnlyLine(from: start, to: range.upperBound) {
                    titles.append((line, title))
                }
            }
            let fence = lines.text(block.byteRange.lowerBound..<lines.range(ofLine: first).upperBound).trimmed
            let reason =
                "is inside the “\(fence)” code block at line \(first), so GitHub shows it as source, not as a heading"
            // The document itself: half its lines, and no section heading rendered outside the block.
            let holdsDocument = headings.count >= 2 && (last - first + 1) * 2 >= textLines && !hasSectionHeading
            guard !language.isEmpty || holdsDocument else { continue }
            guard holdsDocument else {
                problems.append(
                    Problem(
                        pitfall: RenderingPitfall(.fencedDocument, 0..<0, ""), titles: titles, reason: reason,
                        reported: false))
                continue
            }
            let named = headings.prefix(2).map { "“\(lines.text($0.title))”" }.joined(separator: ", ")
            let message =
                "the “\(fence)” code block (lines \(first)–\(last)) holds the document itself, with the headings \(named): GitHub shows its Markdown as source instead of rendering it; remove the fence lines"
            let start = block.byteRange.lowerBound
            problems.append(
                Problem(
                    pitfall: RenderingPitfall(.fencedDocument, start..<lines.range(ofLine: first).upperBound, message),
                    titles: titles, reason: reason))
        }
        return problems
    }

    /// Indented code blocks that hold headings or list items: text indented four spaces or more.
    static func indentedMarkdown(_ lines: RenderingLines) -> [Problem] {
        var problems: [Problem] = []
        for block in lines.leaves {
            guard case .codeBlock(false, _) = block.kind else { continue }
            var shapes: [(line: Int, start: Int, shape: Shape)] = []
            for line in block.range.start.line...max(block.range.start.line, block.range.end.line) {
                let range = lines.range(ofLine: line)
                let start = lines.skipSpaces(from: range.lowerBound, to: range.upperBound)
                guard start < range.upperBound else { continue }
                shapes.append((line, start, shape(of: start..<range.upperBound, lines)))
            }
            guard let first = shapes.first else { continue }
            let strongHeading: Bool = {
                if case .heading(let level, _) = first.shape { return level >= 2 }
                return false
            }()
            guard strongHeading || shapes.allSatisfy({ $0.shape != .other }) else { continue }
            let what: String
            switch first.shape {
            case .heading: what = "this heading is"
            case .bold: what = "this title is"
            default: what = "this list is"
            }
            let titles: [(line: Int, title: Range<Int>)] = shapes.compactMap { entry in
                switch entry.shape {
                case .heading(_, let title), .bold(let title): return (entry.line, title)
                default: return nil
                }
            }
            let message =
                "\(what) indented 4 spaces or more, so it renders as a code block, not as Markdown: remove the indentation"
            let end = lines.range(ofLine: first.line).upperBound
            problems.append(
                Problem(
                    pitfall: RenderingPitfall(.indentedAsCode, first.start..<end, message), titles: titles,
                    reason: "is indented 4 spaces or more, so it renders as code, not as a heading"))
        }
        return problems
    }

    // MARK: - Private helpers

    private enum Shape: Equatable {
        case heading(level: Int, title: Range<Int>)
        case bold(title: Range<Int>)
        case listItem
        case other
    }

    private static func shape(of range: Range<Int>, _ lines: RenderingLines) -> Shape {
        if let heading = lines.atxHeading(from: range.lowerBound, to: range.upperBound) {
            return .heading(level: heading.level, title: heading.title)
        }
        if let title = lines.boldOnlyLine(from: range.lowerBound, to: range.upperBound) { return .bold(title: title) }
        if lines.skipListMarker(from: range.lowerBound, to: range.upperBound) != nil { return .listItem }
        return .other
    }

    /// The character and length of a fenced block's opening fence.
    private static func openingFence(of block: Block, _ lines: RenderingLines) -> (fence: UInt8, length: Int)? {
        let bytes = lines.bytes
        let open = block.byteRange.lowerBound
        guard open < bytes.count, bytes[open] == UInt8(ascii: "`") || bytes[open] == UInt8(ascii: "~") else {
            return nil
        }
        var length = 0
        while open + length < bytes.count, bytes[open + length] == bytes[open] { length += 1 }
        return length >= 3 ? (bytes[open], length) : nil
    }

    private static func unclosed(_ block: Block, _ lines: RenderingLines) -> Problem? {
        let bytes = lines.bytes
        let open = block.byteRange.lowerBound
        guard let (fence, length) = openingFence(of: block, lines) else { return nil }
        let openLine = block.range.start.line
        let endLine = min(max(openLine, block.range.end.line), lines.lastLine)
        let closed = endLine > openLine && isFence(line: endLine, of: fence, atLeast: length, lines)
        let contentEnd = closed ? endLine - 1 : endLine
        var titles: [(line: Int, title: Range<Int>)] = []
        var swallowed: [(line: Int, title: Range<Int>)] = []
        var innerOpener: (line: Int, text: Range<Int>)?
        var nearCloser: (line: Int, note: String)?
        if openLine < contentEnd {
            for line in (openLine + 1)...contentEnd {
                let range = lines.range(ofLine: line)
                var start = range.lowerBound
                while start < range.upperBound, [0x20, 0x09, UInt8(ascii: ">")].contains(bytes[start]) { start += 1 }
                if let heading = lines.atxHeading(from: start, to: range.upperBound) {
                    titles.append((line, heading.title))
                    // `# comment` is code in a shell or Python block; a heading stands between blank lines.
                    let standsAlone =
                        (line == openLine + 1 || lines.isBlank(line - 1))
                        && (line == contentEnd || lines.isBlank(line + 1))
                    if heading.level >= 2 || standsAlone { swallowed.append((line, heading.title)) }
                } else if let title = lines.boldOnlyLine(from: start, to: range.upperBound) {
                    titles.append((line, title))
                }
                var run = start
                while run < range.upperBound, bytes[run] == UInt8(ascii: "`") || bytes[run] == UInt8(ascii: "~") {
                    run += 1
                }
                guard run - start >= 3 else { continue }
                let rest = lines.trimmed(run..<range.upperBound)
                let sameRun = bytes[start..<run].allSatisfy { $0 == fence }
                if rest.isEmpty {
                    if nearCloser == nil, !closed {
                        nearCloser = (
                            line,
                            closerNote(
                                start..<run, fence: fence, length: length, indented: start - range.lowerBound, lines)
                        )
                    }
                } else if innerOpener == nil, sameRun, run - start >= length,
                    fence == UInt8(ascii: "~") || !bytes[rest].contains(UInt8(ascii: "`"))
                {
                    innerOpener = (line, start..<range.upperBound)
                }
            }
        }
        guard innerOpener != nil || (!closed && (!swallowed.isEmpty || nearCloser != nil)) else { return nil }
        let opening = lines.text(open..<(open + length))
        var message = "code fence “\(opening)” opened here is never closed"
        if let inner = innerOpener {
            message += ": “\(lines.text(inner.text))” at line \(inner.line) does not open a new block inside it"
            message +=
                closed
                ? ", and line \(endLine) closes this one instead, so code and text trade places from there on" : ""
        } else {
            message += ": everything after it"
            message += endLine >= lines.lastLine ? ", to the end of the document," : " up to line \(endLine)"
            message += " renders as code"
        }
        if !swallowed.isEmpty {
            let named = swallowed.prefix(3).map { "“\(lines.text($0.title))” (line \($0.line))" }.joined(
                separator: ", ")
            message += ", swallowing the heading\(swallowed.count == 1 ? "" : "s") \(named)"
            if swallowed.count > 3 { message += " and \(swallowed.count - 3) more" }
        }
        if let near = nearCloser { message += " (\(near.note))" }
        return Problem(
            pitfall: RenderingPitfall(.unclosedFence, open..<(open + length), message), titles: titles,
            reason: "is inside the code block opened at line \(openLine), which is never closed")
    }

    /// Whether a line is a closing fence: a run of `fence` at least `length` long, then only spaces.
    private static func isFence(line: Int, of fence: UInt8, atLeast length: Int, _ lines: RenderingLines) -> Bool {
        let range = lines.range(ofLine: line)
        let bytes = lines.bytes
        var index = range.lowerBound
        while index < range.upperBound, [0x20, 0x09, UInt8(ascii: ">")].contains(bytes[index]) { index += 1 }
        let start = index
        while index < range.upperBound, bytes[index] == fence { index += 1 }
        return index - start >= length && lines.trimmed(index..<range.upperBound).isEmpty
    }

    /// Why a line that looks like a closing fence does not close the block.
    private static func closerNote(_ run: Range<Int>, fence: UInt8, length: Int, indented: Int, _ lines: RenderingLines)
        -> String
    {
        let written = lines.text(run)
        let line = lines.lines.line(ofOffset: run.lowerBound)
        let name = fence == UInt8(ascii: "`") ? "backticks" : "tildes"
        if !lines.bytes[run].allSatisfy({ $0 == fence }) {
            return "“\(written)” at line \(line) cannot close it: a fence opened with \(name) closes with \(name)"
        }
        if run.count < length {
            return "“\(written)” at line \(line) cannot close it: it needs at least \(length) \(name)"
        }
        return "“\(written)” at line \(line) cannot close it: it is indented \(indented) spaces"
    }
}
