import Glibc

/// Whole reads and writes on POSIX file descriptors: what learnlint needed `FileHandle` for, without
/// full Foundation. Interrupted calls (`EINTR`) are retried; every other failure is returned.
package enum FileDescriptor {
    /// Writes every byte; false when the descriptor refuses (a closed pipe, a full disk), with `errno` set.
    @discardableResult
    package static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { buffer in
                Glibc.write(descriptor, buffer.baseAddress, buffer.count)
            }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return false }
            written += count
        }
        return true
    }

    /// Reads until the end of input or until `limit` bytes; nil when a read fails.
    package static func read(_ descriptor: Int32, upTo limit: Int) -> [UInt8]? {
        var bytes: [UInt8] = []
        // A regular file says how big it is: one allocation instead of a doubling array.
        var info = stat()
        if fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG {
            bytes.reserveCapacity(min(limit, Int(clamping: info.st_size) + 1))
        }
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while bytes.count < limit {
            let wanted = min(chunk.count, limit - bytes.count)
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, wanted) }
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else { return nil }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
        }
        return bytes
    }

    /// The size of what the descriptor reads (its end's offset), when it can seek; nil for a pipe.
    package static func size(_ descriptor: Int32) -> Int? {
        let end = lseek(descriptor, 0, SEEK_END)
        return end < 0 ? nil : Int(end)
    }
}

/// Standard error, written whole: learnlint's messages and the progress bar.
package enum StandardError {
    package static func write(_ text: String) {
        FileDescriptor.writeAll(Array(text.utf8), to: STDERR_FILENO)
    }
}
