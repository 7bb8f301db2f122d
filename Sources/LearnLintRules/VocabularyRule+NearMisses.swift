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
        in tokens: WordTokenizer, mentions: [TermMatcher.Match], inSection: Bool, index: NearMissIndex
    ) -> [NearMiss] {
        var result: [NearMiss] = []
        let words = tokens.words
        let nearby = MentionIndex(mentions)
        for (position, word) in words.enumerated() {
            guard word.endScalar - word.firstScalar >= NearMissIndex.minimumLength, index.mayHaveTarget(word.folded),
                isCandidateShape(word.text)
            else { continue }
            let start = tokens.startOffset(of: word)
            let end = tokens.endOffset(of: word)
            guard !nearby.overlaps(start..<end) else { continue }
            let before = tokens.scalar(at: word.firstScalar - 1)
            let after = tokens.scalar(at: word.endScalar)
            if let before, TermMatcher.pathBefore.contains(before) || before == "-" || before == "/" { continue }
            if let after, TermMatcher.pathAfter.contains(after) || after == "-" || after == "/" { continue }
            if after == ".", let next = tokens.scalar(at: word.endScalar + 1), WordTokenizer.isWordScalar(next) { continue }
            let beside = nearby.within(6, of: start..<end).contains { isBeside($0, start..<end, tokens: tokens) }
            let context =
                inSection || beside
                || (isNameShaped(word, at: position, tokens: tokens)
                    && !isAmongOtherNames(position, tokens: tokens, nearby: nearby, index: index))
            // The word list first: most words in a technologies context are English, and a look-up
            // there is cheaper than the distances.
            guard context, !EnglishWords.contains(folded: word.folded), let target = index.target(for: word.folded) else {
                continue
            }
            result.append(NearMiss(range: start..<end, text: word.text, target: target))
        }
        return result
    }

    /// Whether a text names a known term or is a near misspelling of one (for unknown-name hints and
    /// sections found by content: a misspelt name is still a technology).
    static func isNearMiss(_ text: String, index: NearMissIndex) -> Bool {
        let tokens = WordTokenizer(text)
        guard tokens.words.count == 1, let word = tokens.words.first, isCandidateShape(word.text) else { return false }
        return index.target(for: word.folded) != nil && !EnglishWords.contains(word.folded)
    }

    // MARK: - Private helpers

    /// ASCII letters only, not all capitals (`POSTGRSQL` shouts; digits mean versions and identifiers).
    private static func isCandidateShape(_ text: String) -> Bool {
        var sawLower = false
        for byte in text.utf8 {
            guard ASCIIByte.isLetter(byte) else { return false }
            if byte >= UInt8(ascii: "a") { sawLower = true }
        }
        return sawLower
    }

    /// A capital inside the word (`PostgrSQL`, `RabitMQ`), or a capitalised word that does not start a
    /// sentence (`notes mention Djnago`).
    private static func isNameShaped(_ word: WordTokenizer.Word, at position: Int, tokens: WordTokenizer) -> Bool {
        let bytes = Array(word.text.utf8)
        if bytes.dropFirst().contains(where: { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) }) { return true }
        guard let first = bytes.first, (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(first), position > 0 else {
            return false
        }
        var index = word.firstScalar - 1
        while index >= 0, let scalar = tokens.scalar(at: index), scalar == " " || scalar == "\u{00A0}" { index -= 1 }
        guard let previous = tokens.scalar(at: index) else { return false }
        return !".!?:;\"“(*#>".unicodeScalars.contains(previous)
    }

    /// Whether the word stands in a list of other capitalised words that are no names the vocabulary
    /// knows or nearly knows (`Thanks to Dagim, Kafia and Dan`): people or places, so its capital says
    /// nothing about a technology.
    private static func isAmongOtherNames(
        _ position: Int, tokens: WordTokenizer, nearby: MentionIndex, index: NearMissIndex
    ) -> Bool {
        let words = tokens.words
        guard words.indices.contains(position) else { return false }
        let word = tokens.startOffset(of: words[position])..<tokens.endOffset(of: words[position])
        // Two words away too: `Kafia and Dan` has the joiner as a word between.
        for neighbour in [position - 2, position - 1, position + 1, position + 2] where words.indices.contains(neighbour) {
            let other = words[neighbour]
            let range = tokens.startOffset(of: other)..<tokens.endOffset(of: other)
            guard let first = other.text.utf8.first, (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(first),
                isBeside(word, range, tokens: tokens), !nearby.overlaps(range),
                index.target(for: other.folded) == nil
            else { continue }
            return true
        }
        return false
    }

    /// Whether two byte ranges of a text stand beside each other in a list (`Docker, Kuberentes`).
    private static func isBeside(_ a: Range<Int>, _ b: Range<Int>, tokens: WordTokenizer) -> Bool {
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
