/// `initialize` and what the server announces it can do.

struct InitializeParams: Decodable {
    struct WorkspaceFolder: Decodable {
        var uri: String
    }

    var rootUri: String?
    var rootPath: String?
    var workspaceFolders: [WorkspaceFolder]?
    var initializationOptions: ServerOptions?
}

/// Options a client may pass as `initializationOptions` (all optional).
struct ServerOptions: Decodable, Sendable {
    /// Delay after the last change before the document rules run again.
    var documentDebounceMilliseconds: Int?
    /// Delay after the last save before the corpus rules run over the workspace.
    var corpusDebounceMilliseconds: Int?
}

struct InitializeResult: Encodable {
    struct ServerInfo: Encodable {
        var name: String
        var version: String
    }

    var capabilities: ServerCapabilities
    var serverInfo: ServerInfo
}

struct ServerCapabilities: Encodable {
    struct TextDocumentSync: Encodable {
        struct Save: Encodable {
            var includeText = false
        }

        var openClose = true
        /// 2: incremental changes (a client may still send the whole text).
        var change = 2
        var save = Save()
    }

    struct CodeActionOptions: Encodable {
        var codeActionKinds: [String]
    }

    var textDocumentSync = TextDocumentSync()
    var codeActionProvider = CodeActionOptions(codeActionKinds: [CodeActionKind.quickFix, CodeActionKind.fixAll])
    var hoverProvider = true
}
