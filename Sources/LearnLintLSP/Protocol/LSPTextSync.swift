/// Text synchronisation notifications: open, change, save, close.

struct DidOpenTextDocumentParams: Decodable {
    var textDocument: TextDocumentItem
}

/// One change: a range and its new text, or (no range) the whole new text.
struct TextDocumentContentChangeEvent: Decodable {
    var range: LSPRange?
    var text: String
}

struct DidChangeTextDocumentParams: Decodable {
    var textDocument: VersionedTextDocumentIdentifier
    var contentChanges: [TextDocumentContentChangeEvent]
}

struct DidSaveTextDocumentParams: Decodable {
    var textDocument: TextDocumentIdentifier
    /// The saved text, when the client sends it.
    var text: String?
}

struct DidCloseTextDocumentParams: Decodable {
    var textDocument: TextDocumentIdentifier
}
