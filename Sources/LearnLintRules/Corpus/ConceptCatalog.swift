import LearnLintCore

/// One coverage concept from rules.yaml (`concepts: [{name: Caching, match: ["caching", "cache*"]}]`).
public struct ConceptSpec: Sendable {
    public var name: String
    public var patterns: [WildcardPattern]
    /// Each pattern's number of words: a pattern is tried against every run of that many words.
    let patternWordCounts: [Int]
    /// Each pattern's literal text before its first wildcard: only runs starting with it can match.
    let patternPrefixes: [String]
    /// The same prefixes as UTF-8, for the byte-level search over ASCII documents.
    let patternPrefixBytes: [[UInt8]]

    public init(name: String, patterns: [WildcardPattern]) {
        self.name = name
        self.patterns = patterns
        let normalized = patterns.map { TitleNormalizer.normalizePattern($0.source) }
        self.patternWordCounts = normalized.map { max(1, $0.split(separator: " ").count) }
        self.patternPrefixes = normalized.map { String($0.prefix { $0 != "*" && $0 != "?" }) }
        self.patternPrefixBytes = patternPrefixes.map { Array($0.utf8) }
    }
}

/// The concepts coverage reports count, and how a document is judged to mention one.
///
/// A concept is mentioned when one of its patterns matches a run of consecutive words (as many words
/// as the pattern has) in a *title-like* text of the document: a heading, a bold-item section title,
/// the text of a list item (its own paragraphs, nested items being items themselves) or a table
/// cell. Texts are normalised like heading titles (case, emoji, punctuation, numbering removed) and
/// code spans, code blocks, HTML and URLs are never read. Plain paragraphs outside lists are left
/// out on purpose: the genre lists what it covers, and a word in passing (“while testing…”) is not
/// coverage.
public struct ConceptCatalog: Sendable {
    public var concepts: [ConceptSpec] {
        didSet { (patternSlots, patternsByLeadingBytes) = ConceptCatalog.index(concepts) }
    }
    /// See `index(_:)`: built once per configuration, read for every word of every document.
    private var patternSlots: [PatternSlot]
    private var patternsByLeadingBytes: (starts: [Int], list: [Int])

    public init(concepts: [ConceptSpec] = []) {
        self.concepts = concepts
        (self.patternSlots, self.patternsByLeadingBytes) = ConceptCatalog.index(concepts)
    }

    public var names: [String] { concepts.map(\.name) }
    public var isEmpty: Bool { concepts.isEmpty }

    /// Reads the top-level `concepts:` list, rejecting bad entries with their location.
    public init(nodes: [YAMLNode]) throws(ConfigurationError) {
        var concepts: [ConceptSpec] = []
        for node in nodes {
            let spec: ConceptSpec
            if node.scalar != nil {
                // `- Caching` is shorthand for `{name: Caching}`: the name is its own pattern.
                let name = try node.string()
                spec = ConceptSpec(name: name, patterns: [WildcardPattern(name)])
                try ConceptCatalog.validatePatterns([(name, node.location)])
            } else {
                let map = try node.mapping(allowed: ["name", "match"])
                let nameNode = try map.require("name", in: "a concept")
                let name = try nameNode.string()
                var patterns: [(String, ConfigLocation)] = [(name, nameNode.location)]
                if let match = map["match"] {
                    let items = match.scalar != nil ? [match] : try match.list()
                    patterns = []
                    for item in items { patterns.append((try item.string(), item.location)) }
                    guard !patterns.isEmpty else { throw .invalid(match.location, "concept '\(name)' needs at least one match pattern") }
                }
                try ConceptCatalog.validatePatterns(patterns)
                spec = ConceptSpec(name: name, patterns: patterns.map { WildcardPattern($0.0) })
            }
            guard !spec.name.trimmed.isEmpty else { throw .invalid(node.location, "a concept needs a non-empty name") }
            if concepts.contains(where: { $0.name == spec.name }) {
                throw .invalid(node.location, "concept '\(spec.name)' is defined twice")
            }
            concepts.append(spec)
        }
        self.concepts = concepts
        (self.patternSlots, self.patternsByLeadingBytes) = ConceptCatalog.index(concepts)
    }

    /// The names of the concepts a document mentions, in configuration order.
    public func matches(in document: Document) -> [String] {
        guard !concepts.isEmpty else { return [] }
        let normalized = ConceptCatalog.titleLikeTexts(of: document)
        return asciiMatches(in: normalized) ?? generalMatches(in: normalized)
    }

    /// `matches(in:)` over any normalised texts. `ConceptMatchingPathsTests` checks that
    /// `asciiMatches(in:)`, where it answers, names the same concepts.
    func generalMatches(in normalized: [String]) -> [String] {
        let texts = normalized.map { $0.split(separator: " ").map(String.init) }
        let wordCounts = Set(concepts.flatMap(\.patternWordCounts))
        // Every distinct run of k words, for each k some pattern needs, built once per document and
        // sorted, so a pattern only looks at the runs that start with its literal prefix.
        var runs: [Int: [String]] = [:]
        for count in wordCounts {
            var result: Set<String> = []
            for words in texts where words.count >= count {
                for start in 0...(words.count - count) {
                    result.insert(words[start..<(start + count)].joined(separator: " "))
                }
            }
            runs[count] = result.sorted()
        }
        return concepts.filter { concept in
            concept.patterns.indices.contains { index in
                let candidates = runs[concept.patternWordCounts[index]] ?? []
                let prefix = concept.patternPrefixes[index]
                var position = ConceptCatalog.lowerBound(of: prefix, in: candidates)
                while position < candidates.count, candidates[position].hasPrefix(prefix) {
                    if concept.patterns[index].matches(normalized: candidates[position]) { return true }
                    position += 1
                }
                return false
            }
        }.map(\.name)
    }

    /// `matches(in:)` over texts that are all ASCII with single spaces between words (the usual
    /// case), nil otherwise. A run of words is then a byte range of its text, so no run is built,
    /// hashed or sorted: each pattern reads the runs whose bytes start with its literal prefix,
    /// which for ASCII is exactly the set the sorted search visits.
    func asciiMatches(in texts: [String]) -> [String]? {
        // All texts' bytes back to back, every word's range in them, and where each text's words end:
        // three arrays per document rather than two per text.
        var bytes: [UInt8] = []
        var words: [Range<Int>] = []
        var textEnds: [Int] = []
        for text in texts {
            var start = bytes.count
            bytes.append(contentsOf: text.utf8)
            let ascii = bytes.withUnsafeBufferPointer { buffer in
                for offset in start..<buffer.count {
                    let byte = buffer[offset]
                    guard byte < 0x80 else { return false }
                    guard byte == UInt8(ascii: " ") else { continue }
                    // An empty word (double, leading or trailing space) would make runs differ from slices.
                    guard offset > start else { return false }
                    words.append(start..<offset)
                    start = offset + 1
                }
                return true
            }
            guard ascii, start < bytes.count else { return nil }
            words.append(start..<bytes.count)
            textEnds.append(words.count)
        }
        // Each run is tried only against the patterns whose prefix can start with its first byte,
        // instead of every pattern against every run.
        var matched = [Bool](repeating: false, count: concepts.count)
        let slots = patternSlots
        let (slotStarts, slotList) = patternsByLeadingBytes
        bytes.withUnsafeBufferPointer { buffer in
            var textStart = 0
            for textEnd in textEnds {
                defer { textStart = textEnd }
                for first in textStart..<textEnd {
                    let lower = words[first].lowerBound
                    // The run's second byte, or 0 at the very end (then only one-byte prefixes can match).
                    let second = lower + 1 < buffer.count ? Int(buffer[lower + 1]) : 0
                    let bucket = Int(buffer[lower]) &* 128 &+ second
                    for position in slotStarts[bucket]..<slotStarts[bucket + 1] {
                        let slot = slotList[position]
                        let conceptIndex = slots[slot].concept
                        guard !matched[conceptIndex] else { continue }
                        let last = first + slots[slot].wordCount - 1
                        guard last < textEnd else { continue }
                        let run = words[first].lowerBound..<words[last].upperBound
                        guard slots[slot].hasPrefix(buffer, at: run) else { continue }
                        if slots[slot].pattern.matches(utf8: UnsafeBufferPointer(rebasing: buffer[run])) {
                            matched[conceptIndex] = true
                        }
                    }
                }
            }
        }
        return concepts.indices.filter { matched[$0] }.map { concepts[$0].name }
    }

    /// One pattern of one concept, with what the byte-level search needs of it.
    private struct PatternSlot: Sendable {
        var concept: Int
        var wordCount: Int
        var prefix: [UInt8]
        var pattern: WildcardPattern

        /// Whether the bytes of `run` start with the pattern's literal prefix.
        func hasPrefix(_ buffer: UnsafeBufferPointer<UInt8>, at run: Range<Int>) -> Bool {
            guard run.count >= prefix.count else { return false }
            for offset in prefix.indices where buffer[run.lowerBound + offset] != prefix[offset] { return false }
            return true
        }
    }

    /// Every concept's patterns as slots, and slot indices by the first two ASCII bytes a matching
    /// run can start with (bucket `first * 128 + second`), as offsets into one list (bucket `b` is
    /// `list[starts[b]..<starts[b + 1]]`). A pattern goes under its prefix's first two bytes, under
    /// every second byte when its prefix has one byte, and everywhere when it starts with a wildcard;
    /// the prefix itself is compared afterwards, so a bucket only narrows the search.
    private static func index(_ concepts: [ConceptSpec]) -> (slots: [PatternSlot], byLeadingBytes: ([Int], [Int])) {
        var slots: [PatternSlot] = []
        var buckets = [[Int]](repeating: [], count: 128 * 128)
        for (conceptIndex, concept) in concepts.enumerated() {
            for (patternIndex, prefix) in concept.patternPrefixBytes.enumerated() {
                let slot = slots.count
                slots.append(
                    PatternSlot(
                        concept: conceptIndex, wordCount: concept.patternWordCounts[patternIndex], prefix: prefix,
                        pattern: concept.patterns[patternIndex]))
                guard prefix.allSatisfy({ $0 < 0x80 }) else { continue }  // never matches ASCII text
                let firsts = prefix.first.map { [Int($0)] } ?? Array(0..<128)
                let seconds = prefix.count >= 2 ? [Int(prefix[1])] : Array(0..<128)
                for first in firsts {
                    for second in seconds { buckets[first * 128 + second].append(slot) }
                }
            }
        }
        var starts = [0]
        starts.reserveCapacity(buckets.count + 1)
        var list: [Int] = []
        for bucket in buckets {
            list += bucket
            starts.append(list.count)
        }
        return (slots, (starts, list))
    }

    /// The first index whose element is not below `key`, in a sorted array.
    private static func lowerBound(of key: String, in sorted: [String]) -> Int {
        var low = 0
        var high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] < key { low = middle + 1 } else { high = middle }
        }
        return low
    }

    // MARK: - Private helpers

    /// Normalised headings, list-item texts and table cells (see the type's summary).
    static func titleLikeTexts(of document: Document) -> [String] {
        var texts: [String] = []
        func visit(_ block: Block, inItem: Bool) {
            switch block.kind {
            case .heading, .tableCell:
                texts.append(TitleNormalizer.normalize(proseText(block.inlines)))
            case .paragraph where inItem:
                texts.append(TitleNormalizer.normalize(proseText(block.inlines)))
            case .item:
                for child in block.children { visit(child, inItem: true) }
                return
            case .codeBlock, .htmlBlock:
                return
            default:
                break
            }
            for child in block.children { visit(child, inItem: inItem) }
        }
        visit(document.root, inItem: false)
        return texts.filter { !$0.isEmpty }
    }

    /// The words a reader reads in some inlines: no code spans, HTML, images or URLs shown as text.
    static func proseText(_ inlines: [Inline]) -> String {
        var text = ""
        for inline in inlines {
            switch inline.kind {
            case .text: text += inline.literal
            case .softBreak, .lineBreak: text += " "
            case .code, .html, .image: text += " "
            case .link(let destination):
                let shown = inline.plainText
                if shown == destination || destination.hasSuffix(shown) || shown.contains("://") {
                    text += " "
                } else {
                    text += proseText(inline.children)
                }
            default: text += proseText(inline.children)
            }
        }
        return text
    }

    /// A pattern that normalises to nothing but wildcards would match every document.
    private static func validatePatterns(_ patterns: [(String, ConfigLocation)]) throws(ConfigurationError) {
        for (pattern, location) in patterns {
            let normalized = TitleNormalizer.normalizePattern(pattern)
            guard normalized.contains(where: { $0 != "*" && $0 != "?" && $0 != " " }) else {
                throw .invalid(location, "concept pattern '\(pattern)' has no letters or digits, so it would match everything")
            }
        }
    }
}
