/// Byte-level fast paths for `PairingText`. The pairing heuristics tokenise the same short texts
/// many times over; walking `Character`s costs a Unicode property look-up per letter, so text
/// that is plain ASCII (with the bold markers and `’`, by far the common case) is read as UTF-8
/// bytes instead. Anything else takes the `Character` path, so results never differ.
extension PairingText {
    /// Lowercased words of the text as a reader sees it: `words(in: visible(text))` without
    /// building the visible text first.
    static func visibleWords(_ text: String) -> [String] {
        asciiWords(text, droppingMarkers: true) ?? words(in: visible(text))
    }

    /// The words of `text` as `words(in:)` finds them, or nil when the text needs the `Character`
    /// path (any non-ASCII scalar but the bold markers and `’`). Bold markers separate words unless
    /// `droppingMarkers`; at most `maxWords` words are returned, read from at most `maxCharacters`
    /// characters (as `String.prefix` counts them).
    static func asciiWords(
        _ text: String, droppingMarkers: Bool, maxWords: Int = .max, maxCharacters: Int = .max
    ) -> [String]? {
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
            var characters = 0
            while index < bytes.count, characters < maxCharacters, result.count < maxWords {
                let byte = bytes[index]
                characters += 1
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
                } else if isMarker(bytes, at: index) {
                    index += 3
                    if !droppingMarkers { flush() }
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

    /// The text without bold markers, when that can be done on bytes: nil when a marker stands
    /// next to a non-ASCII scalar (which might join it into one `Character`).
    static func asciiVisible(_ text: String) -> String? {
        let scanned = text.utf8.withContiguousStorageIfAvailable { bytes -> String?? in
            var firstMarker: Int?
            var index = 0
            while index + 2 < bytes.count {
                if isMarker(bytes, at: index) {
                    firstMarker = index
                    break
                }
                index += 1
            }
            // No marker at all: the text is its own visible form.
            guard let firstMarker else { return .some(nil) }
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count)
            output.append(contentsOf: bytes[0..<firstMarker])
            index = firstMarker
            while index < bytes.count {
                guard isMarker(bytes, at: index) else {
                    output.append(bytes[index])
                    index += 1
                    continue
                }
                let before = index - 1
                let after = index + 3
                guard before < 0 || bytes[before] < 0x80 || (before >= 2 && isMarker(bytes, at: before - 2)),
                    after >= bytes.count || bytes[after] < 0x80 || isMarker(bytes, at: after)
                else { return nil }
                index = after
            }
            return .some(String(decoding: output, as: UTF8.self))
        }
        switch scanned {
        case .some(.some(.some(let visible))): return visible
        case .some(.some(.none)): return text
        default: return nil
        }
    }

    /// U+E000 or U+E001 (the bold markers) start at `index`.
    private static func isMarker(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        index + 2 < bytes.count && bytes[index] == 0xEE && bytes[index + 1] == 0x80
            && (bytes[index + 2] == 0x80 || bytes[index + 2] == 0x81)
    }

    /// U+2019 (’) starts at `index`.
    private static func isCurlyApostrophe(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        index + 2 < bytes.count && bytes[index] == 0xE2 && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x99
    }
}
