import Glibc
import LearnLintCore

/// Reads a document's bytes and decodes them, turning every failure into a reason instead of a crash.
package enum DocumentReader {
    package enum Failure: Error {
        case unreadable(String)
        case tooLarge(Int, limit: Int)
        case invalidUTF8(SourcePosition)
    }

    package static func read(_ absolutePath: String, maxBytes: Int) -> Result<String, Failure> {
        readBytes(absolutePath, maxBytes: maxBytes).flatMap(decode)
    }

    /// A file's bytes, at most `maxBytes` of them, not yet decoded (the fix stage keeps them as read).
    package static func readBytes(_ absolutePath: String, maxBytes: Int) -> Result<[UInt8], Failure> {
        // Only regular files are read: opening a FIFO named on the command line would wait forever
        // for a writer, and a device may never end.
        var info = stat()
        if stat(absolutePath, &info) == 0, info.st_mode & S_IFMT != S_IFREG {
            return .failure(.unreadable(info.st_mode & S_IFMT == S_IFDIR ? "it is a folder" : "it is not a regular file (a FIFO, device or socket)"))
        }
        let descriptor = open(absolutePath, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(.unreadable("cannot open the file")) }
        defer { close(descriptor) }
        return readBytes(descriptor, maxBytes: maxBytes)
    }

    /// Reads at most `maxBytes` (one more to tell that there are more) and decodes them.
    package static func read(_ descriptor: Int32, maxBytes: Int) -> Result<String, Failure> {
        readBytes(descriptor, maxBytes: maxBytes).flatMap(decode)
    }

    /// Reads at most `maxBytes` (one more to tell that there are more).
    package static func readBytes(_ descriptor: Int32, maxBytes: Int) -> Result<[UInt8], Failure> {
        let limit = max(0, maxBytes)
        guard let bytes = FileDescriptor.read(descriptor, upTo: limit == Int.max ? limit : limit + 1) else {
            return .failure(.unreadable("cannot read the file"))
        }
        guard bytes.count <= limit else {
            // Report the real size when the descriptor can seek; reading stopped one byte past the limit.
            let size = FileDescriptor.size(descriptor) ?? bytes.count
            return .failure(.tooLarge(max(size, bytes.count), limit: limit))
        }
        return .success(bytes)
    }

    /// Bytes read elsewhere (the git index): the same size limit and decoding as a file.
    package static func decode(_ bytes: [UInt8], maxBytes: Int) -> Result<String, Failure> {
        guard bytes.count <= maxBytes else { return .failure(.tooLarge(bytes.count, limit: maxBytes)) }
        return decode(bytes)
    }

    /// Decodes UTF-8 strictly (a byte-order mark is dropped); reports where the first bad byte is.
    package static func decode(_ input: [UInt8]) -> Result<String, Failure> {
        var bytes = input
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let text = String(validating: bytes, as: UTF8.self) { return .success(text) }
        return .failure(.invalidUTF8(firstInvalidPosition(bytes)))
    }

    private static func firstInvalidPosition(_ bytes: [UInt8]) -> SourcePosition {
        var line = 1
        var column = 1
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length: Int
            switch byte {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return SourcePosition(line: line, column: column)
            }
            guard index + length <= bytes.count,
                String(validating: bytes[index..<(index + length)], as: UTF8.self) != nil
            else { return SourcePosition(line: line, column: column) }
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else {
                column += 1
            }
            index += length
        }
        return SourcePosition(line: line, column: column)
    }
}

/// Standard input read as one document (`--stdin-filename`), under the same `max_bytes` bound as files:
/// `< /dev/zero` stops at the limit instead of growing until the machine runs out of memory.
public enum StandardInputDocument {
    /// Why standard input is not a document; `check` prints it and exits 2.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    public static func read(maxBytes: Int) throws(Failure) -> String {
        switch DocumentReader.read(STDIN_FILENO, maxBytes: maxBytes) {
        case .success(let text): return text
        case .failure(.unreadable(let reason)): throw Failure(description: "standard input: \(reason)")
        case .failure(.tooLarge(_, let limit)):
            throw Failure(description: "standard input is over max_bytes (\(limit) bytes); it was not checked")
        case .failure(.invalidUTF8(let at)):
            throw Failure(description: "standard input is not valid UTF-8 (first bad byte at line \(at.line), column \(at.column))")
        }
    }
}
