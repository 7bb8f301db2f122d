import LearnLintCore

/// A near-duplicate pair a `duplicates` rule reported about one of a contributor's documents.
public struct DuplicateFlag: Sendable, Hashable {
    /// The contributor's document and its twin.
    public var path: String
    public var twin: String
    /// The twin's contributor as coverage counts them.
    public var twinContributor: String
    /// 0–1, as the finding gave it.
    public var similarity: Double

    public init(path: String, twin: String, twinContributor: String, similarity: Double) {
        self.path = path
        self.twin = twin
        self.twinContributor = twinContributor
        self.similarity = similarity
    }

    /// The command that shows what the two documents share.
    public var compareCommand: String { "learnlint compare \(DuplicateFlag.quoted(path)) \(DuplicateFlag.quoted(twin))" }

    /// A path as a shell word: as is when it is plain, else in single quotes.
    static func quoted(_ path: String) -> String {
        let plain = path.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || "0123456789/._-+".unicodeScalars.contains($0)) }
        return plain && !path.isEmpty ? path : ShellQuoting.quoted(path)
    }
}

extension DuplicateFlag {
    /// The leading percentage of a related location's message (`94% similar (by kemi)`), as 0–1.
    package static func similarity(in message: String) -> Double? {
        let digits = message.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, message.dropFirst(digits.count).hasPrefix("%"), let value = Int(digits) else { return nil }
        return Double(min(value, 100)) / 100
    }
}
