/// A case-insensitive wildcard pattern (`*` any run, `?` one character) over normalised titles.
///
/// Users' patterns are matched with this small matcher instead of regular expressions, so no
/// user-supplied expression ever runs over document text and matching is linear-time in practice.
public struct WildcardPattern: Sendable, Hashable, CustomStringConvertible {
    public let source: String
    /// The normalised pattern as UTF-8: matching bytes is several times cheaper than `Character`s,
    /// and `?` skips a whole UTF-8 sequence so it still means "one character".
    private let pattern: [UInt8]

    public init(_ source: String) {
        self.source = source
        self.pattern = Array(TitleNormalizer.normalizePattern(source).utf8)
    }

    public var description: String { source }

    /// Whether the whole of an already-normalised text matches.
    public func matches(normalized text: String) -> Bool {
        var text = text
        return text.withUTF8 { matches(utf8: $0) }
    }

    /// Whether the whole of an already-normalised UTF-8 text matches.
    public func matches(utf8 subject: UnsafeBufferPointer<UInt8>) -> Bool {
        pattern.withUnsafeBufferPointer { WildcardPattern.match($0, subject) }
    }

    /// `*` (any run) and `?` (one UTF-8 character) over bytes, with single-star backtracking:
    /// linear in practice, never exponential. Shared with `PathGlob` for one path segment.
    static func match(_ pattern: UnsafeBufferPointer<UInt8>, _ subject: UnsafeBufferPointer<UInt8>) -> Bool {
        let star = UInt8(ascii: "*")
        let question = UInt8(ascii: "?")
        var p = 0
        var s = 0
        var starP = -1
        var starS = 0
        while s < subject.count {
            if p < pattern.count, pattern[p] == question {
                p += 1
                s += 1
                while s < subject.count, subject[s] & 0xC0 == 0x80 { s += 1 }
            } else if p < pattern.count, pattern[p] == subject[s] {
                p += 1
                s += 1
            } else if p < pattern.count, pattern[p] == star {
                starP = p
                starS = s
                p += 1
            } else if starP >= 0 {
                p = starP + 1
                starS += 1
                s = starS
            } else {
                return false
            }
        }
        while p < pattern.count, pattern[p] == star { p += 1 }
        return p == pattern.count
    }
}
