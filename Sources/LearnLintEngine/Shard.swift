import LearnLintCore

/// `--shard K/N`: the K-th (1-based) of N slices of the corpus, by a stable hash of each document's path.
///
/// The hash (64-bit FNV-1a of the path's UTF-8) is the same on every machine and run, so CI matrix
/// jobs agree on who checks what without talking to each other.
public struct Shard: Sendable, Hashable, CustomStringConvertible {
    public let index: Int
    public let count: Int

    /// Parses `K/N` with 1 ≤ K ≤ N.
    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]), count >= 1, (1...count).contains(index)
        else { return nil }
        self.index = index
        self.count = count
    }

    public var description: String { "\(index)/\(count)" }

    public func contains(_ path: String) -> Bool {
        Int(Shard.hash(path) % UInt64(count)) == index - 1
    }

    public static func hash(_ path: String) -> UInt64 {
        FNV1a.hash(path)
    }
}
