import Dispatch
import FoundationEssentials
import LearnLintCore
import LearnLintIO

/// The learnlint language server: lifecycle, dispatch of JSON-RPC messages, and the editor's state.
///
/// Threading is deliberately plain: every message is handled on one serial queue, which owns all
/// mutable state (open documents, cached rules, corpus findings), so nothing is shared between
/// threads. Debounced work is scheduled back onto that queue with `asyncAfter` and a generation
/// counter (a newer change makes older scheduled work a no-op). Only the corpus pass, which reads the
/// whole workspace, runs on a second queue, from values it was handed; its result comes back to the
/// state queue, where a stale generation is dropped.
public final class LanguageServer: @unchecked Sendable {
    /// Sends bytes (one framed message) to the client.
    public typealias Output = @Sendable ([UInt8]) -> Void

    enum Phase {
        case waitingForInitialize, running, shutDown
    }

    /// Debounce delays, in seconds.
    struct Timing {
        /// After the last keystroke, before the document rules run (a 10 KB document is checked in a
        /// few milliseconds, so the delay plus the check stays within the 50 ms budget).
        var documentDelay = 0.01
        /// After the last save, before the corpus rules run over the workspace.
        var corpusDelay = 0.3
    }

    let queue = DispatchQueue(label: "learnlint.lsp.state")
    let corpusQueue = DispatchQueue(label: "learnlint.lsp.corpus", qos: .utility)
    private let output: Output
    private let onExit: @Sendable (Int32) -> Void
    private let decoder = JSONDecoder()
    private let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    // MARK: - State (touched only on `queue`)

    var phase = Phase.waitingForInitialize
    var timing = Timing()
    var rules = WorkspaceRules()
    /// Open documents by URI, as the client sent it.
    var documents: [String: OpenDocument] = [:]
    /// Bumped by each change of a document; scheduled checks of older generations do nothing.
    var documentGenerations: [String: Int] = [:]
    /// Bumped by each request for a corpus pass over a root.
    var corpusGenerations: [String: Int] = [:]
    /// The corpus rules' findings of the last pass over each root, by absolute document path.
    var corpusFindings: [String: [String: [Finding]]] = [:]

    /// - Parameters:
    ///   - output: writes one framed message to the client.
    ///   - onExit: called with the exit status when the client sends `exit`.
    public init(output: @escaping Output, onExit: @escaping @Sendable (Int32) -> Void) {
        self.output = output
        self.onExit = onExit
    }

    /// Handles what the framer produced, in order, on the state queue.
    public func receive(_ input: MessageFramer.Output) {
        queue.async { self.handle(input) }
    }

    /// Waits for the messages already received, then gives the exit status for an input that ended:
    /// 0 after `shutdown`, 1 when the client went away without it (as for `exit` without `shutdown`).
    public func finishAfterEndOfInput() -> Int32 {
        queue.sync { phase == .shutDown ? 0 : 1 }
    }

    // MARK: - Dispatch

    private func handle(_ input: MessageFramer.Output) {
        switch input {
        case .malformedHeader(let reason):
            sendError(id: nil, ResponseError(.parseError, "malformed message header: \(reason)"))
        case .message(let bytes):
            handleMessage(Data(bytes))
        }
    }

    private func handleMessage(_ data: Data) {
        let envelope: MessageEnvelope
        do {
            envelope = try decoder.decode(MessageEnvelope.self, from: data)
        } catch DecodingError.dataCorrupted(let context) where context.codingPath.isEmpty {
            sendError(id: nil, ResponseError(.parseError, "the message body is not valid JSON"))
            return
        } catch {
            sendError(id: nil, ResponseError(.invalidRequest, "a message is a JSON object"))
            return
        }
        if envelope.isResponse { return }  // The server sends no requests, so it awaits no answers.
        guard envelope.jsonrpc == "2.0", let method = envelope.method, !envelope.hasInvalidID else {
            sendError(
                id: envelope.id,
                ResponseError(.invalidRequest, "a request needs \"jsonrpc\": \"2.0\", a method and a valid id"))
            return
        }
        if let id = envelope.id {
            handleRequest(method, id: id, data)
        } else {
            handleNotification(method, data)
        }
    }

    private func handleRequest(_ method: String, id: RequestID, _ data: Data) {
        switch (phase, method) {
        case (.waitingForInitialize, "initialize"):
            guard let params = decodeParams(InitializeParams.self, data, id: id) else { return }
            initialize(params)
            let result = InitializeResult(
                capabilities: ServerCapabilities(), serverInfo: .init(name: LearnLint.name, version: LearnLint.version))
            respond(id: id, result)
        case (.waitingForInitialize, _):
            sendError(id: id, ResponseError(.serverNotInitialized, "the first request must be initialize"))
        case (.shutDown, _):
            sendError(id: id, ResponseError(.invalidRequest, "the server is shut down; only exit is accepted"))
        case (.running, "initialize"):
            sendError(id: id, ResponseError(.invalidRequest, "initialize was already received"))
        case (.running, "shutdown"):
            phase = .shutDown
            respond(id: id, String?.none)
        case (.running, "textDocument/codeAction"):
            guard let params = decodeParams(CodeActionParams.self, data, id: id) else { return }
            respond(id: id, codeActions(params))
        case (.running, "textDocument/hover"):
            guard let params = decodeParams(HoverParams.self, data, id: id) else { return }
            respond(id: id, hover(params))
        case (.running, _):
            sendError(id: id, ResponseError(.methodNotFound, "unknown method '\(method)'"))
        }
    }

    /// Notifications are never answered: unknown ones (`$/cancelRequest`, `initialized`…) and any
    /// before `initialize` or after `shutdown` are ignored, as the protocol says.
    private func handleNotification(_ method: String, _ data: Data) {
        if method == "exit" {
            onExit(phase == .shutDown ? 0 : 1)
            return
        }
        guard phase == .running else { return }
        switch method {
        case "textDocument/didOpen":
            if let params = decodeParams(DidOpenTextDocumentParams.self, data, id: nil) { didOpen(params) }
        case "textDocument/didChange":
            if let params = decodeParams(DidChangeTextDocumentParams.self, data, id: nil) { didChange(params) }
        case "textDocument/didSave":
            if let params = decodeParams(DidSaveTextDocumentParams.self, data, id: nil) { didSave(params) }
        case "textDocument/didClose":
            if let params = decodeParams(DidCloseTextDocumentParams.self, data, id: nil) { didClose(params) }
        default:
            break
        }
    }

    private func initialize(_ params: InitializeParams) {
        let root =
            params.rootUri.flatMap(DocumentURI.path(of:))
            ?? params.workspaceFolders?.first.flatMap { DocumentURI.path(of: $0.uri) }
            ?? params.rootPath.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
        rules = WorkspaceRules(workspaceRoot: root)
        if let milliseconds = params.initializationOptions?.documentDebounceMilliseconds {
            timing.documentDelay = Double(min(max(0, milliseconds), 10_000)) / 1000
        }
        if let milliseconds = params.initializationOptions?.corpusDebounceMilliseconds {
            timing.corpusDelay = Double(min(max(0, milliseconds), 60_000)) / 1000
        }
        phase = .running
    }

    // MARK: - Sending

    /// Decodes a message's params; a request with bad params is answered with invalidParams, a
    /// notification's are reported on standard error (the client's server log) and dropped.
    private func decodeParams<Params: Decodable>(_ type: Params.Type, _ data: Data, id: RequestID?) -> Params? {
        do {
            return try decoder.decode(ParamsEnvelope<Params>.self, from: data).params
        } catch {
            let message = "invalid params: \(Self.describe(error))"
            if let id { sendError(id: id, ResponseError(.invalidParams, message)) } else { log(message) }
            return nil
        }
    }

    func respond<Result: Encodable>(id: RequestID, _ result: Result) {
        send(ResponseMessage(id: id, result: result))
    }

    func sendError(id: RequestID?, _ error: ResponseError) {
        send(ErrorResponseMessage(id: id, error: error))
    }

    func notify<Params: Encodable>(_ method: String, _ params: Params) {
        send(NotificationMessage(method: method, params: params))
    }

    func log(_ message: String) {
        StandardError.write("learnlint lsp: \(message)\n")
    }

    private func send<Message: Encodable>(_ message: Message) {
        do {
            output(framed(try encoder.encode(message)))
        } catch {
            log("cannot encode a message: \(error)")
        }
    }

    /// A decoding error in a line, naming the field that was wrong.
    private static func describe(_ error: Error) -> String {
        guard let error = error as? DecodingError else { return "\(error)" }
        switch error {
        case .keyNotFound(let key, let context):
            return "missing '\((context.codingPath + [key]).map(\.stringValue).joined(separator: "."))'"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return "wrong type at '\(context.codingPath.map(\.stringValue).joined(separator: "."))'"
        @unknown default:
            return "\(error)"
        }
    }
}
