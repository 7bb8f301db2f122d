import LearnLintCore

/// Kind `placeholders`: template leftovers in prose (`[Your Name]`, `TODO`, `Lorem ipsum`, `<add here>`).
///
/// Only prose is searched (code spans, fenced code, link destinations and URLs never are); HTML is
/// searched only for patterns that start with `<`, because a placeholder such as `<add here>` parses as
/// an HTML tag. HTML comments are invisible to readers and never searched.
public struct PlaceholdersRule: DocumentRule {
    public static let description = PlaceholdersRuleExamples.description
    public static let defaultPatterns = [
        "[your *]", "[insert *]", "[add *]", "[describe *]", "[list *]", "[write *]", "<your *>", "<insert *>", "<add *>",
        "<describe *>",
        "{{*}}", "TODO", "TBD", "FIXME",
        "lorem ipsum",
    ]

    public let spec: RuleSpec
    public let patterns: [TextPattern]
    /// `patterns`, and those that look like tags, each searched in one pass over a text.
    private let prosePatterns: TextPatternSet
    private let tagPatterns: TextPatternSet

    public init(spec: RuleSpec, catalog: SectionCatalog) throws(ConfigurationError) {
        self.spec = spec
        var patterns: [TextPattern] = []
        if let node = spec["patterns"] {
            for item in try node.list() {
                let text = try item.string()
                guard let pattern = TextPattern(text) else {
                    throw .invalid(item.location, "pattern '\(text)' has no literal text (only '*' is a wildcard)")
                }
                patterns.append(pattern)
            }
        } else {
            patterns = PlaceholdersRule.defaultPatterns.compactMap(TextPattern.init)
        }
        self.patterns = patterns
        self.prosePatterns = TextPatternSet(patterns)
        self.tagPatterns = TextPatternSet(patterns.filter(\.looksLikeTag))
    }

    public func check(_ context: RuleContext, facts: inout DocumentFacts) -> [Finding] {
        let document = context.document
        let bytes = document.lines.bytes
        var findings: [Finding] = []
        var reported: Set<Int> = []
        // Runs whose source bytes touch are one segment (`ProseAnalysis.segments`): `[`, `Your Name`
        // and `]` (three text nodes for cmark) are searched as `[Your Name]`.
        for segment in document.prose.segments {
            for (pattern, range) in matches(in: segment.bytes, patterns: prosePatterns)
            where !PlaceholdersRule.isMention(of: pattern, at: range, in: segment.bytes) {
                let start = segment.exact ? range.lowerBound : segment.origin
                guard reported.insert(start).inserted else { continue }
                findings.append(report(pattern, text: segment.bytes[range], at: start, exact: segment.exact, in: context))
            }
        }
        if !tagPatterns.patterns.isEmpty {
            for range in htmlRanges(of: document) {
                let lower = max(0, min(range.lowerBound, bytes.count))
                let upper = max(lower, min(range.upperBound, bytes.count))
                for (pattern, match) in matches(in: bytes[lower..<upper], patterns: tagPatterns)
                where reported.insert(match.lowerBound).inserted {
                    findings.append(report(pattern, text: bytes[match], at: match.lowerBound, exact: true, in: context))
                }
            }
        }
        return findings.sorted(by: Finding.reportOrder)
    }

    // MARK: - Private helpers

    /// Every match of every pattern, earliest first; overlapping matches keep the first pattern's.
    ///
    /// Each pattern's matches are merged into the accepted ones in one sweep of two sorted lists, so a
    /// text of many repeated markers costs (patterns × matches), never matches².
    private func matches(in bytes: ArraySlice<UInt8>, patterns: TextPatternSet) -> [(TextPattern, Range<Int>)] {
        var found: [(TextPattern, Range<Int>)] = []
        // Most segments match no pattern: nothing is sorted, merged or allocated for them.
        for (pattern, ranges) in zip(patterns.patterns, patterns.matches(in: bytes)) where !ranges.isEmpty {
            found = PlaceholdersRule.merge(found, ranges.sorted { $0.lowerBound < $1.lowerBound }, of: pattern)
        }
        return found
    }

    /// `accepted` (sorted, non-overlapping) plus each of `candidates` (sorted) that overlaps neither an
    /// accepted range nor an earlier candidate kept.
    static func merge(
        _ accepted: [(TextPattern, Range<Int>)], _ candidates: [Range<Int>], of pattern: TextPattern
    ) -> [(TextPattern, Range<Int>)] {
        var merged: [(TextPattern, Range<Int>)] = []
        merged.reserveCapacity(accepted.count + candidates.count)
        var next = 0
        var lastKept: Range<Int>?
        for range in candidates {
            while next < accepted.count, accepted[next].1.upperBound <= range.lowerBound {
                merged.append(accepted[next])
                next += 1
            }
            // Accepted ranges before `next` end at or before `range`; the one at `next` may overlap it.
            if next < accepted.count, accepted[next].1.overlaps(range) { continue }
            if let lastKept, lastKept.overlaps(range) { continue }
            merged.append((pattern, range))
            lastKept = range
        }
        merged.append(contentsOf: accepted[next...])
        return merged
    }

    /// Whether a one-word marker (`TODO`, `TBD`) sits between two words of a sentence: “the TODO
    /// comments”, “don't leave TBD sections” talk about markers; a leftover stands alone, opens its
    /// text, or follows a colon or dash (`TODO: list the others`, `Solution: TBD`).
    static func isMention(of pattern: TextPattern, at range: Range<Int>, in bytes: ArraySlice<UInt8>) -> Bool {
        guard pattern.source.allSatisfy({ $0.isLetter || $0.isNumber }) else { return false }
        func isWordByte(_ byte: UInt8) -> Bool {
            // Non-ASCII bytes are letters of other scripts far more often than punctuation.
            byte >= 0x80 || ASCIIByte.isAlphanumeric(byte)
        }
        var before = range.lowerBound
        while before > bytes.startIndex, bytes[before - 1] == 0x20 || bytes[before - 1] == 0x09 { before -= 1 }
        var after = range.upperBound
        while after < bytes.endIndex, bytes[after] == 0x20 || bytes[after] == 0x09 { after += 1 }
        // Both neighbours must be words, and at least one space apart from the marker.
        guard before < range.lowerBound, after > range.upperBound, before > bytes.startIndex, after < bytes.endIndex
        else { return false }
        return isWordByte(bytes[before - 1]) && isWordByte(bytes[after])
    }

    /// Byte ranges of inline HTML and HTML blocks, comments excluded.
    private func htmlRanges(of document: Document) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        func visit(_ inline: Inline) {
            if inline.kind == .html, !inline.literal.hasPrefix("<!--") { ranges.append(inline.byteRange) }
            inline.children.forEach(visit)
        }
        document.root.forEach { block in
            if block.kind == .htmlBlock, !block.literal.trimmed.hasPrefix("<!--") { ranges.append(block.byteRange) }
            block.inlines.forEach(visit)
        }
        return ranges
    }

    private func report(_ pattern: TextPattern, text: ArraySlice<UInt8>, at offset: Int, exact: Bool, in context: RuleContext) -> Finding {
        let written = String(decoding: text, as: UTF8.self)
        let lines = context.document.lines
        let start = lines.position(ofOffset: offset)
        let end = exact ? lines.position(ofOffset: offset + text.count) : start
        return finding(
            "template placeholder “\(written)” left in the document", in: context, at: SourceRange(start: start, end: end),
            data: FindingData(pattern: pattern.source, text: written))
    }
}
