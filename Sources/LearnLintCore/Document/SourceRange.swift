/// A 1-based line and column in a document; columns count Unicode code points.
public struct SourcePosition: Sendable, Hashable, Comparable, Codable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static let start = SourcePosition(line: 1, column: 1)

    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}

/// A span of a document between two positions, both inclusive of their first code point.
public struct SourceRange: Sendable, Hashable, Codable {
    public var start: SourcePosition
    public var end: SourcePosition

    public init(start: SourcePosition, end: SourcePosition) {
        self.start = start
        self.end = end
    }

    /// A range that covers one position only.
    public init(at position: SourcePosition) {
        self.init(start: position, end: position)
    }

    public static let documentStart = SourceRange(at: .start)

    public func contains(line: Int) -> Bool { start.line <= line && line <= end.line }
}
