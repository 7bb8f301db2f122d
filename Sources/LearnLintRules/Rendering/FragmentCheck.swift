import LearnLintCore

/// Links inside the document (`[Key Technologies](#key-technologies)`) whose `#fragment` is no heading's
/// GitHub anchor: a contents list naming a section never written, or an emoji heading (`#-key-…`).
enum FragmentCheck {
    static func pitfalls(_ lines: RenderingLines) -> [RenderingPitfall] {
        var found: [RenderingPitfall] = []
        var links: [(link: Inline, blockStart: Int)] = []
        for block in lines.leaves {
            func visit(_ inline: Inline) {
                if case .link(let destination) = inline.kind, destination.hasPrefix("#") {
                    links.append((inline, block.byteRange.lowerBound))
                }
                inline.children.forEach(visit)
            }
            block.forEach { $0.inlines.forEach(visit) }
        }
        guard !links.isEmpty else { return [] }
        let anchors = Anchors(lines)
        for (link, blockStart) in links {
            guard case .link(let destination) = link.kind else { continue }
            let fragment = percentDecoded(String(destination.dropFirst()))
            guard !anchors.contains(fragment) else { continue }
            var message = "link to “#\(fragment)” goes nowhere: no heading in this document has that anchor"
            var fix: (range: Range<Int>, replacement: String)?
            if let anchor = anchors.closest(to: fragment) {
                message += "; “\(anchor.title)” (line \(anchor.line)) has the anchor “#\(anchor.anchor)”"
                if let written = destinationRange(of: link, destination: destination, lines) {
                    fix = (written, "#" + anchor.anchor)
                }
            }
            let start = link.byteRange.isEmpty ? blockStart : link.byteRange.lowerBound
            found.append(
                RenderingPitfall(.brokenFragment, start..<max(start, link.byteRange.upperBound), message, fix: fix))
        }
        return found
    }

    // MARK: - Private helpers

    /// Every anchor a reader's browser can land on: headings (as GitHub numbers them), HTML `id`s and `name`s.
    private struct Anchors {
        var all: Set<String> = ["", "top"]
        /// Heading anchors by their letters and digits alone (`-key-technologies` → `keytechnologies`).
        var loose: [String: [(anchor: String, title: String, line: Int)]] = [:]

        init(_ lines: RenderingLines) {
            // GitHub shows a README in a box with the id `readme`: `[back to top](#readme)` lands on it.
            let fileName = lines.document.path.split(separator: "/").last.map { $0.lowercased() } ?? ""
            if fileName.hasPrefix("readme") { all.insert("readme") }
            var slugger = GitHubSlugger()
            for block in lines.leaves where block.isHeading {
                let text = FragmentCheck.headingText(block.inlines)
                let anchor = slugger.anchor(for: text)
                all.insert(anchor)
                all.insert(GitHubSlugger.slug(text, lenient: true))
                // `:rocket:` shortcodes render as emoji, which GitHub then drops.
                let withoutShortcodes = FragmentCheck.removingShortcodes(text)
                all.insert(GitHubSlugger.slug(withoutShortcodes))
                loose[anchor.filter { $0 != "-" }, default: []].append((anchor, text.trimmed, block.range.start.line))
            }
            for block in lines.document.sections where block.style == .html {
                all.insert(GitHubSlugger.slug(block.title))
            }
            lines.document.root.forEach { block in
                if block.kind == .htmlBlock { FragmentCheck.htmlIDs(block.literal).forEach { all.insert($0) } }
                block.inlines.forEach { inline in
                    if inline.kind == .html { FragmentCheck.htmlIDs(inline.literal).forEach { all.insert($0) } }
                }
            }
        }

        func contains(_ fragment: String) -> Bool {
            var name = fragment
            if name.hasPrefix("user-content-") { name = String(name.dropFirst("user-content-".count)) }
            return all.contains(name) || all.contains(name.lowercased())
        }

        /// The one heading whose anchor differs from the fragment only in hyphens and case.
        func closest(to fragment: String) -> (anchor: String, title: String, line: Int)? {
            let key = fragment.lowercased().filter { $0 != "-" }
            guard !key.isEmpty, let candidates = loose[key], candidates.count == 1 else { return nil }
            return candidates.first
        }
    }

    /// The text GitHub slugs: text and code, no image descriptions, no HTML tags.
    static func headingText(_ inlines: [Inline]) -> String {
        inlines.map { inline in
            switch inline.kind {
            case .text, .code: return inline.literal
            case .softBreak, .lineBreak: return "\n"
            case .html, .image: return ""
            default: return headingText(inline.children)
            }
        }.joined()
    }

    /// `:rocket: Deployment` → ` Deployment`.
    static func removingShortcodes(_ text: String) -> String {
        let characters = Array(text)
        var output = ""
        var index = 0
        while index < characters.count {
            if characters[index] == ":" {
                var end = index + 1
                while end < characters.count, end - index <= 40,
                    characters[end].isLetter || characters[end].isNumber || "_+-".contains(characters[end])
                {
                    end += 1
                }
                if end < characters.count, end > index + 1, characters[end] == ":" {
                    index = end + 1
                    continue
                }
            }
            output.append(characters[index])
            index += 1
        }
        return output
    }

    /// The values of `id="…"` and `name="…"` attributes in HTML.
    static func htmlIDs(_ html: String) -> [String] {
        let bytes = Array(html.utf8)
        var found: [String] = []
        var index = 0
        while index < bytes.count {
            var matched = 0
            for name in ["id=", "name="] {
                let pattern = Array(name.utf8)
                let before = index > 0 ? bytes[index - 1] : 0x20
                guard before == 0x20 || before == 0x09 || before == 0x0A, index + pattern.count < bytes.count,
                    bytes[index..<(index + pattern.count)].map(ASCIIByte.lowercased).elementsEqual(pattern)
                else { continue }
                let quote = bytes[index + pattern.count]
                guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else { continue }
                var end = index + pattern.count + 1
                while end < bytes.count, bytes[end] != quote { end += 1 }
                found.append(String(decoding: bytes[(index + pattern.count + 1)..<end], as: UTF8.self))
                matched = end - index
            }
            index += max(1, matched)
        }
        return found
    }

    /// Where `(#fragment` is written inside the link, when it is there as the destination says.
    private static func destinationRange(of link: Inline, destination: String, _ lines: RenderingLines) -> Range<Int>? {
        let bytes = lines.bytes
        let range = link.byteRange
        guard !range.isEmpty, range.upperBound <= bytes.count else { return nil }
        var index = range.lowerBound
        while index + 2 < range.upperBound {
            if bytes[index] == UInt8(ascii: "]"), bytes[index + 1] == UInt8(ascii: "("),
                bytes[index + 2] == UInt8(ascii: "#")
            {
                let start = index + 2
                var end = start
                while end < range.upperBound, ![UInt8(ascii: ")"), 0x20, 0x09, 0x0A].contains(bytes[end]) { end += 1 }
                let written = String(decoding: bytes[start..<end], as: UTF8.self)
                return percentDecoded(written) == percentDecoded(destination) ? start..<end : nil
            }
            index += 1
        }
        return nil
    }

    /// `%C3%A9` → `é`; malformed escapes stay as written.
    static func percentDecoded(_ text: String) -> String {
        let bytes = Array(text.utf8)
        guard bytes.contains(UInt8(ascii: "%")) else { return text }
        var output: [UInt8] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "%"), index + 2 < bytes.count,
                let high = hexValue(bytes[index + 1]), let low = hexValue(bytes[index + 2])
            {
                output.append(high << 4 | low)
                index += 3
            } else {
                output.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}
