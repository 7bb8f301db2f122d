import LearnLintCore

/// `learnlint explain challenge-solution --trace FILE`: per unit of the challenges section, what
/// it was read as, its verdict and the heuristics that fired, so a user who disagrees sees why.
extension PairingRule {
    /// One unit as the trace shows it.
    public struct TraceEntry: Sendable, Equatable {
        public var line: Int
        public var column: Int
        /// `challenge`, `solution`, `summary` or `dropped`.
        public var kind: String
        /// A solution from the separate solutions section (paired with the challenges by order).
        public var separate = false
        public var format: String
        /// The unit's own words, as shown (after its label), and their start for messages.
        public var text: String
        public var excerpt: String
        public var solved: Bool
        public var paired: Bool
        public var reportable: Bool
        public var heuristics: [PairingHeuristic]
        /// What the structural pass saw (a line each).
        public var evidence: [String] = []
    }

    /// The trace of every challenges section of `text` (nil: the document has no challenges section).
    /// It takes a rule set's rules and catalog (not the engine's `RuleSet`, a layer above the rules).
    public static func trace(
        _ text: String, path: String, rules: [any Rule], catalog: SectionCatalog, ruleID: String? = nil
    ) -> [TraceEntry]? {
        guard let rule = tracedRule(in: rules, ruleID: ruleID) else { return nil }
        let document = Document(path: path, text: text)
        let located = catalog.locate(in: document)
        let context = RuleContext(document: document, contributor: nil, sections: located)
        guard let indices = located[rule.section], !indices.isEmpty else { return nil }
        var entries: [TraceEntry] = []
        for index in indices where document.sections.indices.contains(index) {
            let analysis = rule.analyse(section: index, in: context)
            for (position, unit) in analysis.units.enumerated() {
                let kind: String
                switch unit.kind {
                case .challenge: kind = "challenge"
                case .solution: kind = "solution"
                case .summary: kind = "summary"
                case .pendingProse, .ignored: continue
                }
                let verdict = analysis.verdicts.indices.contains(position) ? analysis.verdicts[position] : PairingVerdict()
                entries.append(
                    TraceEntry(
                        line: unit.range.start.line, column: unit.range.start.column, kind: kind, separate: unit.separate,
                        format: unit.format.rawValue, text: unit.text.text, excerpt: unit.excerpt,
                        solved: verdict.solved, paired: analysis.outcome.paired.contains(position),
                        reportable: verdict.reportable, heuristics: verdict.fired, evidence: unit.evidence.map(\.summary)))
            }
            for dropped in analysis.extraction.dropped {
                entries.append(
                    TraceEntry(
                        line: dropped.line, column: dropped.column, kind: "dropped", format: "-", text: dropped.text.text,
                        excerpt: PairingText.excerpt(dropped.text.text),
                        solved: false, paired: false, reportable: false, heuristics: [dropped.heuristic]))
            }
        }
        return entries.sorted { $0.line < $1.line }
    }

    /// The pairing rule a trace reads: the one with `ruleID`, else the configuration's first.
    public static func tracedRule(in rules: [any Rule], ruleID: String? = nil) -> PairingRule? {
        let pairing = rules.compactMap { $0 as? PairingRule }
        return pairing.first(where: { ruleID == nil || $0.id == ruleID }) ?? pairing.first
    }

    /// The trace as text, one line per unit.
    public static func renderTrace(_ entries: [TraceEntry]?, path: String) -> String {
        guard let entries else { return "\(path): no challenges section; the pairing rule reads nothing.\n" }
        var lines = ["\(path): \(entries.filter { $0.kind == "challenge" }.count) challenges"]
        for entry in entries {
            var verdict = ""
            if entry.kind == "challenge" {
                if entry.paired {
                    verdict = entry.solved ? "paired" : "paired with a solution after it"
                } else {
                    verdict = entry.reportable ? "UNPAIRED, reported" : "unpaired, not reported"
                }
            }
            let fired = entry.heuristics.isEmpty ? "" : "  [" + entry.heuristics.map(\.rawValue).joined(separator: ", ") + "]"
            let kind = entry.separate ? entry.kind + " (separate)" : entry.kind
            let head = "  line \(entry.line): \(kind) (\(entry.format)) “\(entry.excerpt)”"
            lines.append(head + (verdict.isEmpty ? "" : " — " + verdict) + fired)
            lines += entry.evidence.map { "      evidence: " + $0 }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Every heuristic with its effect, summary and examples, for `explain --heuristics`.
    public static func renderHeuristics(examples: Bool) -> String {
        var lines: [String] = []
        for heuristic in PairingHeuristic.allCases {
            lines.append("\(heuristic.rawValue)  (\(heuristic.effect.rawValue)) \(heuristic.summary)")
            guard examples else { continue }
            for example in PairingHeuristicExamples.examples(of: heuristic) {
                lines.append("    \(example.fires ? "fires" : "does not fire") on:")
                let text = example.markdown.hasSuffix("\n") ? String(example.markdown.dropLast()) : example.markdown
                lines += text.split(separator: "\n", omittingEmptySubsequences: false).map { "      " + $0 }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
