import LearnLintCore

/// Leftovers of a chat assistant's answer pasted as it was shown: the code box's language label and
/// "Copy code" button standing alone around code, and the "Sure! Here's …" reply that opened it.
enum ChatCheck {
    /// The buttons a chat code box shows (compared case-insensitively).
    static let buttons: Set<String> = ["copy code", "copy", "edit", "copy edit", "copyedit"]
    /// Language labels a chat code box shows, always in lower case.
    static let languages: Set<String> = [
        "python", "bash", "sh", "shell", "zsh", "powershell", "javascript", "typescript", "js", "ts", "json", "yaml",
        "yml", "sql", "html", "css", "java", "go", "rust", "ruby", "php", "c", "cpp", "csharp", "kotlin", "swift",
        "dockerfile", "makefile", "plaintext", "text", "ini", "toml", "xml", "graphql", "jsx", "tsx", "env", "nginx",
        "markdown",
    ]
    static let longestLabel = max(buttons.map(\.utf8.count).max() ?? 0, languages.map(\.utf8.count).max() ?? 0)
    /// Words a chat reply opens with, before `!`, `,` or `.`.
    static let openers = ["sure", "certainly", "absolutely", "of course", "great", "okay"]
    /// What follows the opener in a reply that hands over a text.
    static let handovers = [
        "here's", "here’s", "here is", "here are", "below is", "below are", "i've", "i’ve", "i have",
    ]

    static func pitfalls(_ lines: RenderingLines) -> [RenderingPitfall] {
        var found: [RenderingPitfall] = []
        var previous: (line: Int, isLeftover: Bool)?
        for block in lines.leaves {
            switch block.kind {
            case .paragraph:
                for (line, start, end) in lines.contentLines(of: block) {
                    let range = lines.trimmed(start..<end)
                    let label = label(
                        of: range, lines, nextLine: line < block.range.end.line ? line + 1 : nil, block: block)
                    let continues = previous.map { $0.isLeftover && $0.line == line - 1 } ?? false
                    if label, !continues {
                        let message =
                            "“\(lines.text(range))” is the label or button of a chat assistant's code box, pasted with the answer: delete it"
                        found.append(RenderingPitfall(.chatLeftovers, range, message))
                    }
                    previous = (line, label)
                    if line == block.range.start.line, let opener = opener(range, lines) { found.append(opener) }
                }
            case .codeBlock(true, _):
                // The label and button copied inside the fence, as its first lines.
                let first = block.range.start.line + 1
                guard first <= block.range.end.line else { continue }
                let range = lines.trimmed(lines.range(ofLine: first))
                let text = lines.text(range).lowercased()
                let second = lines.text(lines.trimmed(lines.range(ofLine: first + 1))).lowercased()
                if text == "copy code" || (languages.contains(lines.text(range)) && buttons.contains(second)) {
                    let message =
                        "“\(lines.text(range))” is the label or button of a chat assistant's code box, copied into the code: delete it"
                    found.append(RenderingPitfall(.chatLeftovers, range, message))
                }
            default:
                continue
            }
        }
        return found
    }

    // MARK: - Private helpers

    /// Whether a paragraph line is a code box's label or button: “Copy code” always; “Copy”, “Edit” or a
    /// lower-case language name only next to another such line or directly above code.
    private static func label(of range: Range<Int>, _ lines: RenderingLines, nextLine: Int?, block: Block) -> Bool {
        // Every label and button is a short word or two: longer lines need no look.
        guard range.count <= longestLabel else { return false }
        let text = lines.text(range)
        let lower = text.lowercased()
        if lower == "copy code" { return true }
        guard buttons.contains(lower) || languages.contains(text) else { return false }
        let line = lines.lines.line(ofOffset: range.lowerBound)
        // A language name needs a button beside it (a list of languages is not a code box); a button
        // needs a language name or another button.
        let isButton = buttons.contains(lower)
        func isBoxLine(_ other: Int) -> Bool {
            guard other >= block.range.start.line, other <= block.range.end.line else { return false }
            let range = lines.trimmed(lines.range(ofLine: other))
            guard range.count <= longestLabel else { return false }
            let neighbour = lines.text(range)
            return buttons.contains(neighbour.lowercased()) || (isButton && languages.contains(neighbour))
        }
        if isBoxLine(line - 1) || isBoxLine(line + 1) { return true }
        // The last line of a paragraph, with a code block right under it.
        return nextLine == nil && lines.codeStartLines.contains(line + 1)
    }

    /// “Sure! Here's …”, “Certainly, here is …” opening a paragraph.
    private static func opener(_ range: Range<Int>, _ lines: RenderingLines) -> RenderingPitfall? {
        let bytes = lines.bytes
        guard range.count > 6, ASCIIByte.isLetter(bytes[range.lowerBound]) else { return nil }
        let head = lines.text(range.lowerBound..<min(range.upperBound, range.lowerBound + 40)).lowercased()
        for word in openers where head.hasPrefix(word) {
            var rest = head.dropFirst(word.count)
            guard let mark = rest.first, "!,.".contains(mark) else { continue }
            rest = rest.dropFirst().drop { $0 == " " || $0 == "!" }
            guard handovers.contains(where: { rest.hasPrefix($0) }) else { continue }
            let line = lines.lines.line(ofOffset: range.lowerBound)
            let end = lines.range(ofLine: line).upperBound
            let message =
                "“\(lines.text(range.lowerBound..<end).prefix(30))…” is a chat assistant's reply, not part of the document: delete it"
            return RenderingPitfall(.chatLeftovers, range.lowerBound..<end, message)
        }
        return nil
    }
}
