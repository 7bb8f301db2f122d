import LearnLintCore

/// Reads the technology names an item of a technologies section lists, the way a reader would:
/// `**Docker**: a platform…` names Docker; `Redis - a cache` names Redis; `**Databases**: PostgreSQL,
/// MySQL` names PostgreSQL and MySQL; an item with a nested list names what the nested list names.
/// Items that read as sentences name nothing: an unknown name is a hint, so guessing is worse than silence.
enum TechnologyItemNames {
    /// A name and the block it was read from (to report it at the right place).
    struct Name {
        var text: String
        var block: Block
    }

    /// The longest name (in words, parentheses aside) that still reads as a name rather than a phrase.
    static let maximumWords = 4

    /// The names an item (a list item or a table row) lists.
    /// `isKnown` tells whether a text names a known technology: a known head (`**Docker**: images,
    /// volumes`) is the name even when a list follows it.
    static func names(of item: Block, isKnown: (String) -> Bool) -> [Name] {
        Reading(item).names(isKnown: isKnown)
    }

    /// The names an item of a document lists, its reading (everything that does not depend on
    /// `isKnown`) memoized per document: the sections, vocabulary and section-content checks read
    /// the same items with different notions of a known name.
    static func names(of item: Block, in document: Document, isKnown: (String) -> Bool) -> [Name] {
        // An item's bytes tell it from every other item (a nested item starts after its parent's
        // marker); one without a position is read on its own rather than risk another's reading.
        guard !item.byteRange.isEmpty else { return Reading(item).names(isKnown: isKnown) }
        return document.memoized(DocumentMemo<Reading>("technology-item-names", range: item.byteRange)) {
            Reading(item)
        }.names(isKnown: isKnown)
    }

    /// What an item says before any name is judged known: its heads and rests, cleaned, and its nested items.
    struct Reading: Sendable {
        indirect enum Shape: Sendable {
            /// A list item: its paragraph's names (nil for none) and the readings of its nested items.
            case item(own: Candidates?, paragraph: Block?, nested: [Reading])
            /// A table row: the first cell, and the second when there is one.
            case row(first: Block, firstText: String, firstAlone: Candidates, second: (Block, String, Candidates)?)
            case nothing
        }

        let shape: Shape

        init(_ item: Block, depth: Int = 0) {
            guard depth < 4 else {
                shape = .nothing
                return
            }
            switch item.kind {
            case .item:
                var own: Candidates?
                var paragraph: Block?
                if let first = item.children.first, first.kind == .paragraph {
                    own = TechnologyItemNames.candidates(inParagraph: first)
                    paragraph = first
                }
                let nested = item.children.filter(\.isList).flatMap(\.children).map { Reading($0, depth: depth + 1) }
                shape = .item(own: own, paragraph: paragraph, nested: nested)
            case .tableRow:
                guard let cell = item.children.first else {
                    shape = .nothing
                    return
                }
                let text = cell.plainText
                var second: (Block, String, Candidates)?
                if item.children.count > 1 {
                    let other = item.children[1]
                    let otherText = other.plainText
                    second = (other, otherText, Candidates(head: "", rest: otherText))
                }
                shape = .row(first: cell, firstText: text, firstAlone: Candidates(head: text, rest: ""), second: second)
            default:
                shape = .nothing
            }
        }

        func names(isKnown: (String) -> Bool) -> [Name] {
            switch shape {
            case .item(let own, let paragraph, let nested):
                var names: [Name] = []
                if let own, let paragraph { names = own.names(isKnown: isKnown).map { Name(text: $0, block: paragraph) } }
                // A nested list under a category (`**Databases**`) lists the names; under a known name it
                // describes that name.
                if nested.isEmpty || names.contains(where: { isKnown($0.text) }) { return names }
                return nested.flatMap { $0.names(isKnown: isKnown) }
            case .row(let first, let firstText, let firstAlone, let second):
                // `| Data | PostgreSQL, Redis |`: a first cell that names nothing known, before a cell that
                // does, is a category; the names are in the second cell.
                if let (block, text, candidates) = second, !isKnown(firstText), isKnown(text) {
                    return candidates.names(isKnown: isKnown).map { Name(text: $0, block: block) }
                }
                return firstAlone.names(isKnown: isKnown).map { Name(text: $0, block: first) }
            case .nothing:
                return []
            }
        }
    }

    /// A head (`Docker`, `Languages & Frameworks`) and what follows it; nil from
    /// `candidates(inParagraph:)` for an item that opens with code (a command or a package). They are
    /// cleaned and classified only as far as `names(isKnown:)` needs: most heads are known names.
    struct Candidates: Sendable {
        let rawHead: String
        let rawRest: String

        init(head: String, rest: String) {
            rawHead = head
            rawRest = rest
        }

        /// The names: a known head alone; else a list after it; else a known name after a category
        /// label (`Editor: VS Code`, `Version control: Git and GitHub`); else a list or name in the head.
        func names(isKnown: (String) -> Bool) -> [String] {
            let head = TechnologyItemNames.cleaned(rawHead, leading: false)
            let headIsName = TechnologyItemNames.isNameLike(head)
            if headIsName, isKnown(head) { return [head] }
            let rest = TechnologyItemNames.cleaned(rawRest, leading: true)
            if let list = TechnologyItemNames.shortList(rest) { return list }
            if !rest.containsASCII(","), TechnologyItemNames.isNameLike(rest), isKnown(rest) { return [rest] }
            if let list = TechnologyItemNames.shortList(head) { return list }
            return headIsName ? [head] : []
        }
    }

    /// The names a paragraph lists: a leading bold run is the name (or the category of a list after it).
    static func names(inParagraph paragraph: Block, isKnown: (String) -> Bool) -> [String] {
        candidates(inParagraph: paragraph)?.names(isKnown: isKnown) ?? []
    }

    /// Names from a head and what follows it (see `Candidates`).
    static func names(head: String, rest: String, isKnown: (String) -> Bool) -> [String] {
        Candidates(head: head, rest: rest).names(isKnown: isKnown)
    }

    private static func candidates(inParagraph paragraph: Block) -> Candidates? {
        let inlines = paragraph.inlines.filter { !($0.kind == .text && $0.literal.trimmed.isEmpty) }
        // A name written as code (`python3`, `django-admin`) is a command or a package, not prose: no hint.
        if let first = inlines.first, first.isCodeOrHTML { return nil }
        if let first = inlines.first, first.kind == .strong {
            return Candidates(head: first.plainText, rest: inlines.dropFirst().map(\.plainText).joined())
        }
        let text = paragraph.plainText
        for separator in [": ", " - ", " – ", " — "] {
            if let range = text.utf8Range(of: separator) {
                return Candidates(head: String(text[..<range.lowerBound]), rest: String(text[range.upperBound...]))
            }
        }
        return Candidates(head: text, rest: "")
    }

    // MARK: - Private helpers

    /// `Python, Django, REST APIs` → its parts, when there are at least two and each reads as a name.
    fileprivate static func shortList(_ text: String) -> [String]? {
        guard text.containsASCII(",") else { return nil }
        let parts = text.split(separator: ",").map { cleaned(String($0), leading: false) }.filter { !$0.isEmpty }
        guard parts.count >= 2, parts.allSatisfy(isNameLike) else { return nil }
        return parts
    }

    /// Template leftovers (`TODO`, `TBD`): the placeholders rule reports them; they name nothing.
    private static let placeholders = PlaceholdersRule.defaultPatterns.compactMap(TextPattern.init)

    fileprivate static func isNameLike(_ text: String) -> Bool {
        if let ascii = isNameLikeASCII(text) { return ascii }
        // One character (`a`, `-`) is a placeholder more often than a name.
        guard text.count >= 2, text.contains(where: \.isLetter) else { return false }
        let bytes = ArraySlice(Array(text.utf8))
        guard !placeholders.contains(where: { !$0.matches(in: bytes).isEmpty }) else { return false }
        // Sentences, identifiers and markup are not names.
        if let found = containsMarkerASCII(text) {
            if found { return false }
        } else {
            for marker in [". ", "? ", "! ", ";", "_", "@", "\\", "=", "<", ">", "{", "}", "[", "]", "|", "*", "`"]
            where text.utf8Range(of: marker) != nil {
                return false
            }
        }
        if let last = text.last, "?!".contains(last) { return false }
        return TextTokens(withoutParentheses(text)).words.count <= maximumWords
    }

    /// The placeholder patterns, searched in one pass.
    private static let placeholderSet = TextPatternSet(placeholders)

    /// `isNameLike` over an ASCII text without carriage returns, where a byte is a character: the same
    /// tests (all pure, so cheapest first) on bytes, and words counted outside parentheses without
    /// building the text; nil for any other text. This runs for every item of every section the
    /// sections and vocabulary rules read.
    private static func isNameLikeASCII(_ text: String) -> Bool? {
        var text = text
        return text.withUTF8 { bytes -> Bool? in
            guard !bytes.contains(where: { $0 >= 0x80 || $0 == UInt8(ascii: "\r") }) else { return nil }
            guard bytes.count >= 2, bytes.contains(where: isASCIILetter) else { return false }
            if containsMarker(bytes) { return false }
            if let last = bytes.last, last == UInt8(ascii: "?") || last == UInt8(ascii: "!") { return false }
            guard wordCountOutsideParentheses(bytes) <= maximumWords else { return false }
            return !placeholderSet.matches(in: ArraySlice(bytes)).contains { !$0.isEmpty }
        }
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool { ASCIIByte.isLetter(byte) }

    /// The number of `TextTokens` words (runs of letters and digits) of `withoutParentheses(text)`.
    private static func wordCountOutsideParentheses(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var depth = 0
        var count = 0
        var inWord = false
        for byte in bytes {
            if byte == UInt8(ascii: "(") {
                depth += 1
            } else if byte == UInt8(ascii: ")") {
                depth = max(0, depth - 1)
            } else if depth == 0 {
                // Bytes inside parentheses are dropped, so the words on either side join.
                let isWordByte = isASCIILetter(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                if isWordByte, !inWord { count += 1 }
                inWord = isWordByte
            }
        }
        return count
    }

    /// The marker test of `isNameLike` over an ASCII text's bytes (there a byte is a character); nil
    /// for other text. It runs for every item of every technologies section.
    private static func containsMarkerASCII(_ text: String) -> Bool? {
        var text = text
        return text.withUTF8 { bytes in
            bytes.contains { $0 >= 0x80 } ? nil : containsMarker(bytes)
        }
    }

    private static func containsMarker(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var previous: UInt8 = 0
        for byte in bytes {
            switch byte {
            case UInt8(ascii: ";"), UInt8(ascii: "_"), UInt8(ascii: "@"), UInt8(ascii: "\\"), UInt8(ascii: "="),
                UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "["),
                UInt8(ascii: "]"), UInt8(ascii: "|"), UInt8(ascii: "*"), UInt8(ascii: "`"):
                return true
            case UInt8(ascii: " ") where previous == UInt8(ascii: ".") || previous == UInt8(ascii: "?") || previous == UInt8(ascii: "!"):
                return true
            default:
                previous = byte
            }
        }
        return false
    }

    /// Trims spaces and the punctuation that frames a name (`Python.`, `**Django:**`, `: Python`).
    fileprivate static func cleaned(_ text: String, leading: Bool) -> String {
        var result = Substring(text.trimmed)
        while let last = result.last, ":.,".contains(last) { result = result.dropLast() }
        if leading {
            while let first = result.first, ":-–—".contains(first) || first.isWhitespace { result = result.dropFirst() }
        }
        return result.trimmed
    }

    private static func withoutParentheses(_ text: String) -> String {
        var result = ""
        var depth = 0
        for character in text {
            if character == "(" {
                depth += 1
            } else if character == ")" {
                depth = max(0, depth - 1)
            } else if depth == 0 {
                result.append(character)
            }
        }
        return result
    }
}
