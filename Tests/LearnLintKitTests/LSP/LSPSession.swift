import Foundation
import LearnLintLSP
import Testing
import LearnLintTestSupport

#if canImport(Glibc)
    import Glibc
#endif

/// A `learnlint lsp` process driven over its standard input and output, as an editor drives it.
/// Every wait is bounded: a server that stops answering fails the test instead of hanging it.
final class LSPSession {
    struct Timeout: Error, CustomStringConvertible {
        var what: String
        var description: String { "timed out waiting for \(what)" }
    }

    let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    private var framer = MessageFramer()
    private var pending: [[String: Any]] = []
    /// Every message the server sent so far, in order.
    private(set) var received: [[String: Any]] = []

    init(in directory: URL, arguments: [String] = ["lsp"]) throws {
        let binary =
            ProcessInfo.processInfo.environment["LEARNLINT_BIN"]
            ?? Repo.root.appendingPathComponent(".build/debug/learnlint").path
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
    }

    deinit {
        if process.isRunning { process.terminate() }
    }

    // MARK: - Sending

    func sendRaw(_ bytes: [UInt8]) {
        input.fileHandleForWriting.write(Data(bytes))
    }

    func send(_ body: String) {
        sendRaw(Array("Content-Length: \(body.utf8.count)\r\n\r\n".utf8) + Array(body.utf8))
    }

    func send(json: [String: Any]) throws {
        send(String(decoding: try JSONSerialization.data(withJSONObject: json), as: UTF8.self))
    }

    func request(_ id: Int, _ method: String, _ params: [String: Any] = [:]) throws {
        try send(json: ["jsonrpc": "2.0", "id": id, "method": method, "params": params])
    }

    func notify(_ method: String, _ params: [String: Any] = [:]) throws {
        try send(json: ["jsonrpc": "2.0", "method": method, "params": params])
    }

    /// `initialize` (with short debounce delays, so tests wait little) and `initialized`.
    @discardableResult
    func initialize(root: URL, corpusDebounceMilliseconds: Int = 50) throws -> [String: Any] {
        try request(
            1, "initialize",
            [
                "rootUri": root.absoluteString, "capabilities": [:] as [String: Any],
                "initializationOptions": ["corpusDebounceMilliseconds": corpusDebounceMilliseconds],
            ])
        let answer = try response(1)
        try notify("initialized")
        return answer
    }

    func open(_ url: URL, text: String, version: Int = 1) throws {
        try notify(
            "textDocument/didOpen",
            ["textDocument": ["uri": url.absoluteString, "languageId": "markdown", "version": version, "text": text]])
    }

    func closeInput() throws {
        try input.fileHandleForWriting.close()
    }

    // MARK: - Receiving

    /// The next message, whatever it is.
    func next(timeout: TimeInterval = 10, _ what: String = "a message") throws -> [String: Any] {
        let deadline = Date().addingTimeInterval(timeout)
        while pending.isEmpty {
            let remaining = deadline.timeIntervalSinceNow
            guard remaining > 0 else { throw Timeout(what: what) }
            var poller = pollfd(fd: output.fileHandleForReading.fileDescriptor, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, Int32(min(remaining, 1) * 1000))
            guard ready > 0 else { continue }
            let chunk = output.fileHandleForReading.availableData
            guard !chunk.isEmpty else { throw Timeout(what: "\(what) (the server closed its output)") }
            for message in framer.append(chunk) {
                guard case .message(let body) = message,
                    let object = try JSONSerialization.jsonObject(with: Data(body)) as? [String: Any]
                else { throw Timeout(what: "\(what) (the server sent a badly framed message)") }
                pending.append(object)
                received.append(object)
            }
        }
        return pending.removeFirst()
    }

    /// The answer to request `id`, skipping notifications.
    func response(_ id: Int, timeout: TimeInterval = 10) throws -> [String: Any] {
        while true {
            let message = try next(timeout: timeout, "the answer to request \(id)")
            if message["method"] == nil, (message["id"] as? Int) == id { return message }
        }
    }

    /// The next diagnostics published for a document that satisfy `condition`.
    func diagnostics(
        for url: URL, timeout: TimeInterval = 10, where condition: ([[String: Any]]) -> Bool = { _ in true }
    ) throws -> [[String: Any]] {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let message = try next(
                timeout: max(0.01, deadline.timeIntervalSinceNow), "diagnostics for \(url.lastPathComponent)")
            guard message["method"] as? String == "textDocument/publishDiagnostics",
                let params = message["params"] as? [String: Any], params["uri"] as? String == url.absoluteString,
                let list = params["diagnostics"] as? [[String: Any]]
            else { continue }
            if condition(list) { return list }
        }
    }

    /// Waits for the process to end; nil when it is still running after `timeout`.
    func exitStatus(timeout: TimeInterval = 10) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline { usleep(10_000) }
        return process.isRunning ? nil : process.terminationStatus
    }
}

/// Reading LSP values out of decoded JSON.
enum LSPJSON {
    static func codes(_ diagnostics: [[String: Any]]) -> [String] {
        diagnostics.compactMap { $0["code"] as? String }
    }

    /// `[line, character, line, character]` of a range object.
    static func range(_ value: Any?) -> [Int] {
        guard let range = value as? [String: Any], let start = range["start"] as? [String: Any],
            let end = range["end"] as? [String: Any]
        else { return [] }
        return [start["line"], start["character"], end["line"], end["character"]].compactMap { $0 as? Int }
    }

    static func errorCode(_ message: [String: Any]) -> Int? {
        (message["error"] as? [String: Any])?["code"] as? Int
    }

    /// Applies LSP text edits (UTF-16 positions) to a text, last edit first.
    static func apply(_ edits: [[String: Any]], to text: String) -> String {
        var units = Array(text.utf16)
        let lineStarts = [0] + units.indices.filter { units[$0] == 10 }.map { $0 + 1 }
        func offset(_ position: [Int], _ index: Int) -> Int {
            let line = position[index]
            guard line < lineStarts.count else { return units.count }
            return min(lineStarts[line] + position[index + 1], units.count)
        }
        let sorted = edits.map { (range($0["range"]), $0["newText"] as? String ?? "") }.sorted {
            $0.0.lexicographicallyPrecedes($1.0)
        }
        for (range, newText) in sorted.reversed() where range.count == 4 {
            units.replaceSubrange(offset(range, 0)..<offset(range, 2), with: Array(newText.utf16))
        }
        return String(decoding: units, as: UTF16.self)
    }
}
