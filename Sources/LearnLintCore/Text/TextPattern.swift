/// A literal pattern with `*` wildcards, found *inside* text (`[your *]`, `TODO`, `{{*}}`).
///
/// Never a regular expression: the pattern is split at `*` into literal pieces that must follow each
/// other, each gap at most `maximumGap` bytes on one line, so matching stays linear in practice. A
/// pattern with a capital letter matches case-sensitively (`TODO` but not "todo app"); an all-lowercase
/// pattern ignores ASCII case. A piece that starts or ends with a letter or digit must sit at a word
/// boundary, so `TBD` does not match inside `TBDX`.
public struct TextPattern: Sendable, Hashable, CustomStringConvertible {
    public static let maximumGap = 60

    public let source: String
    private let pieces: [[UInt8]]
    private let caseSensitive: Bool

    /// Nil when the pattern has no literal text (`*`, empty).
    public init?(_ source: String) {
        var text = Substring(source)
        while text.first == "*" { text = text.dropFirst() }
        while text.last == "*" { text = text.dropLast() }
        let pieces = text.split(separator: "*").map { Array($0.utf8) }
        guard !pieces.isEmpty, pieces.allSatisfy({ !$0.isEmpty }) else { return nil }
        self.source = source
        self.caseSensitive = source.contains { $0.isUppercase }
        self.pieces = caseSensitive ? pieces : pieces.map { $0.map(TextPattern.lowercased) }
    }

    public var description: String { source }

    /// Whether the pattern starts with `<` (so it may match an HTML-looking placeholder such as `<add here>`).
    public var looksLikeTag: Bool { pieces.first?.first == UInt8(ascii: "<") }

    /// Byte ranges of the non-overlapping matches in `bytes`, in order.
    public func matches(in bytes: ArraySlice<UInt8>) -> [Range<Int>] {
        guard let first = pieces.first else { return [] }
        guard let head = first.first else { return [] }
        // The first byte in both cases, tested before anything else: most positions fail there.
        let alternate = caseSensitive ? head : TextPattern.uppercased(head)
        var result: [Range<Int>] = []
        let base = bytes.startIndex
        // The scan for the first byte reads raw memory: it visits every byte of every prose text.
        bytes.withUnsafeBufferPointer { buffer in
            var position = 0
            while position + first.count <= buffer.count {
                let byte = buffer[position]
                guard byte == head || byte == alternate else {
                    position += 1
                    continue
                }
                let start = base + position
                if let end = match(at: start, in: bytes) {
                    result.append(start..<end)
                    position = end - base
                } else {
                    position += 1
                }
            }
        }
        return result
    }

    /// The bytes a match can start with: the first literal byte, and its other case when the
    /// pattern ignores case.
    var heads: [UInt8] {
        guard let head = pieces.first?.first else { return [] }
        let alternate = caseSensitive ? head : TextPattern.uppercased(head)
        return alternate == head ? [head] : [head, alternate]
    }

    /// The end of a match that starts at `start` (a byte equal to one of `heads`), if there is one.
    func match(at start: Int, in bytes: ArraySlice<UInt8>) -> Int? {
        guard let first = pieces.first, start + first.count <= bytes.endIndex,
            isBoundaryBefore(start, in: bytes, piece: first), piece(first, at: start, in: bytes)
        else { return nil }
        return rest(after: start + first.count, in: bytes)
    }

    // MARK: - Private helpers

    /// Matches the pieces after the first; returns the end of the match.
    private func rest(after position: Int, in bytes: ArraySlice<UInt8>) -> Int? {
        var cursor = position
        for piece in pieces.dropFirst() {
            var found: Int?
            var candidate = cursor
            while candidate + piece.count <= bytes.endIndex, candidate - cursor <= TextPattern.maximumGap {
                if bytes[candidate] == UInt8(ascii: "\n") { return nil }
                if self.piece(piece, at: candidate, in: bytes) {
                    found = candidate
                    break
                }
                candidate += 1
            }
            guard let found else { return nil }
            cursor = found + piece.count
        }
        guard let last = pieces.last, isBoundaryAfter(cursor, in: bytes, piece: last) else { return nil }
        return cursor
    }

    private func piece(_ piece: [UInt8], at position: Int, in bytes: ArraySlice<UInt8>) -> Bool {
        guard position >= bytes.startIndex, position + piece.count <= bytes.endIndex else { return false }
        for (offset, expected) in piece.enumerated() {
            let byte = bytes[position + offset]
            if (caseSensitive ? byte : TextPattern.lowercased(byte)) != expected { return false }
        }
        return true
    }

    private func isBoundaryBefore(_ position: Int, in bytes: ArraySlice<UInt8>, piece: [UInt8]) -> Bool {
        guard let head = piece.first, TextPattern.isWordByte(head), position > bytes.startIndex else { return true }
        return !TextPattern.isWordByte(bytes[position - 1])
    }

    private func isBoundaryAfter(_ position: Int, in bytes: ArraySlice<UInt8>, piece: [UInt8]) -> Bool {
        guard let tail = piece.last, TextPattern.isWordByte(tail), position < bytes.endIndex else { return true }
        return !TextPattern.isWordByte(bytes[position])
    }

    /// Letters, digits, `_` and any byte of a non-ASCII character.
    private static func isWordByte(_ byte: UInt8) -> Bool {
        ASCIIByte.isAlphanumeric(byte) || byte == UInt8(ascii: "_") || byte >= 0x80
    }

    private static func uppercased(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) ? byte - 32 : byte
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        ASCIIByte.lowercased(byte)
    }
}
