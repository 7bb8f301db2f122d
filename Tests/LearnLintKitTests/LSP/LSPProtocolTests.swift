import Foundation
import Testing

/// `learnlint lsp` over stdio, run as the built binary: JSON-RPC framing and errors, the lifecycle,
/// and that no malformed input stops it from answering the next well-formed request.
@Suite struct LSPProtocolTests {
    private func session() throws -> (LSPSession, URL) {
        let folder = try temporaryFolder()
        return (try LSPSession(in: folder), folder)
    }

    @Test func initializeAnnouncesTextSyncCodeActionsAndHover() throws {
        let (server, folder) = try session()
        defer { try? FileManager.default.removeItem(at: folder) }
        let answer = try server.initialize(root: folder)
        let result = try #require(answer["result"] as? [String: Any])
        let capabilities = try #require(result["capabilities"] as? [String: Any])
        let sync = try #require(capabilities["textDocumentSync"] as? [String: Any])
        #expect(sync["change"] as? Int == 2, "incremental sync")
        #expect(sync["openClose"] as? Bool == true)
        #expect(capabilities["hoverProvider"] as? Bool == true)
        let actions = try #require(capabilities["codeActionProvider"] as? [String: Any])
        #expect(actions["codeActionKinds"] as? [String] == ["quickfix", "source.fixAll.learnlint"])
        #expect((result["serverInfo"] as? [String: Any])?["name"] as? String == "learnlint")
    }

    @Test func aRequestBeforeInitializeIsRefusedAsNotInitialized() throws {
        let (server, folder) = try session()
        defer { try? FileManager.default.removeItem(at: folder) }
        try server.request(5, "textDocument/hover", [:])
        #expect(LSPJSON.errorCode(try server.response(5)) == -32002)
        try server.initialize(root: folder)
    }

    @Test func aMessageWrittenOneByteAtATimeIsAnswered() throws {
        let (server, folder) = try session()
        defer { try? FileManager.default.removeItem(at: folder) }
        let body = #"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}"#
        let bytes = Array("Content-Length: \(body.utf8.count)\r\n\r\n\(body)".utf8)
        for (index, byte) in bytes.enumerated() {
            server.sendRaw([byte])
            // Pause inside the header and inside the body, so the server really reads partial pieces.
            if index == 10 || index == bytes.count / 2 { usleep(50_000) }
        }
        let answer = try server.response(1)
        #expect(answer["result"] != nil)
    }

    @Test func twoMessagesInOneWriteAreBothAnsweredInOrder() throws {
        let (server, folder) = try session()
        defer { try? FileManager.default.removeItem(at: folder) }
        try server.initialize(root: folder)
        let first = #"{"jsonrpc":"2.0","id":2,"method":"no/such"}"#
        let second = #"{"jsonrpc":"2.0","id":3,"method":"other/unknown"}"#
        server.sendRaw(Array("Content-Length: \(first.utf8.count)\r\n\r\n\(first)Content-Length: \(second.utf8.count)\r\n\r\n\(second)".utf8))
        #expect(try server.next()["id"] as? Int == 2)
        #expect(try server.next()["id"] as? Int == 3)
    }

    @Test func aMalformedHeaderGetsAParseErrorAndTheNextRequestIsStillAnswered() throws {
        let (server, folder) = try session()
        defer { try? FileManager.default.removeItem(at: folder) }
        try server.initialize(root: folder)
        server.sendRaw(Array("Content-Length: twelve\r\n\r\n{\"id\": 9}".utf8))
        let error = try server.next()
        #expect(LSPJSON.errorCode(error) == -32700)
        #expect(error["id"] is NSNull, "no id can be read from a broken header")
        try server.request(4, "shutdown")
        #expect(try server.response(4)["result"] is NSNull)
    }

    @Test(arguments: [
        ("{not json", -32700),
        ("[1, 2]", -32600),
        ("42", -32600),
        (#"{"id": 6, "method": "shutdown"}"#, -32600),
        (#"{"jsonrpc": "2.0", "id": {"nested": 1}, "method": "shutdown"}"#, -32600),
        (#"{"jsonrpc": "2.0", "id": 6}"#, -32600),
    ])
    func aBadBodyGetsItsJSONRPCError(body: String, code: Int) throws {
        let (server, folder) = try session()
        defer { try? FileManager.default.removeItem(at: folder) }
        try server.initialize(root: folder)
        server.send(body)
        #expect(LSPJSON.errorCode(try server.next()) == code)
        // Still serving: the request after it is answered normally.
        try server.request(7, "textDocument/hover", ["textDocument": ["uri": "file:///nowhere.md"], "position": ["line": 0, "character": 0]])
        #expect(try server.response(7)["result"] is NSNull)
    }

    @Test func anUnknownRequestIsMethodNotFoundAndAnUnknownNotificationIsIgnored() throws {
        let (server, folder) = try session()
        defer { try? FileManager.default.removeItem(at: folder) }
        try server.initialize(root: folder)
        try server.notify("$/unknownNotification", ["x": 1])
        try server.notify("$/cancelRequest", ["id": 99])
        try server.request(8, "workspace/doesNotExist")
        let answer = try server.next()
        #expect(answer["id"] as? Int == 8, "nothing was sent for the two notifications")
        #expect(LSPJSON.errorCode(answer) == -32601)
    }

    @Test func badParamsOfARequestAreInvalidParams() throws {
        let (server, folder) = try session()
        defer { try? FileManager.default.removeItem(at: folder) }
        try server.initialize(root: folder)
        try server.request(9, "textDocument/codeAction", ["textDocument": "not an object"])
        #expect(LSPJSON.errorCode(try server.response(9)) == -32602)
    }

    @Test func shutdownWithoutExitRefusesRequestsAndEndsCleanlyWhenInputCloses() throws {
        let (server, folder) = try session()
        defer { try? FileManager.default.removeItem(at: folder) }
        try server.initialize(root: folder)
        try server.request(2, "shutdown")
        let answer = try server.response(2)
        #expect(answer["result"] is NSNull, "shutdown answers with a null result")
        #expect(answer.keys.contains("result"))
        try server.request(3, "textDocument/hover", [:])
        #expect(LSPJSON.errorCode(try server.response(3)) == -32600)
        try server.closeInput()
        #expect(server.exitStatus() == 0, "input closed after shutdown: a clean end")
    }

    @Test func exitAfterShutdownIsStatusZeroAndExitWithoutShutdownIsOne() throws {
        let (server, folder) = try session()
        defer { try? FileManager.default.removeItem(at: folder) }
        try server.initialize(root: folder)
        try server.request(2, "shutdown")
        _ = try server.response(2)
        try server.notify("exit")
        #expect(server.exitStatus() == 0)

        let (abrupt, other) = try session()
        defer { try? FileManager.default.removeItem(at: other) }
        try abrupt.initialize(root: other)
        try abrupt.notify("exit")
        #expect(abrupt.exitStatus() == 1)
    }

    @Test func inputThatEndsMidMessageEndsTheServerWithoutShutdown() throws {
        let (server, folder) = try session()
        defer { try? FileManager.default.removeItem(at: folder) }
        try server.initialize(root: folder)
        server.sendRaw(Array("Content-Length: 100\r\n\r\n{\"jsonrpc\"".utf8))
        try server.closeInput()
        #expect(server.exitStatus() == 1)
    }
}
