import Foundation
import Testing
import LearnLintTestSupport

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
        server.sendRaw(
            Array(
                "Content-Length: \(first.utf8.count)\r\n\r\n\(first)Content-Length: \(second.utf8.count)\r\n\r\n\(second)"
                    .utf8))
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
        try server.request(
            7, "textDocument/hover",
            ["textDocument": ["uri": "file:///nowhere.md"], "position": ["line": 0, "character": 0]])
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

    @Test func hostileMessagesNeverStopTheServer() throws {
        let (server, folder) = try session()
        defer { try? FileManager.default.removeItem(at: folder) }
        try server.initialize(root: folder)
        let document = folder.appendingPathComponent("alice/README.md").absoluteString
        let huge = Int.max
        let hostile: [[String: Any]] = [
            [
                "method": "textDocument/didChange",
                "params": [
                    "textDocument": ["uri": document, "version": 2], "contentChanges": [["text": "never opened"]],
                ],
            ],
            ["method": "textDocument/didOpen", "params": ["textDocument": ["uri": document, "version": 1]]],
            [
                "method": "textDocument/didOpen",
                "params": [
                    "textDocument": [
                        "uri": document, "languageId": "markdown", "version": 1,
                        "text": "# 🚀\r\n## Key Technologies\n- Github Actions",
                    ]
                ],
            ],
            [
                "method": "textDocument/didChange",
                "params": [
                    "textDocument": ["uri": document, "version": 3],
                    "contentChanges": [
                        [
                            "range": [
                                "start": ["line": huge, "character": huge], "end": ["line": 0, "character": 0],
                            ], "text": "x",
                        ],
                        [
                            "range": ["start": ["line": -5, "character": -1], "end": ["line": 1, "character": 99]],
                            "text": "é",
                        ],
                        [
                            "range": ["start": ["line": 0, "character": 3], "end": ["line": 0, "character": 3]],
                            "text": "\u{1F680}",
                        ],
                    ],
                ],
            ],
            [
                "id": 20, "method": "textDocument/hover",
                "params": ["textDocument": ["uri": document], "position": ["line": -1, "character": huge]],
            ],
            [
                "id": 21, "method": "textDocument/codeAction",
                "params": [
                    "textDocument": ["uri": document],
                    "range": ["start": ["line": huge, "character": 0], "end": ["line": 0, "character": -9]],
                    "context": [:] as [String: Any],
                ],
            ],
            [
                "method": "textDocument/didOpen",
                "params": ["textDocument": ["uri": "untitled:Untitled-1", "version": 1, "text": "Github Actions"]],
            ],
            [
                "method": "textDocument/didOpen",
                "params": ["textDocument": ["uri": "file://", "version": 1, "text": ""]],
            ],
            ["method": "textDocument/didSave", "params": ["textDocument": ["uri": "file:///nowhere/README.md"]]],
            ["method": "textDocument/didClose", "params": ["textDocument": ["uri": 5]]],
        ]
        for message in hostile {
            var full = message
            full["jsonrpc"] = "2.0"
            try server.send(json: full)
        }
        #expect(try server.response(20)["error"] == nil, "hover at an impossible position is answered")
        #expect(try server.response(21)["error"] == nil, "so is a code action over an impossible range")
        server.sendRaw((0..<2000).map { UInt8(truncatingIfNeeded: $0 &* 7919) })
        server.sendRaw(Array("\r\n\r\n".utf8))
        try server.request(22, "shutdown")
        #expect(try server.response(22)["result"] is NSNull)
        try server.closeInput()
        #expect(server.exitStatus() == 0)
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
