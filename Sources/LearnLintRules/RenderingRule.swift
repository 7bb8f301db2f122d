import LearnLintCore

/// Kind `rendering`: places where a document that looks right in an editor renders wrong on GitHub —
/// an unclosed fence, escaped or indented Markdown, word-processor and chat-assistant pastes,
/// accidental setext headings and merge-conflict markers, mojibake, and links to missing headings.
///
/// Every check reads the raw lines against cmark-gfm's tree once (linear in the document), and each
/// prefers silence to a doubtful finding: a well-formed document gets none. Fixes are offered only
/// where they cannot change what the writer meant (unescaping, `•` → `- `, mojibake, an anchor).
public struct RenderingRule: DocumentRule {
    public static let description = RenderingRuleExamples.description

    public let spec: RuleSpec
    /// The pitfalls this rule looks for (all by default).
    let pitfalls: Set<RenderingPitfall.Kind>

    public init(spec: RuleSpec, catalog: SectionCatalog) throws(ConfigurationError) {
        self.spec = spec
        guard let node = spec["pitfalls"] else {
            self.pitfalls = Set(RenderingPitfall.Kind.allCases)
            return
        }
        var pitfalls: Set<RenderingPitfall.Kind> = []
        let known = RenderingPitfall.Kind.allCases.map(\.rawValue)
        for item in try node.list() {
            let name = try item.string()
            guard let kind = RenderingPitfall.Kind(rawValue: name) else {
                let hint = Suggestion.closest(to: name, in: known).map { " (did you mean '\($0)'?)" } ?? ""
                throw .invalid(
                    item.location, "unknown pitfall '\(name)'\(hint); known: \(known.joined(separator: ", "))")
            }
            pitfalls.insert(kind)
        }
        self.pitfalls = pitfalls
    }

    public func check(_ context: RuleContext, facts: inout DocumentFacts) -> [Finding] {
        let lines = context.document.lines
        return RenderingPitfalls.find(in: context.document, kinds: pitfalls).map { pitfall in
            let range = SourceRange(
                start: lines.position(ofOffset: pitfall.range.lowerBound),
                end: lines.position(ofOffset: pitfall.range.upperBound))
            var data = FindingData(pitfall: pitfall.kind.rawValue)
            var fix: Fix?
            if let repair = pitfall.fix {
                let lower = max(0, min(repair.range.lowerBound, lines.bytes.count))
                let upper = max(lower, min(repair.range.upperBound, lines.bytes.count))
                // The fixer applies a fix only where the text it replaces still stands.
                data.found = String(decoding: lines.bytes[lower..<upper], as: UTF8.self)
                fix = Fix(
                    range: SourceRange(start: lines.position(ofOffset: lower), end: lines.position(ofOffset: upper)),
                    replacement: repair.replacement)
            }
            return finding(pitfall.message, in: context, at: range, data: data, fix: fix)
        }.sorted(by: Finding.reportOrder)
    }
}
