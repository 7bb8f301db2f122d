import LearnLintCore

/// Near misspellings of known names (`Kuberentes`, `PostgrSQL`, `Djnago`): words no term spells, one or
/// two letters away from exactly one known name (see `NearMissIndex`), reported with the fix when the
/// context says a name was meant: the technologies section, right beside another name (`Docker,
/// Kuberentes`), or the shape of a name (a capital inside the word, or a capital mid-sentence). An
/// English word (`EnglishWords`: `docket` is not `Docker`) is never one, nor a word in capitals, with
/// digits, or inside a path or identifier.
extension VocabularyRule {
    /// A near misspelling in a text: the word's byte range there, as written, and the name meant.
    struct NearMiss {
        var range: Range<Int>
        var text: String
        var target: NearMissIndex.Target
    }

    /// The near misspellings among a text's words that no mention covers.
    static func nearMisses(
        in tokens: TextTokens, mentions: [TermMatcher.Match], inSection: Bool, index: NearMissIndex
    ) -> [NearMiss] {
        var result: [NearMiss] = []
        let words = tokens.words
        let nearby = MentionIndex(mentions)
        for (position, word) in words.enumerated() {
            // The shape first, from the bytes: a candidate is ASCII letters, so its folded form is its
            // bytes lowered and its length in code points its length in bytes.
            guard word.scalarCount >= NearMissIndex.minimumLength, isCandidateShape(word, tokens: tokens),
                let first = tokens.byte(at: word.start),
                index.mayHaveTarget(
                    firstByte: ASCIIByte.lowercased(first), count: word.end - word.start, letters: foldedLetters(word, tokens))
            else { continue }
            let start = word.start
            let end = word.end
            guard !nearby.overlaps(start..<end) else { continue }
            let before = tokens.scalar(before: word.start)
            let after = tokens.scalar(at: word.end)
            if let before, TermMatcher.pathBefore.contains(before) || before == "-" || before == "/" { continue }
            if let after, TermMatcher.pathAfter.contains(after) || after == "-" || after == "/" { continue }
            if after == ".", let next = tokens.scalar(at: word.end + 1), TextTokens.isWordScalar(next) { continue }
            let beside = nearby.within(6, of: start..<end).contains { isBeside($0, start..<end, tokens: tokens) }
            let context =
                inSection || beside
                || (isNameShaped(word, at: position, tokens: tokens)
                    && !isAmongOtherNames(position, tokens: tokens, nearby: nearby, index: index))
            // The word list first: most words in a technologies context are English, and a look-up
            // there is cheaper than the distances.
            guard context else { continue }
            let folded = tokens.folded(word)
            guard !EnglishWords.contains(folded: folded), let target = index.target(for: folded) else { continue }
            result.append(NearMiss(range: start..<end, text: tokens.text(of: word), target: target))
        }
        return result
    }

    /// Whether a text names a known term or is a near misspelling of one (for unknown-name hints and
    /// sections found by content: a misspelt name is still a technology).
    static func isNearMiss(_ text: String, index: NearMissIndex) -> Bool {
        let tokens = TextTokens(text)
        guard tokens.words.count == 1, let word = tokens.words.first, isCandidateShape(word, tokens: tokens) else {
            return false
        }
        let folded = tokens.folded(word)
        return index.target(for: folded) != nil && !EnglishWords.contains(folded)
    }

    // MARK: - Private helpers

    /// ASCII letters only, not all capitals (`POSTGRSQL` shouts; digits mean versions and identifiers).
    private static func isCandidateShape(_ word: TextTokens.Word, tokens: TextTokens) -> Bool {
        guard word.isASCII else { return false }
        var sawLower = false
        for offset in word.start..<word.end {
            guard let byte = tokens.byte(at: offset) else { return false }
            guard ASCIIByte.isLetter(byte) else { return false }
            if byte >= UInt8(ascii: "a") { sawLower = true }
        }
        return sawLower
    }

    /// `NearMissIndex.letterMask` of a candidate's folded form (its bytes lowered).
    private static func foldedLetters(_ word: TextTokens.Word, _ tokens: TextTokens) -> UInt64 {
        var mask: UInt64 = 0
        for offset in word.start..<word.end {
            if let byte = tokens.byte(at: offset) { mask |= NearMissIndex.letterBit(ASCIIByte.lowercased(byte)) }
        }
        return mask
    }

    /// A capital inside the word (`PostgrSQL`, `RabitMQ`), or a capitalised word that does not start a
    /// sentence (`notes mention Djnago`).
    private static func isNameShaped(_ word: TextTokens.Word, at position: Int, tokens: TextTokens) -> Bool {
        // Candidates are ASCII letters (`isCandidateShape`), so a byte is a character.
        if ((word.start + 1)..<word.end).contains(where: { tokens.byte(at: $0).map(ASCIIByte.isUpper) ?? false }) {
            return true
        }
        guard let first = tokens.byte(at: word.start), ASCIIByte.isUpper(first), position > 0 else {
            return false
        }
        var index = word.start
        while let scalar = tokens.scalar(before: index), scalar == " " || scalar == "\u{00A0}" {
            index -= UTF8.width(scalar)
        }
        guard let previous = tokens.scalar(before: index) else { return false }
        return !".!?:;\"“(*#>".unicodeScalars.contains(previous)
    }

    /// Whether the word stands in a list of other capitalised words that are no names the vocabulary
    /// knows or nearly knows (`Thanks to Dagim, Kafia and Dan`): people or places, so its capital says
    /// nothing about a technology.
    private static func isAmongOtherNames(
        _ position: Int, tokens: TextTokens, nearby: MentionIndex, index: NearMissIndex
    ) -> Bool {
        let words = tokens.words
        guard words.indices.contains(position) else { return false }
        let word = words[position].start..<words[position].end
        // Two words away too: `Kafia and Dan` has the joiner as a word between.
        for neighbour in [position - 2, position - 1, position + 1, position + 2] where words.indices.contains(neighbour) {
            let other = words[neighbour]
            let range = other.start..<other.end
            guard let first = tokens.byte(at: other.start), ASCIIByte.isUpper(first),
                isBeside(word, range, tokens: tokens), !nearby.overlaps(range),
                index.target(for: tokens.folded(other)) == nil
            else { continue }
            return true
        }
        return false
    }

    /// Whether two byte ranges of a text stand beside each other in a list (`Docker, Kuberentes`).
    private static func isBeside(_ a: Range<Int>, _ b: Range<Int>, tokens: TextTokens) -> Bool {
        let (left, right) = a.upperBound <= b.lowerBound ? (a, b) : (b, a)
        guard left.upperBound <= right.lowerBound, right.lowerBound - left.upperBound <= 6 else { return false }
        let between = tokens.text(fromByte: left.upperBound, to: right.lowerBound).trimmed.lowercased()
        return TermMatcher.listJoiners.contains(between) || TermMatcher.wordJoiners.contains(between)
    }
}

/// A text's mentions indexed by position, so each word asks about the mentions over or beside it with
/// binary searches: a long paragraph of names costs words × log(mentions), not words × mentions.
private struct MentionIndex {
    /// Ranges by lower bound, with the running maximum of upper bounds (overlap in one comparison).
    let byStart: [Range<Int>]
    let maximumEnd: [Int]
    /// Ranges by upper bound (mentions ending just before a word).
    let byEnd: [Range<Int>]

    init(_ mentions: [TermMatcher.Match]) {
        byStart = mentions.map(\.range).sorted { $0.lowerBound < $1.lowerBound }
        var running = Int.min
        maximumEnd = byStart.map { range in
            running = max(running, range.upperBound)
            return running
        }
        byEnd = byStart.sorted { $0.upperBound < $1.upperBound }
    }

    /// Whether a mention overlaps `range`: one starting before its end reaches past its start.
    func overlaps(_ range: Range<Int>) -> Bool {
        let before = partitionPoint(byStart.count) { byStart[$0].lowerBound < range.upperBound }
        return before > 0 && maximumEnd[before - 1] > range.lowerBound
    }

    /// Mentions starting at most `gap` bytes after `range`, or ending at most `gap` bytes before it.
    func within(_ gap: Int, of range: Range<Int>) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var index = partitionPoint(byStart.count) { byStart[$0].lowerBound < range.upperBound }
        while index < byStart.count, byStart[index].lowerBound <= range.upperBound + gap {
            found.append(byStart[index])
            index += 1
        }
        index = partitionPoint(byEnd.count) { byEnd[$0].upperBound < range.lowerBound - gap }
        while index < byEnd.count, byEnd[index].upperBound <= range.lowerBound {
            found.append(byEnd[index])
            index += 1
        }
        return found
    }
}
