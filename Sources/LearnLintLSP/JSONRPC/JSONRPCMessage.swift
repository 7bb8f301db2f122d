import FoundationEssentials

/// A JSON-RPC request id: a number or a string, echoed back in the response.
public enum RequestID: Sendable, Hashable, Codable {
    case number(Int)
    case string(String)

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(Int.self) {
            self = .number(number)
        } else {
            self = .string(try container.decode(String.self))
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .number(let number): try container.encode(number)
        case .string(let string): try container.encode(string)
        }
    }
}

/// The JSON-RPC error codes the server answers with.
public enum ErrorCode: Int, Sendable {
    case parseError = -32700
    case invalidRequest = -32600
    case methodNotFound = -32601
    case invalidParams = -32602
    case internalError = -32603
    /// LSP: a request other than `initialize` arrived first.
    case serverNotInitialized = -32002
}

/// An error answer: its code and a message for the client's log.
public struct ResponseError: Error, Sendable, Codable, Equatable {
    public var code: Int
    public var message: String

    public init(_ code: ErrorCode, _ message: String) {
        self.code = code.rawValue
        self.message = message
    }
}

/// The members every incoming message is sorted by, before its parameters are decoded for its method.
///
/// A request has `id` and `method`, a notification only `method`; a message with `result` or `error`
/// is a response to the server (it sends no requests, so responses are ignored).
struct MessageEnvelope: Decodable {
    var jsonrpc: String?
    var id: RequestID?
    /// Whether an `id` member is present but is neither a number nor a string.
    var hasInvalidID = false
    var method: String?
    var isResponse = false

    private enum CodingKeys: String, CodingKey {
        case jsonrpc, id, method, result, error
    }

    init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        jsonrpc = try? container.decodeIfPresent(String.self, forKey: .jsonrpc)
        if container.contains(.id), (try? container.decodeNil(forKey: .id)) != true {
            id = try? container.decode(RequestID.self, forKey: .id)
            hasInvalidID = id == nil
        }
        method = try? container.decodeIfPresent(String.self, forKey: .method)
        isResponse = method == nil && (container.contains(.result) || container.contains(.error))
    }
}

/// Decodes the `params` of a message for the method it names.
struct ParamsEnvelope<Params: Decodable>: Decodable {
    var params: Params
}

/// An answer to a request, with a result (encoded as `null` when there is none).
struct ResponseMessage<Result: Encodable>: Encodable {
    var id: RequestID
    var result: Result

    private enum CodingKeys: String, CodingKey {
        case jsonrpc, id, result
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode("2.0", forKey: .jsonrpc)
        try container.encode(id, forKey: .id)
        // `encode` (not `encodeIfPresent`): a nil result must still be sent, as `null`.
        try container.encode(result, forKey: .result)
    }
}

/// An error answer; `id` is `null` when the request's id could not be read.
struct ErrorResponseMessage: Encodable {
    var id: RequestID?
    var error: ResponseError

    private enum CodingKeys: String, CodingKey {
        case jsonrpc, id, error
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode("2.0", forKey: .jsonrpc)
        try container.encode(id, forKey: .id)
        try container.encode(error, forKey: .error)
    }
}

/// A notification from the server (`textDocument/publishDiagnostics`).
struct NotificationMessage<Params: Encodable>: Encodable {
    var method: String
    var params: Params

    private enum CodingKeys: String, CodingKey {
        case jsonrpc, method, params
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode("2.0", forKey: .jsonrpc)
        try container.encode(method, forKey: .method)
        try container.encode(params, forKey: .params)
    }
}

/// Frames a message body for the wire: `Content-Length` header, empty line, body.
func framed(_ body: Data) -> [UInt8] {
    Array("Content-Length: \(body.count)\r\n\r\n".utf8) + Array(body)
}
