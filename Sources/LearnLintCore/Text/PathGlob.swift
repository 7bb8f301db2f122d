/// A path pattern over `/`-separated relative paths: `**` spans any number of folders, `*` and `?`
/// stay inside one segment, and a segment written `{name}` captures that segment (for contributors).
public struct PathGlob: Sendable, Hashable, CustomStringConvertible {
    public let source: String
    private let segments: [String]
    /// ASCII letters match in either case (document globs: GitHub renders `readme.md` as the README).
    public let ignoresCase: Bool

    public init(_ source: String, ignoringCase: Bool = false) {
        self.source = source
        self.ignoresCase = ignoringCase
        var trimmed = Substring(source)
        while trimmed.hasPrefix("./") { trimmed = trimmed.dropFirst(2) }
        let segments = trimmed.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        self.segments = ignoringCase ? segments.map { $0.hasPrefix("{") ? $0 : PathGlob.lowercasedASCII($0) } : segments
    }

    /// A glob that matches file names whatever the case of their ASCII letters.
    public static func ignoringCase(_ source: String) -> PathGlob { PathGlob(source, ignoringCase: true) }

    public var description: String { source }

    public func matches(_ path: String) -> Bool {
        let parts = path.split(separator: "/", omittingEmptySubsequences: true)
        var captures: [String: String]?
        return match(0, parts, 0, &captures)
    }

    /// Matches a path and returns the `{name}` captures (empty when the pattern has none).
    public func capture(_ path: String) -> [String: String]? {
        let parts = path.split(separator: "/", omittingEmptySubsequences: true)
        var captures: [String: String]? = [:]
        return match(0, parts, 0, &captures) ? captures ?? [:] : nil
    }

    /// Matches segments from `s` against parts from `p`; `captures` is nil when nobody wants them.
    private func match(_ s: Int, _ parts: [Substring], _ p: Int, _ captures: inout [String: String]?) -> Bool {
        if s == segments.count { return p == parts.count }
        let segment = segments[s]
        if segment == "**" {
            if s == segments.count - 1 { return true }  // a trailing ** takes whatever is left
            // Zero or more folders; try the shortest first.
            for next in p...parts.count {
                var attempt = captures
                if match(s + 1, parts, next, &attempt) {
                    captures = attempt
                    return true
                }
            }
            return false
        }
        guard p < parts.count else { return false }
        if segment.hasPrefix("{"), segment.hasSuffix("}"), segment.count > 2 {
            captures?[String(segment.dropFirst().dropLast())] = String(parts[p])
            return match(s + 1, parts, p + 1, &captures)
        }
        let name = ignoresCase ? PathGlob.lowercasedASCII(String(parts[p])) : String(parts[p])
        guard PathGlob.segmentMatches(Array(segment.utf8), Array(name.utf8)) else { return false }
        return match(s + 1, parts, p + 1, &captures)
    }

    private static func lowercasedASCII(_ text: String) -> String {
        String(decoding: text.utf8.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }, as: UTF8.self)
    }

    /// `*` and `?` within one segment (case-sensitive unless the glob ignores case).
    private static func segmentMatches(_ pattern: [UInt8], _ name: [UInt8]) -> Bool {
        pattern.withUnsafeBufferPointer { pattern in
            name.withUnsafeBufferPointer { WildcardPattern.match(pattern, $0) }
        }
    }
}
