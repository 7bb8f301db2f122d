import LearnLintCore

/// Kind `sections`: required sections, found by title patterns at any heading level (or as bold-item
/// sections), with a minimum number of items, an expected order, and no empty or duplicated sections.
public struct SectionsRule: DocumentRule {
    public static let description = SectionsRuleExamples.description

    public let spec: RuleSpec
    public let sections: [SectionSpec]
    public let order: [String]
    public let reportEmpty: Bool
    public let reportDuplicates: Bool

    public init(spec: RuleSpec, catalog: SectionCatalog) throws(ConfigurationError) {
        self.spec = spec
        self.sections = try SectionsRule.sectionSpecs(of: spec)
        let known = sections.map(\.id)
        var order: [String] = []
        if let node = spec["order"] {
            for item in try node.list() {
                let id = try item.string()
                guard known.contains(id) else { throw .unknownSection(item.location, id, known: known) }
                order.append(id)
            }
        }
        self.order = order
        self.reportEmpty = try spec["empty"]?.bool() ?? true
        self.reportDuplicates = try spec["duplicates"]?.bool() ?? true
    }

    /// Reads the `sections:` parameter; shared with `SectionCatalog` so every rule sees the same ids.
    public static func sectionSpecs(of spec: RuleSpec) throws(ConfigurationError) -> [SectionSpec] {
        guard let node = spec["sections"] else { throw .missingKey(spec.location, "sections", in: "rule '\(spec.id)'") }
        var result: [SectionSpec] = []
        // `extra_sections` adds to `sections` (inherited through `extends` or not), as `extra_terms` does to terms.
        for item in try node.list() + (spec["extra_sections"]?.list() ?? []) {
            let map = try item.mapping(allowed: ["id", "title", "match", "min_items", "required", "content"])
            let idNode = try map.require("id", in: "a section")
            let id = try idNode.string()
            guard !result.contains(where: { $0.id == id }) else {
                throw .invalid(idNode.location, "section id '\(id)' is defined twice")
            }
            let title = try map["title"]?.string() ?? id
            let patterns = try map["match"]?.stringList() ?? [title]
            guard !patterns.isEmpty else { throw .invalid(item.location, "section '\(id)' needs at least one match pattern") }
            var minItems: Int?
            if let node = map["min_items"] {
                minItems = try node.int()
                guard (minItems ?? 0) >= 0 else { throw .invalid(node.location, "min_items cannot be negative") }
            }
            let required = try map["required"]?.bool() ?? true
            var content: SectionContent?
            if let node = map["content"] {
                let text = try node.string()
                guard let value = SectionContent(rawValue: text) else {
                    throw .invalid(node.location, "content must be \(SectionContent.allCases.map(\.rawValue).joined(separator: " or ")), not '\(text)'")
                }
                content = value
            }
            result.append(
                SectionSpec(
                    id: id, title: title, patterns: patterns.map(WildcardPattern.init), minItems: minItems, required: required,
                    content: content))
        }
        return result
    }

    public func check(_ context: RuleContext, facts: inout DocumentFacts) -> [Finding] {
        let document = context.document
        var findings: [Finding] = []
        var firstLines: [String: Int] = [:]
        var hiddenTitles: HiddenTitles?
        for section in sections {
            guard let matches = context.sections[section.id], let first = matches.first else {
                // A bold label (`**Challenges:** …`) shows the part is there: nothing to inspect, nothing to report.
                if section.required && context.labels[section.id] == nil {
                    // A title an unclosed fence, an escape or an indent hides explains the gap (see HiddenTitles).
                    let hidden = hiddenTitles ?? HiddenTitles(document)
                    hiddenTitles = hidden
                    let explanation = hidden.explanation(for: section.patterns)
                    findings.append(
                        finding(
                            "missing section “\(section.title)”" + (explanation.map { ": \($0.message)" } ?? ""), in: context,
                            at: explanation?.range ?? .documentStart, data: FindingData(section: section.id)))
                }
                continue
            }
            firstLines[section.id] = document.sections[first].line
            findings += problems(of: section, at: matches, in: context)
        }
        findings += orderProblems(firstLines, in: context)
        return findings
    }

    // MARK: - Private helpers

    /// Text that is only a template field: `[…]`, `<…>`, `TODO`, `TBD`, `…`.
    static func isTemplateField(_ text: String) -> Bool {
        let trimmed = text.trimmed
        guard let first = trimmed.first, let last = trimmed.last else { return true }
        if (first == "[" && last == "]") || (first == "<" && last == ">") { return true }
        return ["todo", "tbd", "fixme", "...", "…", "-"].contains(trimmed.lowercased())
    }

    private func problems(of spec: SectionSpec, at matches: [Int], in context: RuleContext) -> [Finding] {
        let document = context.document
        var findings: [Finding] = []
        guard let first = matches.first else { return [] }
        let section = document.sections[first]
        let data = FindingData(section: spec.id)
        if reportEmpty, matches.allSatisfy({ document.isEmpty(section: $0) }) {
            findings.append(finding("section “\(section.title)” is empty", in: context, at: section.titleRange, data: data))
        } else if let minimum = spec.minItems {
            // `**Databases**: PostgreSQL, MySQL` or a category with a nested list lists several entries.
            // A template field left in (`- [List the technologies you used]`, `- TODO`) lists nothing.
            let items = matches.flatMap { document.items(of: $0) }.filter { !SectionsRule.isTemplateField($0.plainText) }
            // Each item lists at least one entry, so the names are read (the costliest part of this
            // rule) only when the items alone are too few; the count is then exact, as the message says it.
            let entries =
                items.count >= minimum
                ? items.count
                : items.reduce(0) { $0 + max(1, TechnologyItemNames.names(of: $1, in: document, isKnown: { _ in false }).count) }
            let hasList = matches.contains { index in
                document.allBlocks(of: index).contains { $0.isList || $0.kind == .table }
            }
            // Without a list or table the count is unknown (prose): no finding beats a false one.
            if hasList, entries < minimum {
                findings.append(
                    finding(
                        "section “\(section.title)” lists \(entries) item\(entries == 1 ? "" : "s"); at least \(minimum) expected",
                        in: context, at: section.titleRange, data: data.with { $0.items = entries; $0.minItems = minimum }))
            }
        }
        if reportDuplicates {
            // Keyed by parent too: `### Challenges` under each `## Week N` is one part per week, not a duplicate.
            var seen: [String: Int] = [:]
            // `### Solution` under each `### Challenge: …` of the challenges part answers one challenge
            // each: a title repeated inside another section of the rules is part of it, not a duplicate.
            let otherParts = Set(context.sections.filter { $0.key != spec.id }.values.flatMap { $0 })
            for index in matches {
                let candidate = document.sections[index]
                if let parent = candidate.parent, otherParts.contains(parent) { continue }
                let key = "\(candidate.parent ?? -1) \(candidate.normalizedTitle)"
                if let earlier = seen[key] {
                    let original = document.sections[earlier]
                    findings.append(
                        finding(
                            "duplicated section “\(candidate.title)” (first at line \(original.line))", in: context,
                            at: candidate.titleRange, data: data,
                            related: [RelatedLocation(path: document.path, range: original.titleRange, message: "first “\(original.title)”")]))
                } else {
                    seen[key] = index
                }
            }
        }
        return findings
    }

    private func orderProblems(_ firstLines: [String: Int], in context: RuleContext) -> [Finding] {
        var findings: [Finding] = []
        var previous: (id: String, line: Int)?
        for id in order {
            guard let line = firstLines[id] else { continue }
            if let before = previous, line < before.line,
                let title = sections.first(where: { $0.id == id })?.title,
                let beforeTitle = sections.first(where: { $0.id == before.id })?.title,
                let index = context.sections[id]?.first
            {
                findings.append(
                    finding(
                        "section “\(title)” should come after “\(beforeTitle)”", in: context,
                        at: context.document.sections[index].titleRange,
                        data: FindingData(section: id, after: before.id)))
            } else {
                previous = (id, line)
            }
        }
        return findings
    }
}
