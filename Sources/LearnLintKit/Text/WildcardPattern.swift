/// A case-insensitive wildcard pattern (`*` any run, `?` one character) over normalised titles.
///
/// Users' patterns are matched with this small matcher instead of regular expressions, so no
/// user-supplied expression ever runs over document text and matching is linear-time in practice.
public struct WildcardPattern: Sendable, Hashable, CustomStringConvertible {
    public let source: String
    private let characters: [Character]

    public init(_ source: String) {
        self.source = source
        self.characters = Array(TitleNormalizer.normalizePattern(source))
    }

    public var description: String { source }

    /// Whether the whole of an already-normalised text matches.
    public func matches(normalized text: String) -> Bool {
        let subject = Array(text)
        var p = 0
        var s = 0
        var starP = -1
        var starS = 0
        while s < subject.count {
            if p < characters.count, characters[p] == "?" || characters[p] == subject[s] {
                p += 1
                s += 1
            } else if p < characters.count, characters[p] == "*" {
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
        while p < characters.count, characters[p] == "*" { p += 1 }
        return p == characters.count
    }
}
