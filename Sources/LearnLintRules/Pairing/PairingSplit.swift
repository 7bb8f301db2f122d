import LearnLintCore

/// Pairing's reading of one text, as a thin layer over the shared tokenizer (`TextTokens`): one
/// pass over its words and the gaps between them gives the pairing words, the clauses and the
/// sentences the heuristics read.
///
/// - A pairing word is a `TextTokens` word, lowercased, joined to the next one across apostrophes
///   (`don't`, `it’s` → `it's`), so `didn't` stays one negation. `C++`, `C#` and `F#` read as `c`
///   and `f` (keywords are plain words, and `C++'s` must not read as one word).
/// - Clauses end at `.` `!` `?` `:` before white space, at `;` `,` a line break, `→` `⇒` `->` `=>`,
///   and at a dash between spaces; they are read from the gaps, so a boundary is never inside a
///   word. A clause that shows something but no word (an emoji) keeps its place; one of white space
///   only does not.
/// - Sentences end where `.` `!` or `?` meets white space (or the end).
///
/// The rules are pairing's own (they differ from `TextTokens.Gap`: `:` ends a clause only before
/// white space, parentheses never do, line breaks and arrows do). They are stated over what a reader
/// sees as characters: combining marks after a letter stay in its word, and a mark on `.` or `,`
/// makes it no boundary (PairingSplitTests holds a `Character` statement of the rules and checks
/// this against it on random and real text).
struct PairingSplit {
    /// The words of each clause that shows anything, in order.
    private(set) var clauses: [[String]] = []
    /// How many pieces the sentence ends cut the text into, not counting white space alone.
    private(set) var sentenceCount = 0
    /// The last such piece, trimmed.
    private(set) var lastSentence = ""
    /// 1 + how many times `.` `!` or `?`, one space and a capital letter follow each other
    /// ("e.g. this" and "v1.2" end no sentence here).
    private(set) var capitalSentenceCount = 1

    private let tokens: TextTokens
    // The clause and sentence being read.
    private var clause: [String] = []
    private var clauseHasContent = false
    private var sentenceStart = 0
    private var sentenceHasContent = false
    private var lastSentenceRange: Range<Int>?
    /// The previous character's first code point (white space before the text).
    private var previous: Unicode.Scalar = " "
    /// Whether marks joined it (then it is no plain `-` or `=`).
    private var previousMarked = false

    init(_ text: String) {
        tokens = TextTokens(text)
        var word: String?
        var joinable = false
        var gapStart = 0
        for token in tokens.words {
            let (text, canJoin) = stem(token)
            defer {
                joinable = canJoin
                gapStart = token.end
            }
            if let current = word {
                let (joined, attached) = attach(to: current, joinable: joinable, from: gapStart, to: token.start)
                if let joined {
                    word = joined + text
                    continue
                }
                clause.append(attached)
            }
            scanGap(from: gapStart, to: token.start)
            clauseHasContent = true
            sentenceHasContent = true
            if isCapitalSentenceStart(token) { capitalSentenceCount += 1 }
            word = text
        }
        if let current = word {
            clause.append(attach(to: current, joinable: joinable, from: gapStart, to: tokens.count).attached)
        }
        scanGap(from: gapStart, to: tokens.count)
        closeClause()
        closeSentence(at: tokens.count)
        if let range = lastSentenceRange { lastSentence = tokens.text(fromByte: range.lowerBound, to: range.upperBound).trimmed }
    }

    /// Every word, in order (the clauses' words: no boundary is inside a word).
    var words: [String] { clauses.flatMap { $0 } }

    // MARK: - Words

    /// The token's folded form without a `++` or `#` suffix, and whether an apostrophe may join it
    /// to the next (not after a suffix: `C++'s` is `c` and `s`).
    private func stem(_ token: TextTokens.Word) -> (text: String, joinable: Bool) {
        let folded = tokens.folded(token)
        switch tokens.byte(at: token.end - 1) {
        case UInt8(ascii: "+"): return (String(folded.dropLast(2)), false)
        case UInt8(ascii: "#"): return (String(folded.dropLast(1)), false)
        default: return (folded, true)
        }
    }

    /// What the gap after a word does to it. Marks that combine with its last letter are part of it;
    /// then, when nothing but apostrophes stands before the next token, the word goes on (`joined`,
    /// one `'` per apostrophe); otherwise it ends, keeping all but one of the apostrophes after it.
    private func attach(to word: String, joinable: Bool, from start: Int, to end: Int) -> (joined: String?, attached: String) {
        guard joinable else { return (nil, word) }
        var offset = start
        while offset < end, let scalar = tokens.scalar(at: offset), Self.isExtender(scalar) {
            offset = tokens.offset(afterScalarAt: offset)
        }
        var word = word
        if offset > start { word += tokens.text(fromByte: start, to: offset).lowercased() }
        var apostrophes = 0
        while offset < end, isApostrophe(at: offset) {
            apostrophes += 1
            offset = tokens.offset(afterScalarAt: offset)
            if let scalar = tokens.scalar(at: offset), Self.isExtender(scalar) {
                // `'` with a mark on it is another character: the word ends before it.
                apostrophes -= 1
                break
            }
        }
        if offset == end, end < tokens.count, offset > start {
            return (word + String(repeating: "'", count: apostrophes), word)
        }
        return (nil, word + String(repeating: "'", count: max(0, apostrophes - 1)))
    }

    private func isApostrophe(at offset: Int) -> Bool {
        guard let scalar = tokens.scalar(at: offset) else { return false }
        return scalar == "'" || scalar == "’"
    }

    /// A `.` `!` or `?`, one space, then this token starting with a capital letter.
    private func isCapitalSentenceStart(_ token: TextTokens.Word) -> Bool {
        guard token.start >= 2, tokens.byte(at: token.start - 1) == 0x20, let end = tokens.byte(at: token.start - 2),
            end == UInt8(ascii: ".") || end == UInt8(ascii: "!") || end == UInt8(ascii: "?")
        else { return false }
        return tokens.scalar(at: token.start)?.properties.isUppercase == true
    }

    // MARK: - Clauses and sentences

    /// Reads the characters between two tokens (or a text end): boundaries, and whether any shows.
    private mutating func scanGap(from start: Int, to end: Int) {
        // After a token, its last letter (no white space, no dash) is the character before.
        if start > 0 {
            previous = tokens.scalar(before: start) ?? " "
            previousMarked = false
        }
        var offset = start
        var afterControl = false
        while offset < end {
            guard let scalar = tokens.scalar(at: offset) else { return }
            var next = tokens.offset(afterScalarAt: offset)
            if Self.isExtender(scalar), offset > 0, !afterControl {
                // Part of the character before it (a word's letter, white space): no character of its own.
                offset = next
                continue
            }
            // A control (tab, line break) takes no marks: a mark after it is a character of its own.
            afterControl = Self.isControl(scalar)
            var marked = false
            while !afterControl, next < end, let mark = tokens.scalar(at: next), Self.isExtender(mark) {
                marked = true
                next = tokens.offset(afterScalarAt: next)
            }
            // After the gap comes a word (no white space) or the text's end (read as white space).
            let nextIsSpace = next < end ? tokens.scalar(at: next).map(Self.isWhitespace) ?? true : end == tokens.count
            let isSpace = Self.isWhitespace(scalar)
            if !marked, isClauseBoundary(scalar, nextIsSpace: nextIsSpace) {
                closeClause()
            } else if !isSpace {
                clauseHasContent = true
            }
            if !isSpace { sentenceHasContent = true }
            if !marked, nextIsSpace, scalar == "." || scalar == "!" || scalar == "?" { closeSentence(at: next) }
            previous = scalar
            previousMarked = marked
            offset = next
        }
    }

    private func isClauseBoundary(_ scalar: Unicode.Scalar, nextIsSpace: Bool) -> Bool {
        switch scalar {
        case ".", "!", "?", ":": return nextIsSpace
        case ";", ",", "→", "⇒", "\u{37E}": return true  // U+037E is `;` to `Character` equality
        case "\n": return previous != "\r"  // "\r\n" is one character, which is no "\n"
        case "-", "–", "—": return Self.isWhitespace(previous) && nextIsSpace
        case ">": return !previousMarked && (previous == "-" || previous == "=")
        default: return false
        }
    }

    private mutating func closeClause() {
        if clauseHasContent { clauses.append(clause) }
        clause = []
        clauseHasContent = false
    }

    /// Ends the sentence piece at a byte offset (right after its `.` `!` `?`, or the text's end).
    private mutating func closeSentence(at end: Int) {
        if sentenceHasContent {
            sentenceCount += 1
            lastSentenceRange = sentenceStart..<end
        }
        sentenceStart = end
        sentenceHasContent = false
    }

    /// A code point that joins the character before it (a combining mark, a variation selector, a
    /// zero-width joiner, a skin tone): what grapheme breaking never separates from its base.
    private static func isExtender(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.value >= 0x300 else { return false }
        let properties = scalar.properties
        return properties.isGraphemeExtend || properties.generalCategory == .spacingMark || scalar.value == 0x200D
            || (0x1F3FB...0x1F3FF).contains(scalar.value)
    }

    /// A code point grapheme breaking keeps apart from any mark after it (controls, line and paragraph
    /// separators, format characters other than the joiners).
    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar.value < 0x20 || scalar.value == 0x7F }
        switch scalar.properties.generalCategory {
        case .control, .lineSeparator, .paragraphSeparator: return true
        case .format: return scalar.value != 0x200C && scalar.value != 0x200D
        default: return false
        }
    }

    /// `Character.isWhitespace` of a character starting with this code point.
    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? scalar == " " || (0x09...0x0D).contains(scalar.value) : scalar.properties.isWhitespace
    }
}
