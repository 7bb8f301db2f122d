import LearnLintCore

/// Kind `duplicates`: near-identical documents from different contributors.
///
/// Per document it records a MinHash signature of the word shingles of its prose
/// (`documents[].minhash`; headings, code and HTML left out). Across the corpus, LSH banding proposes
/// candidate pairs and the signatures' agreement, boilerplate masked, estimates their similarity.
public struct DuplicatesRule: DocumentRule, CorpusRule {
    public static let description = DuplicatesRuleExamples.description

    public let spec: RuleSpec
    public let threshold: Double
    public let minShingles: Int
    public let boilerplateShare: Double

    public init(spec: RuleSpec, catalog: SectionCatalog) throws(ConfigurationError) {
        self.spec = spec
        threshold = try spec["threshold"]?.double() ?? 0.8
        if !(threshold > 0 && threshold <= 1), let node = spec["threshold"] {
            throw .invalid(node.location, "threshold must be above 0 and at most 1")
        }
        minShingles = try spec["min_shingles"]?.int() ?? 30
        if minShingles < 1, let node = spec["min_shingles"] {
            throw .invalid(node.location, "min_shingles must be at least 1")
        }
        boilerplateShare = try spec["boilerplate_share"]?.double() ?? 0.02
        if !(boilerplateShare > 0 && boilerplateShare <= 1), let node = spec["boilerplate_share"] {
            throw .invalid(node.location, "boilerplate_share must be above 0 and at most 1")
        }
    }

    // MARK: - Per document

    public func check(_ context: RuleContext, facts: inout DocumentFacts) -> [Finding] {
        // The shingles' words are the shared analysis's: their folded forms' hashes, computed once.
        var words: [UInt64] = []
        let prose = context.document.prose
        // Sized once: the list is alive beside every token of the document, so doubling's slack showed in
        // a large document's peak.
        words.reserveCapacity(prose.tokens.reduce(0) { $0 + $1.words.count })
        for (run, tokens) in zip(context.document.proseRuns, prose.tokens) {
            if case .heading = run.blockKind { continue }
            for word in tokens.words { words.append(word.foldedHash) }
        }
        if let signature = MinHashSignature(wordHashes: words, minimumShingles: minShingles) {
            facts.minhash = signature
        }
        return []
    }

    // MARK: - Across the corpus

    public func check(corpus: [DocumentFacts]) -> [Finding] {
        let (documents, signatures) = MinHashSignature.recorded(in: corpus)
        let index = NearDuplicateIndex(threshold: threshold, boilerplateShare: boilerplateShare)
        let pairs = index.pairs(signatures) { first, second in
            let a = corpus[documents[first]]
            let b = corpus[documents[second]]
            // Only across contributors: one person's two documents may well repeat themselves.
            return a.path != b.path && (a.contributor == nil || b.contributor == nil || a.contributor != b.contributor)
        }
        var twins: [Int: [(other: Int, similarity: Double)]] = [:]
        for pair in pairs {
            twins[documents[pair.first], default: []].append((documents[pair.second], pair.similarity))
            twins[documents[pair.second], default: []].append((documents[pair.first], pair.similarity))
        }
        return twins.keys.sorted().compactMap { document in
            finding(for: corpus[document], twins: twins[document] ?? [], corpus: corpus)
        }
    }

    // MARK: - Private helpers

    /// One finding per document, naming its closest twin; every twin is a related location.
    private func finding(for facts: DocumentFacts, twins: [(other: Int, similarity: Double)], corpus: [DocumentFacts]) -> Finding? {
        let ranked = twins.filter { corpus.indices.contains($0.other) }.sorted { a, b in
            a.similarity != b.similarity ? a.similarity > b.similarity : corpus[a.other].path < corpus[b.other].path
        }
        guard let closest = ranked.first else { return nil }
        let twin = corpus[closest.other]
        var message = "near-duplicate of \(twin.path)\(DuplicatesRule.by(twin)): \(DuplicatesRule.percent(closest.similarity)) similar"
        if ranked.count > 1 { message += " (and \(ranked.count - 1) more)" }
        message += "; `\(DuplicateFlag(path: facts.path, twin: twin.path, twinContributor: "", similarity: 0).compareCommand)` shows the shared passages"
        let related = ranked.map { entry in
            RelatedLocation(
                path: corpus[entry.other].path, range: .documentStart,
                message: "\(DuplicatesRule.percent(entry.similarity)) similar\(DuplicatesRule.by(corpus[entry.other]))")
        }
        return Finding(
            rule: id, kind: kind, severity: severity, message: message, path: facts.path, range: .documentStart,
            contributor: facts.contributor,
            data: FindingData(twin: twin.path, similarity: (closest.similarity * 100).rounded() / 100, twins: ranked.count),
            related: related)
    }

    private static func percent(_ similarity: Double) -> String { "\(Int((similarity * 100).rounded()))%" }

    private static func by(_ facts: DocumentFacts) -> String {
        facts.contributor.map { " (by \($0))" } ?? ""
    }
}
