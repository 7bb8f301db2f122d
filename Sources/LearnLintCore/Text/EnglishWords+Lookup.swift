/// A bounded English word list (Debian's wamerican, see `scripts/english-words.py`): a word in it is
/// never reported as a near misspelling of a technology name (`docket` is not `Docker`).
///
/// The list is one sorted static string, words separated by a space (a line break between first
/// letters), searched by bisection over its bytes:
/// nothing is built at start-up, and a look-up costs about log2(70 000) ≈ 17 comparisons.
public enum EnglishWords {
    /// Whether a word (any case) is in the list. Words under five letters are not in it.
    public static func contains(_ word: String) -> Bool {
        let needle = Array(word.lowercased().utf8)
        guard needle.count >= 5 else { return false }
        return sortedList.withUTF8Buffer { list in contains(needle, in: list) }
    }

    /// `contains(_:)` for a word already lower-cased (a `TextTokens` word's folded form).
    public static func contains(folded word: String) -> Bool {
        var word = word
        guard word.utf8.count >= 5 else { return false }
        return word.withUTF8 { needle in sortedList.withUTF8Buffer { list in contains(needle, in: list) } }
    }

    /// Bisection over word starts: `low`…`high` is a byte range whose words are still candidates.
    static func contains<Needle: RandomAccessCollection<UInt8>>(_ needle: Needle, in list: UnsafeBufferPointer<UInt8>) -> Bool
    where Needle.Index == Int {
        var low = 0
        var high = list.count
        while low < high {
            var middle = low + (high - low) / 2
            // Back to the start of the word the middle byte is in.
            while middle > low, !isSeparator(list[middle - 1]) { middle -= 1 }
            var end = middle
            while end < list.count, !isSeparator(list[end]) { end += 1 }
            switch compare(needle, list, middle..<end) {
            case 0: return true
            case ..<0: high = middle
            default: low = end + 1
            }
        }
        return false
    }

    private static func isSeparator(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") }

    /// -1, 0 or 1 as `needle` sorts before, with, or after the bytes of `line` (byte order).
    private static func compare<Needle: RandomAccessCollection<UInt8>>(
        _ needle: Needle, _ list: UnsafeBufferPointer<UInt8>, _ line: Range<Int>
    ) -> Int where Needle.Index == Int {
        var index = needle.startIndex
        for offset in line {
            guard index < needle.endIndex else { return -1 }
            if needle[index] != list[offset] { return needle[index] < list[offset] ? -1 : 1 }
            index += 1
        }
        return index < needle.endIndex ? 1 : 0
    }
}
