/// Byte-level fast path of `PairingText.words`: text that is plain ASCII (with `’`, by far the
/// common case) is read as UTF-8 bytes instead of `Character`s. Anything else returns nil and
/// takes the `Character` path, so results never differ (a property test checks both).
extension PairingText {
    /// The words of `text` as `characterWords(in:)` finds them, or nil when the text needs the
    /// `Character` path (any non-ASCII scalar but `’`); at most `maxWords` words are returned.
    static func asciiWords(_ text: String, maxWords: Int = .max) -> [String]? {
        let scanned = text.utf8.withContiguousStorageIfAvailable { bytes -> [String]? in
            var result: [String] = []
            var current: [UInt8] = []
            current.reserveCapacity(32)
            func flush() {
                guard !current.isEmpty else { return }
                if current.last == UInt8(ascii: "'") { current.removeLast() }
                result.append(String(decoding: current, as: UTF8.self))
                current.removeAll(keepingCapacity: true)
            }
            var index = 0
            while index < bytes.count, result.count < maxWords {
                let byte = bytes[index]
                if byte < 0x80 {
                    index += 1
                    switch byte {
                    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                        current.append(byte)
                    case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                        current.append(byte + 32)
                    case UInt8(ascii: "'"):
                        if !current.isEmpty { current.append(byte) }
                    case UInt8(ascii: "\r"):
                        // "\r\n" is one character.
                        if index < bytes.count, bytes[index] == UInt8(ascii: "\n") { index += 1 }
                        flush()
                    default:
                        flush()
                    }
                } else if isCurlyApostrophe(bytes, at: index) {
                    index += 3
                    if !current.isEmpty { current.append(UInt8(ascii: "'")) }
                } else {
                    return nil
                }
            }
            if result.count < maxWords { flush() }
            return result
        }
        return scanned ?? nil
    }

    /// U+2019 (’) starts at `index`.
    private static func isCurlyApostrophe(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        index + 2 < bytes.count && bytes[index] == 0xE2 && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x99
    }
}
