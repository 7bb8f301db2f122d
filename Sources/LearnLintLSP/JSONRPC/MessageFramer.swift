/// Cuts a byte stream into message bodies framed the way the Language Server Protocol's base protocol
/// frames them: header lines (`Content-Length: N`, optionally `Content-Type: …`), each ending in CRLF,
/// an empty line, then exactly N bytes of JSON.
///
/// Bytes may arrive in any pieces (a header split across reads, several messages in one read); the
/// framer keeps what it has not used yet. It never trusts the peer: a header block without a valid
/// length, or longer than `maximumHeaderBytes`, is reported as malformed and the framer skips ahead to
/// the next `Content-Length:` it sees, so one broken message does not poison the rest of the stream.
public struct MessageFramer: Sendable {
    /// What a piece of input yielded.
    public enum Output: Sendable, Equatable {
        /// One message body (the bytes after the headers).
        case message([UInt8])
        /// A header block that cannot be read, with the reason.
        case malformedHeader(String)
    }

    /// A header block longer than this is not a header (real ones are under 100 bytes).
    public static let maximumHeaderBytes = 8 * 1024
    /// A larger body is refused rather than buffered (a 1 MiB document is about 1.1 MiB of JSON).
    public static let maximumBodyBytes = 64 * 1024 * 1024

    private static let headerEnd: [UInt8] = Array("\r\n\r\n".utf8)
    private static let lengthName = "content-length"
    private static let lengthMarker: [UInt8] = Array("content-length:".utf8)

    private var buffer: [UInt8] = []
    /// Bytes of `buffer` already used; dropped in bulk rather than one message at a time.
    private var consumed = 0
    /// The body length of the header just read, while its body is still arriving.
    private var pendingBodyLength: Int?
    /// After a malformed header: looking for the start of the next message.
    private var resynchronising = false

    public init() {}

    /// Adds bytes read from the stream and returns every message (or framing error) they complete.
    public mutating func append(_ bytes: some Collection<UInt8>) -> [Output] {
        buffer.append(contentsOf: bytes)
        var outputs: [Output] = []
        while let output = next() { outputs.append(output) }
        compact()
        return outputs
    }

    /// Whether bytes of an unfinished message are waiting (the stream ended in the middle of one).
    public var hasPartialMessage: Bool {
        pendingBodyLength != nil
            || buffer[consumed...].contains { $0 != UInt8(ascii: "\r") && $0 != UInt8(ascii: "\n") }
    }

    // MARK: - Private helpers

    private mutating func next() -> Output? {
        if resynchronising {
            guard
                let start = MessageFramer.find(
                    MessageFramer.lengthMarker, in: buffer, from: consumed, ignoringCase: true)
            else {
                // Keep a tail that may be the beginning of the marker split across reads.
                consumed = max(consumed, buffer.count - (MessageFramer.lengthMarker.count - 1))
                return nil
            }
            consumed = start
            resynchronising = false
        }
        if let length = pendingBodyLength {
            guard buffer.count - consumed >= length else { return nil }
            let body = Array(buffer[consumed..<(consumed + length)])
            consumed += length
            pendingBodyLength = nil
            return .message(body)
        }
        // Blank lines between messages are tolerated (some clients end a body with a newline).
        while consumed < buffer.count, buffer[consumed] == UInt8(ascii: "\r") || buffer[consumed] == UInt8(ascii: "\n")
        {
            consumed += 1
        }
        let start = consumed
        guard let end = MessageFramer.find(MessageFramer.headerEnd, in: buffer, from: start, ignoringCase: false) else {
            guard buffer.count - start > MessageFramer.maximumHeaderBytes else { return nil }
            resynchronise(after: start)
            return .malformedHeader("a header block longer than \(MessageFramer.maximumHeaderBytes) bytes")
        }
        switch MessageFramer.bodyLength(buffer[start..<end]) {
        case .success(let length):
            consumed = end + MessageFramer.headerEnd.count
            pendingBodyLength = length
            return next()
        case .failure(let problem):
            resynchronise(after: start)
            return .malformedHeader(problem.reason)
        }
    }

    /// Skips to the next `Content-Length:` after the start of a bad header block, which may be inside
    /// the block itself (stray bytes, then a real header), so a good message is never swallowed.
    private mutating func resynchronise(after start: Int) {
        consumed = start + 1
        resynchronising = true
    }

    private mutating func compact() {
        guard consumed > 0, consumed == buffer.count || consumed >= 64 * 1024 else { return }
        buffer.removeFirst(consumed)
        consumed = 0
    }

    private struct HeaderProblem: Error {
        var reason: String
    }

    /// The `Content-Length` of a header block (without its final empty line).
    private static func bodyLength(_ header: ArraySlice<UInt8>) -> Result<Int, HeaderProblem> {
        guard header.count <= maximumHeaderBytes else {
            return .failure(HeaderProblem(reason: "a header block longer than \(maximumHeaderBytes) bytes"))
        }
        let text = String(decoding: header, as: UTF8.self)
        var length: Int?
        for line in text.split(separator: "\r\n", omittingEmptySubsequences: false) {
            guard let colon = line.firstIndex(of: ":") else {
                return .failure(HeaderProblem(reason: "a header line without ':' (\(line.prefix(40)))"))
            }
            let name = line[..<colon].trimmingSpaces.lowercased()
            guard name == lengthName else { continue }
            let value = line[line.index(after: colon)...].trimmingSpaces
            guard !value.isEmpty, value.count <= 10, value.allSatisfy({ $0.isASCII && $0.isNumber }),
                let number = Int(value)
            else { return .failure(HeaderProblem(reason: "Content-Length is not a number (\(value.prefix(20)))")) }
            guard number <= maximumBodyBytes else {
                return .failure(
                    HeaderProblem(reason: "Content-Length \(number) is over the limit of \(maximumBodyBytes) bytes"))
            }
            length = number
        }
        guard let length else { return .failure(HeaderProblem(reason: "no Content-Length header")) }
        return .success(length)
    }

    /// The index where `needle` starts in `haystack` at or after `start`.
    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int, ignoringCase: Bool) -> Int? {
        guard needle.count > 0, haystack.count - start >= needle.count else { return nil }
        var index = start
        while index + needle.count <= haystack.count {
            var matched = true
            for offset in 0..<needle.count {
                var byte = haystack[index + offset]
                if ignoringCase, byte >= UInt8(ascii: "A"), byte <= UInt8(ascii: "Z") { byte += 32 }
                if byte != needle[offset] {
                    matched = false
                    break
                }
            }
            if matched { return index }
            index += 1
        }
        return nil
    }
}

extension Substring {
    /// The text without leading and trailing spaces and tabs.
    fileprivate var trimmingSpaces: Substring {
        var result = self
        while let first = result.first, first == " " || first == "\t" { result = result.dropFirst() }
        while let last = result.last, last == " " || last == "\t" { result = result.dropLast() }
        return result
    }
}
