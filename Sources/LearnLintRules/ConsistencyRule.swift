import LearnLintCore

/// Kind `consistency`: a name or a section title spelled differently across the corpus.
///
/// Per document it records spellings (`documents[].spellings`): heading titles and the leading names
/// of the technologies section's items. Across the corpus, spellings are grouped by a normalised key
/// (case, spaces, hyphens, dots); when one spelling of a key is used by a clear majority of the
/// documents, each document using another gets a finding naming the majority spelling.
public struct ConsistencyRule: DocumentRule, CorpusRule {
    public static let description = ConsistencyRuleExamples.description

    public let spec: RuleSpec
    public let minDocuments: Int
    public let minShare: Double
    public let includeHeadings: Bool
    public let sectionID: String?
    public let ignoreCaseStyle: Bool
    public let deferToVocabulary: Bool

    public init(spec: RuleSpec, catalog: SectionCatalog) throws(ConfigurationError) {
        self.spec = spec
        minDocuments = try spec["min_documents"]?.int() ?? 3
        if minDocuments < 1, let node = spec["min_documents"] {
            throw .invalid(node.location, "min_documents must be at least 1")
        }
        minShare = try spec["min_share"]?.double() ?? 0.6
        if !(minShare > 0 && minShare <= 1), let node = spec["min_share"] {
            throw .invalid(node.location, "min_share must be above 0 and at most 1")
        }
        includeHeadings = try spec["headings"]?.bool() ?? true
        ignoreCaseStyle = try spec["ignore_case_style"]?.bool() ?? true
        deferToVocabulary = try spec["defer_to_vocabulary"]?.bool() ?? true
        if let node = spec["section"] {
            let id = try node.string()
            guard catalog.spec(id) != nil else { throw .unknownSection(node.location, id, known: catalog.ids) }
            sectionID = id
        } else {
            // The default section is used when the configuration defines it, and quietly skipped otherwise.
            sectionID = catalog.spec("technologies") == nil ? nil : "technologies"
        }
    }

    // MARK: - Per document

    public func check(_ context: RuleContext, facts: inout DocumentFacts) -> [Finding] {
        let collector = SpellingCollector(document: context.document)
        // Titles of the configured sections are the document's structure: their spelling matters whatever
        // their length. Other long titles are the author's own words.
        let sectionLines = Set(context.sections.values.flatMap { $0 }.compactMap {
            context.document.sections.indices.contains($0) ? context.document.sections[$0].line : nil
        })
        var spellings =
            includeHeadings
            ? collector.headingSpellings().filter {
                !ConsistencyRule.isSlug($0.text) && (sectionLines.contains($0.line) || !ConsistencyRule.isFreeText($0.text))
            }
            : []
        if let sectionID, let indices = context.sections[sectionID] {
            spellings += collector.itemSpellings(sections: indices)
        }
        var seen: Set<String> = []
        let unique = spellings.filter { seen.insert($0.key + "\u{0}" + $0.text).inserted }
        facts.spellings = unique
        return []
    }

    /// `alx-project-nexus`: a repository or file name used as a title is an identifier, not a spelling
    /// of the words it joins (lower case, no spaces, words joined by `-` or `_`).
    static func isSlug(_ text: String) -> Bool {
        text.contains { $0 == "-" || $0 == "_" }
            && text.allSatisfy { $0 == "-" || $0 == "_" || $0.isNumber || ($0.isLetter && $0.isLowercase) }
    }

    /// Titles longer than `maximumTitleWords` words (“ProDev Backend Engineering Program Overview”) that
    /// are no configured section are a person's own words, not the spelling of a name: two ways to
    /// punctuate them are no mistake.
    static func isFreeText(_ text: String) -> Bool {
        text.split(whereSeparator: \.isWhitespace).filter { $0.contains { $0.isLetter || $0.isNumber } }.count > maximumTitleWords
    }

    /// Names run to four words (“Amazon Web Services”, “Django REST Framework”); longer titles are prose.
    static let maximumTitleWords = 4

    // MARK: - Across the corpus

    public func check(corpus: [DocumentFacts]) -> [Finding] {
        // Two passes over the facts, parsed again in each instead of held: most keys (document titles,
        // rare names) have a single spelling, and only the contested ones are tallied.
        var vocabularyKeys: Set<String> = []
        var firstVariant: [String: String] = [:]
        var contested: Set<String> = []
        for facts in corpus {
            for fact in spellings(of: facts, vocabularyKeys: &vocabularyKeys) where !contested.contains(fact.key) {
                let variant = SpellingForm.variant(fact.text, ignoringCaseStyle: ignoreCaseStyle)
                if let first = firstVariant[fact.key] {
                    if first != variant { contested.insert(fact.key) }
                } else {
                    firstVariant[fact.key] = variant
                }
            }
        }
        firstVariant = [:]
        contested.subtract(vocabularyKeys)
        guard !contested.isEmpty else { return [] }
        let voters = ConsistencyRule.copyGroups(corpus)
        var groups: [String: [String: VariantTally]] = [:]
        for (index, facts) in corpus.enumerated() {
            for fact in spellings(of: facts, vocabularyKeys: &vocabularyKeys) where contested.contains(fact.key) {
                let variant = SpellingForm.variant(fact.text, ignoringCaseStyle: ignoreCaseStyle)
                let voter = voters.indices.contains(index) ? voters[index] : index
                groups[fact.key, default: [:]][variant, default: VariantTally()].add(fact, document: index, voter: voter)
            }
        }
        var findings: [Finding] = []
        for key in groups.keys.sorted() {
            guard let variants = groups[key], variants.count > 1 else { continue }
            findings += judge(key: key, variants: variants, corpus: corpus)
        }
        return findings
    }

    // MARK: - Private helpers

    /// For each document, the first document of its group of near-duplicate copies (itself when it has
    /// none), from the `duplicates` rule's signatures when that rule recorded them: one text copied
    /// three times is one opinion on a spelling, not a majority.
    static func copyGroups(_ corpus: [DocumentFacts]) -> [Int] {
        var leader = Array(corpus.indices)
        let (documents, signatures) = MinHashSignature.recorded(in: corpus)
        guard signatures.count > 1 else { return leader }
        func root(_ index: Int) -> Int {
            var current = index
            while leader[current] != current { current = leader[current] }
            return current
        }
        let index = NearDuplicateIndex(threshold: copyThreshold, boilerplateShare: 0.02)
        for pair in index.pairs(signatures, accept: { _, _ in true }) {
            let a = root(documents[pair.first])
            let b = root(documents[pair.second])
            if a != b { leader[max(a, b)] = min(a, b) }
        }
        return corpus.indices.map(root)
    }

    /// Similarity from which two documents are copies of one text for voting (the `duplicates` default).
    static let copyThreshold = 0.8

    /// A document's spellings; vocabulary spellings join them, or only add their keys to `vocabularyKeys`.
    private func spellings(of facts: DocumentFacts, vocabularyKeys: inout Set<String>) -> [SpellingFact] {
        let own = facts.spellings ?? []
        let vocabulary = (facts.termSpellings ?? []).compactMap(\.spellingFact)
        guard deferToVocabulary else { return own + vocabulary }
        for fact in vocabulary {
            vocabularyKeys.insert(fact.key)
            if let term = fact.term { vocabularyKeys.insert(SpellingForm.key(term)) }
        }
        return own
    }

    /// Findings for the documents using a minority spelling of one key, when the majority is clear.
    private func judge(key: String, variants: [String: VariantTally], corpus: [DocumentFacts]) -> [Finding] {
        // Votes, not documents: copies of one text (near-duplicates) are one voice.
        let ranked = variants.sorted { a, b in
            a.value.voters.count != b.value.voters.count ? a.value.voters.count > b.value.voters.count : a.key < b.key
        }
        guard let majority = ranked.first else { return [] }
        let majorityCount = majority.value.voters.count
        // A tie has no majority: no finding beats a false one.
        if ranked.count > 1, ranked[1].value.voters.count == majorityCount { return [] }
        let total = variants.values.reduce(into: Set<Int>()) { $0.formUnion($1.voters) }.count
        guard majorityCount >= minDocuments, Double(majorityCount) / Double(total) >= minShare else { return [] }
        let expected = majority.value.displayText
        var findings: [Finding] = []
        for (_, tally) in ranked.dropFirst() {
            for (document, fact) in tally.firstUse.sorted(by: { $0.key < $1.key }) where corpus.indices.contains(document) {
                let facts = corpus[document]
                let start = SourcePosition(line: fact.line, column: fact.column)
                let end = SourcePosition(line: fact.line, column: fact.column + fact.text.unicodeScalars.count)
                findings.append(
                    Finding(
                        rule: id, kind: kind, severity: severity,
                        message: "“\(fact.text)” is spelled “\(expected)” in \(majorityCount) of \(total) documents",
                        path: facts.path, range: SourceRange(start: start, end: end), contributor: facts.contributor,
                        data: FindingData(
                            key: key, found: fact.text, expected: expected, documents: majorityCount, of: total)))
            }
        }
        return findings
    }
}

/// The documents that use one spelling variant, with where each first uses it.
private struct VariantTally {
    var documents: Set<Int> = []
    /// The distinct texts among them (a document and its near-duplicate copies are one voter).
    var voters: Set<Int> = []
    var firstUse: [Int: SpellingFact] = [:]
    /// How many documents write each exact text of the variant (capitalisation may differ).
    var texts: [String: Int] = [:]

    mutating func add(_ fact: SpellingFact, document: Int, voter: Int) {
        voters.insert(voter)
        if documents.insert(document).inserted { texts[fact.text, default: 0] += 1 }
        if let earlier = firstUse[document], (earlier.line, earlier.column) <= (fact.line, fact.column) { return }
        firstUse[document] = fact
    }

    /// The exact text most documents write (alphabetically first on a tie, so reports are stable).
    var displayText: String {
        texts.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }?.key ?? ""
    }
}
