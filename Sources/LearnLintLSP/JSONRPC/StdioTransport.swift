import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

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
final class FileDescriptorWriter: @unchecked Sendable {
    private let descriptor: Int32
    private let lock = NSLock()

    init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    func write(_ bytes: [UInt8]) {
        lock.lock()
        defer { lock.unlock() }
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes { buffer in
                #if canImport(Glibc)
                    Glibc.write(descriptor, buffer.baseAddress.map { $0 + written }, bytes.count - written)
                #else
                    Darwin.write(descriptor, buffer.baseAddress.map { $0 + written }, bytes.count - written)
                #endif
            }
            if result < 0, errno == EINTR { continue }
            guard result > 0 else { return }  // The client is gone; nothing more can be said to it.
            written += result
        }
    }
}
