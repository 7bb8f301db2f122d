/// The structures of the Language Server Protocol the server uses, and only those. Field names are the
/// protocol's, so the synthesized `Codable` conformances are the wire format.

/// A place in a text document: 0-based line, and 0-based character offset in UTF-16 code units.
public struct LSPPosition: Sendable, Hashable, Codable, Comparable {
    public var line: Int
    public var character: Int

    public init(line: Int, character: Int) {
        self.line = line
        self.character = character
    }

    public static func < (lhs: LSPPosition, rhs: LSPPosition) -> Bool {
        (lhs.line, lhs.character) < (rhs.line, rhs.character)
    }
}

/// A span between two positions; `end` is exclusive.
public struct LSPRange: Sendable, Hashable, Codable {
    public var start: LSPPosition
    public var end: LSPPosition

    public init(start: LSPPosition, end: LSPPosition) {
        self.start = start
        self.end = end
    }

    /// Whether the ranges share a position (touching ends count, so a cursor at a word's end finds it).
    public func touches(_ other: LSPRange) -> Bool {
        start <= other.end && other.start <= end
    }
}

/// A range in a document named by its URI.
public struct LSPLocation: Sendable, Hashable, Codable {
    public var uri: String
    public var range: LSPRange
}

public struct TextDocumentIdentifier: Sendable, Codable {
    public var uri: String
}

public struct VersionedTextDocumentIdentifier: Sendable, Codable {
    public var uri: String
    public var version: Int?
}

/// A document as the client opens it.
public struct TextDocumentItem: Sendable, Codable {
    public var uri: String
    public var languageId: String?
    public var version: Int
    public var text: String
}

/// Markdown shown by the client (hover contents).
public struct MarkupContent: Sendable, Codable {
    public var kind = "markdown"
    public var value: String
}
