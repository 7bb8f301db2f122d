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
        // A regular file says how big it is: read straight into an array of that size and one byte
        // more (to see the end, or that the file grew). Nothing is zeroed first: a zero-filled 64 KB
        // buffer per document cost more than reading a typical document.
        var info = stat()
        let size = fstat(descriptor, &info) == 0 && info.st_mode & S_IFMT == S_IFREG ? Int(clamping: info.st_size) : nil
        let first = max(0, min(limit, size.map { $0 == Int.max ? $0 : $0 + 1 } ?? chunkSize))
        var failed = false
        var ended = false
        var bytes = [UInt8](unsafeUninitializedCapacity: first) { buffer, count in
            count = 0
            guard let base = buffer.baseAddress else { return }
            while count < buffer.count {
                let read = Glibc.read(descriptor, base + count, buffer.count - count)
                if read < 0, errno == EINTR { continue }
                guard read > 0 else {
                    failed = read < 0
                    ended = true
                    return
                }
                count += read
            }
        }
        if failed { return nil }
        guard !ended, bytes.count < limit else { return bytes }
        // A pipe, or a file that grew: the rest in chunks.
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkSize, alignment: 1)
        defer { chunk.deallocate() }
        while bytes.count < limit {
            let read = Glibc.read(descriptor, chunk.baseAddress, min(chunk.count, limit - bytes.count))
            if read < 0, errno == EINTR { continue }
            guard read >= 0 else { return nil }
            if read == 0 { break }
            bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: chunk[0..<read]))
        }
        return bytes
    }

    private static let chunkSize = 64 * 1024

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
