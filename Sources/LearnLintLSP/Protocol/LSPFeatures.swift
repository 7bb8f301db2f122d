/// Diagnostics, code actions and hover.

public struct DiagnosticRelatedInformation: Sendable, Encodable {
    public var location: LSPLocation
    public var message: String
}

/// A finding as the client shows it.
public struct Diagnostic: Sendable, Encodable {
    public var range: LSPRange
    /// 1 error, 2 warning, 3 information, 4 hint.
    public var severity: Int
    /// The rule id.
    public var code: String?
    public var source = "learnlint"
    public var message: String
    public var relatedInformation: [DiagnosticRelatedInformation]?
}

struct PublishDiagnosticsParams: Encodable {
    var uri: String
    var version: Int?
    var diagnostics: [Diagnostic]
}

/// The code action kinds the server offers.
enum CodeActionKind {
    static let quickFix = "quickfix"
    static let fixAll = "source.fixAll.learnlint"
}

struct CodeActionParams: Decodable {
    struct Context: Decodable {
        /// Kinds the client wants; nil means every kind.
        var only: [String]?
    }

    var textDocument: TextDocumentIdentifier
    var range: LSPRange
    var context: Context?
}

public struct TextEdit: Sendable, Codable, Equatable {
    public var range: LSPRange
    public var newText: String
}

public struct WorkspaceEdit: Sendable, Codable {
    public var changes: [String: [TextEdit]]
}

struct CodeAction: Encodable {
    var title: String
    var kind: String
    var diagnostics: [Diagnostic]?
    var isPreferred: Bool?
    var edit: WorkspaceEdit
}

struct HoverParams: Decodable {
    var textDocument: TextDocumentIdentifier
    var position: LSPPosition
}

struct Hover: Encodable {
    var contents: MarkupContent
    var range: LSPRange?
}
