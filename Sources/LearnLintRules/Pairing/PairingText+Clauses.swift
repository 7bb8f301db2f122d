/// Byte-level fast paths for `PairingText.clauses` and `sentences`. Both split visible text
/// with rules stated over `Character`s; when the text is ASCII without `\r` (so each byte is a
/// whole `Character`, and "\r\n" never forms one), the same rules read bytes and slice the
/// text in place instead of appending `Character` by `Character`. Any other text returns nil
/// and takes the `Character` path, so results never differ.
extension PairingText {
    /// `clauses(_:)` of already visible text, or nil when the text needs the `Character` path.
    static func asciiClauses(_ visible: String) -> [String]? {
        let scanned = visible.utf8.withContiguousStorageIfAvailable { bytes -> [String]? in
            guard isPlainASCII(bytes) else { return nil }
            var result: [String] = []
            var start = 0
            var hasContent = false
            for index in 0..<bytes.count {
                let byte = bytes[index]
                let next = index + 1 < bytes.count ? bytes[index + 1] : UInt8(ascii: " ")
                let previous = index > 0 ? bytes[index - 1] : UInt8(ascii: " ")
                var boundary = false
                switch byte {
                case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ":"):
                    boundary = isASCIIWhitespace(next)
                case UInt8(ascii: ";"), UInt8(ascii: ","), UInt8(ascii: "\n"):
                    boundary = true
                case UInt8(ascii: "-"):
                    boundary = isASCIIWhitespace(previous) && isASCIIWhitespace(next)
                case UInt8(ascii: ">"):
                    boundary = previous == UInt8(ascii: "-") || previous == UInt8(ascii: "=")
                default:
                    break
                }
                if boundary {
                    // The boundary byte itself belongs to no clause.
                    if hasContent { result.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)) }
                    start = index + 1
                    hasContent = false
                } else if !isASCIIWhitespace(byte) {
                    hasContent = true
                }
            }
            if hasContent { result.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self)) }
            return result
        }
        return scanned ?? nil
    }

    /// `sentences(_:)` of already visible text, or nil when the text needs the `Character` path.
    static func asciiSentences(_ visible: String) -> [String]? {
        let scanned = visible.utf8.withContiguousStorageIfAvailable { bytes -> [String]? in
            guard isPlainASCII(bytes) else { return nil }
            var result: [String] = []
            var start = 0
            func flush(upTo end: Int) {
                // Each sentence is kept trimmed of white space at both ends.
                var lower = start
                var upper = end
                while lower < upper, isASCIIWhitespace(bytes[lower]) { lower += 1 }
                while upper > lower, isASCIIWhitespace(bytes[upper - 1]) { upper -= 1 }
                if lower < upper {
                    result.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[lower..<upper]), as: UTF8.self))
                }
            }
            for index in 0..<bytes.count {
                let byte = bytes[index]
                guard byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") else { continue }
                let next = index + 1 < bytes.count ? bytes[index + 1] : UInt8(ascii: " ")
                if isASCIIWhitespace(next) {
                    flush(upTo: index + 1)
                    start = index + 1
                }
            }
            flush(upTo: bytes.count)
            return result
        }
        return scanned ?? nil
    }

    /// `capitalSentenceCount(_:)`, or nil when the text needs the `Character` path. Trimming
    /// changes nothing here: the pattern starts and ends with a byte that is no white space.
    static func asciiCapitalSentenceCount(_ text: String) -> Int? {
        let scanned = text.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            guard isPlainASCII(bytes) else { return nil }
            var count = 1
            var index = 0
            while index + 2 < bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?"),
                    bytes[index + 1] == UInt8(ascii: " "), (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(bytes[index + 2])
                {
                    count += 1
                }
                index += 1
            }
            return count
        }
        return scanned ?? nil
    }

    /// Every byte is ASCII and none is `\r` (which would join a following `\n` into one `Character`).
    private static func isPlainASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in bytes where byte >= 0x80 || byte == UInt8(ascii: "\r") { return false }
        return true
    }

    /// `Character.isWhitespace` for an ASCII byte: tab through carriage return, and space.
    private static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte)
    }
}
