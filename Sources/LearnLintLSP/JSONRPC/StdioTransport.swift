import Glibc
import LearnLintCore
import LearnLintIO

/// Runs a language server over standard input and output (how editors start `learnlint lsp`).
public enum StdioTransport {
    /// Reads framed messages until `exit` or the end of input; returns the exit status.
    public static func run(input: Int32 = 0, output: Int32 = 1) -> Int32 {
        // A client that goes away must not kill the server mid-write; the write just fails.
        signal(SIGPIPE, SIG_IGN)
        let writer = FileDescriptorWriter(descriptor: output)
        let server = LanguageServer(output: { writer.write($0) }, onExit: { status in exit(status) })
        var framer = MessageFramer()
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(input, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { break }
            for message in framer.append(chunk[0..<count]) { server.receive(message) }
        }
        return server.finishAfterEndOfInput()
    }
}

/// Writes whole messages to a file descriptor; a lock keeps two messages from interleaving.
final class FileDescriptorWriter: Sendable {
    private let descriptor: Locked<Int32>

    init(descriptor: Int32) {
        self.descriptor = Locked(descriptor)
    }

    func write(_ bytes: [UInt8]) {
        // A failed write means the client is gone; nothing more can be said to it.
        descriptor.withLock { _ = FileDescriptor.writeAll(bytes, to: $0) }
    }
}
