import Foundation

/// Reads a document's bytes and decodes them, turning every failure into a reason instead of a crash.
enum DocumentReader {
    enum Failure: Error {
        case unreadable(String)
        case tooLarge(Int, limit: Int)
        case invalidUTF8(SourcePosition)
    }

    static func read(_ absolutePath: String, maxBytes: Int) -> Result<String, Failure> {
        guard let handle = FileHandle(forReadingAtPath: absolutePath) else {
            return .failure(.unreadable("cannot open the file"))
        }
        defer { try? handle.close() }
        guard let data = try? handle.read(upToCount: maxBytes + 1) else {
            return .failure(.unreadable("cannot read the file"))
        }
        guard data.count <= maxBytes else {
            // Report the real size; reading stopped one byte past the limit.
            let size = (try? handle.seekToEnd()).map { Int($0) } ?? data.count
            return .failure(.tooLarge(size, limit: maxBytes))
        }
        return decode(Array(data))
    }

    /// Bytes read elsewhere (the git index): the same size limit and decoding as a file.
    static func decode(_ bytes: [UInt8], maxBytes: Int) -> Result<String, Failure> {
        guard bytes.count <= maxBytes else { return .failure(.tooLarge(bytes.count, limit: maxBytes)) }
        return decode(bytes)
    }

    /// Decodes UTF-8 strictly (a byte-order mark is dropped); reports where the first bad byte is.
    static func decode(_ input: [UInt8]) -> Result<String, Failure> {
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
