extension MinHashSignature {
    /// The signatures the `duplicates` rule recorded in a corpus, with the index of each one's document
    /// (documents without one, e.g. unreadable ones, are left out).
    package static func recorded(in corpus: [DocumentFacts]) -> (documents: [Int], signatures: [MinHashSignature]) {
        var documents: [Int] = []
        var signatures: [MinHashSignature] = []
        for (index, facts) in corpus.enumerated() {
            guard let signature = facts.minhash else { continue }
            documents.append(index)
            signatures.append(signature)
        }
        return (documents, signatures)
    }
}
