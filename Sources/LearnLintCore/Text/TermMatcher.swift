/// Finds every vocabulary term in a text in one pass over its words.
///
/// Each run of up to a few words is looked up in the vocabulary's hash table (stopping as soon as the
/// words so far begin no key), so the cost per document depends on its length, not on the number of
/// terms. Words are whole: `Reactive` is not `React`, `good` is not `Go`; the longest match wins
/// (`JavaScript` over `Java`, `GitHub Actions` over `GitHub`).
public struct TermMatcher: Sendable {
    /// One mention of a term in a text.
    public struct Match: Sendable, Hashable {
        public enum Status: Sendable, Hashable {
            /// Written exactly as the canonical name.
            case canonical
            /// Written exactly as an accepted alias.
            case alias
            /// Any other spelling (a reject, a case or separator variant): should read `expected`.
            case variant(expected: String)
        }

        public var term: Int
        /// The text as written.
        public var text: String
        /// Byte offsets in the text (end exclusive).
        public var range: Range<Int>
        public var status: Status
        /// Joined to a neighbouring word by `-` or `/` (`Django-based`, `Jenkins/GitHub`): a mention,
        /// but too close to a package name or path to be corrected safely.
        public var attached: Bool
    }

    /// Separators allowed between the words of one term: `docker compose`, `docker-compose`, `Node.js`, `CI/CD`.
    static let wordSeparators: ScalarClass = [" ", "-", ".", "/", "\u{00A0}"]
    /// A character right before a word that makes it part of a path, address, identifier or file name.
    package static let pathBefore: ScalarClass = [".", "_", "@", "#", "\\", "~", "$", "=", "%"]
    /// A character right after a word that makes it part of an identifier (a following `.` counts when
    /// a word follows it: `settings.py`, `github.com`).
    package static let pathAfter: ScalarClass = ["_", "@", "\\", "=", "$", "%"]

    public let vocabulary: Vocabulary

    public init(vocabulary: Vocabulary) {
        self.vocabulary = vocabulary
    }

    /// Every term mention in `text`, in order. Ambiguous spellings count only when `allowAmbiguous`,
    /// or beside another mention (`Swagger + postman`, `Heroku and Render`).
    public func matches(in text: String, allowAmbiguous: Bool) -> [Match] {
        matches(in: TextTokens(text), allowAmbiguous: allowAmbiguous)
    }

    /// `matches(in:allowAmbiguous:)` over text already split into words.
    public func matches(in tokens: TextTokens, allowAmbiguous: Bool) -> [Match] {
        let words = tokens.words
        var result: [Match] = []
        var deferred: [Match] = []
        var index = 0
        outer: while index < words.count {
            for (count, entry) in candidates(words, from: index, tokens: tokens).reversed() {
                switch resolve(
                    entry, words: words[index..<(index + count)], tokens: tokens, allowAmbiguous: allowAmbiguous)
                {
                case .mention(let match):
                    result.append(match)
                    index += count
                    continue outer
                case .besideAnother(let match):
                    deferred.append(match)
                    continue
                case .skipWords:
                    // Part of a path or file name: the shorter runs inside it are not mentions either.
                    index += count
                    continue outer
                case .noMatch:
                    continue
                }
            }
            index += 1
        }
        return deferred.isEmpty ? result : TermMatcher.adding(deferred, besideMentionsIn: result, tokens: tokens)
    }

    // MARK: - Private helpers

    private enum Resolution {
        case mention(Match)
        /// An ordinary-word spelling that is a mention only right beside another one.
        case besideAnother(Match)
        case skipWords
        case noMatch
    }

    /// Joiners between two names of a list: `Swagger + postman`, `Swagger, postman`, `Swagger / postman`.
    package static let listJoiners: Set<String> = ["+", ",", "/", "&", "|"]
    /// Word joiners that make a capitalised ordinary word a name beside another (`Heroku and Render`);
    /// a lower-case one stays English there (`Python and go`).
    package static let wordJoiners: Set<String> = ["and", "or", "with", "vs", "vs."]

    /// The deferred ordinary-word mentions that stand right beside an accepted one (repeatedly, so a
    /// list `Swagger + postman + render` is read through), merged into the mentions in order.
    static func adding(_ deferred: [Match], besideMentionsIn accepted: [Match], tokens: TextTokens) -> [Match] {
        var result = accepted
        var pending = deferred
        var changed = true
        while changed, !pending.isEmpty {
            changed = false
            for (position, candidate) in pending.enumerated().reversed() {
                let overlaps = result.contains { $0.range.overlaps(candidate.range) }
                let beside = result.contains { other in
                    isBeside(candidate, other, tokens: tokens) || isBeside(other, candidate, tokens: tokens)
                }
                if overlaps || beside { pending.remove(at: position) }
                if !overlaps, beside {
                    result.append(candidate)
                    changed = true
                }
            }
        }
        return result.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// Whether words open their text and a description separator (`:`, ` - `, ` – `, ` — `) follows them.
    static func isItemHead(first: TextTokens.Word, last: TextTokens.Word, tokens: TextTokens) -> Bool {
        guard tokens.words.first?.start == first.start else { return false }
        var index = last.end
        if tokens.scalar(at: index) == ":" { return true }
        guard tokens.scalar(at: index) == " " else { return false }
        index += 1
        guard let dash = tokens.scalar(at: index), "-–—".unicodeScalars.contains(dash) else { return false }
        return tokens.scalar(at: tokens.offset(afterScalarAt: index)) == " "
    }

    /// Whether `left` is followed by `right` with only a list joiner (or, for a capitalised right or
    /// left ordinary word, a word joiner) between them.
    private static func isBeside(_ left: Match, _ right: Match, tokens: TextTokens) -> Bool {
        guard left.range.upperBound <= right.range.lowerBound, right.range.lowerBound - left.range.upperBound <= 8 else {
            return false
        }
        let between = tokens.text(fromByte: left.range.upperBound, to: right.range.lowerBound).trimmed.lowercased()
        if listJoiners.contains(between) { return true }
        let capitalised = [left.text, right.text].allSatisfy { $0.first?.isUppercase == true }
        return capitalised && wordJoiners.contains(between)
    }

    /// The keys found starting at `start`, shortest first, with how many words each spans.
    private func candidates(_ words: [TextTokens.Word], from start: Int, tokens: TextTokens)
        -> [(Int, Vocabulary.Entry)]
    {
        // The folded hash rules most words out before any string is built.
        guard vocabulary.mayStartKey(foldedHash: words[start].foldedHash) else { return [] }
        var found: [(Int, Vocabulary.Entry)] = []
        var key = tokens.folded(words[start])
        var count = 1
        while let known = vocabulary.lookup[key] {
            if let entry = known.entry { found.append((count, entry)) }
            let next = start + count
            guard next < words.count, known.isPrefix,
                separatorAllowed(between: words[next - 1], and: words[next], tokens: tokens)
            else { break }
            key += " " + tokens.folded(words[next])
            count += 1
        }
        return found
    }

    private func separatorAllowed(
        between left: TextTokens.Word, and right: TextTokens.Word, tokens: TextTokens
    ) -> Bool {
        // Exactly one code point between the words.
        guard right.start == tokens.offset(afterScalarAt: left.end), let separator = tokens.scalar(at: left.end) else {
            return false
        }
        return TermMatcher.wordSeparators.contains(separator)
    }

    private func resolve(
        _ entry: Vocabulary.Entry, words: ArraySlice<TextTokens.Word>, tokens: TextTokens, allowAmbiguous: Bool
    ) -> Resolution {
        guard let first = words.first, let last = words.last, vocabulary.terms.indices.contains(entry.term) else {
            return .noMatch
        }
        let term = vocabulary.terms[entry.term]
        let written = words.map(tokens.text(of:))
        if term.caseSensitive, !entry.spellings.contains(where: { $0.words == written }) { return .noMatch }
        let ambiguous = entry.isAmbiguous(written: written)
        // Even in the technologies section, a lower-case everyday word inside a sentence ("gave failed
        // messages somewhere to go") is English; only a capitalised name or a bare name item counts.
        // Beside another name (`Swagger + postman`) it is a name anywhere.
        // The head of a `name - description` item (`render - hosting`) is a bare name too.
        let asWord =
            !allowAmbiguous
            || (written.first?.first?.isUppercase != true && tokens.words.count > 3
                && !TermMatcher.isItemHead(first: first, last: last, tokens: tokens))
        let before = tokens.scalar(before: first.start)
        let after = tokens.scalar(at: last.end)
        if let before, TermMatcher.pathBefore.contains(before) { return .skipWords }
        if let after, TermMatcher.pathAfter.contains(after) { return .skipWords }
        if after == ".", let next = tokens.scalar(at: last.end + 1), TextTokens.isWordScalar(next) {
            return .skipWords
        }
        let joiners: Set<Unicode.Scalar> = ["-", "/"]
        let attached = [before, after].contains { $0.map(joiners.contains) ?? false }
        if attached, ambiguous { return .noMatch }
        let text = tokens.text(fromByte: first.start, to: last.end)
        let status: Match.Status
        if let exact = entry.spellings.first(where: { $0.text == text && $0.role != .reject }) {
            status = exact.role == .canonical ? .canonical : .alias
        } else {
            status = .variant(expected: entry.target(canonical: term.name))
        }
        let range = first.start..<last.end
        let match = Match(term: entry.term, text: text, range: range, status: status, attached: attached)
        return ambiguous && asWord ? .besideAnother(match) : .mention(match)
    }
}

/// A few code points, tested with a bit mask instead of hashing: the matchers ask about the code
/// points around every word of every text.
package struct ScalarClass: Sendable, ExpressibleByArrayLiteral {
    private var ascii: (low: UInt64, high: UInt64) = (0, 0)
    private var others: [Unicode.Scalar] = []

    package init(arrayLiteral scalars: Unicode.Scalar...) {
        for scalar in scalars {
            switch scalar.value {
            case 0..<64: ascii.low |= 1 << UInt64(scalar.value)
            case 64..<128: ascii.high |= 1 << UInt64(scalar.value - 64)
            default: others.append(scalar)
            }
        }
    }

    package func contains(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<64: return ascii.low & (1 << UInt64(scalar.value)) != 0
        case 64..<128: return ascii.high & (1 << UInt64(scalar.value - 64)) != 0
        default: return others.contains(scalar)
        }
    }
}
