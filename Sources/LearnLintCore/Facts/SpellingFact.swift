/// One place a document spells a name or a title: the compact fact `consistency` records per document
/// (`documents[].spellings` in `learnlint/report@1`) and judges across the corpus.
public struct SpellingFact: Sendable, Hashable {
    /// The grouping key (see `SpellingForm.key`).
    public var key: String
    /// The surface as written (see `SpellingForm.surface`).
    public var text: String
    public var line: Int
    public var column: Int
    /// The vocabulary's canonical name, when the fact comes from the vocabulary rule's `term_spellings`.
    public var term: String?

    public init(key: String, text: String, line: Int, column: Int, term: String? = nil) {
        self.key = key
        self.text = text
        self.line = line
        self.column = column
        self.term = term
    }

    /// `"line:column:text"`: one short string per spelling keeps the facts small (about 1.5 KB per
    /// document in memory, where an object per spelling took about 6 KB); the key is derived again.
    public var json: JSONValue { .string("\(line):\(column):\(text)") }

    /// Reads the compact form `json` writes (`"12:5:GitHub Actions"`); nil when the string is not in
    /// that form or its text has no key.
    public init?(compact: String) {
        guard let fact = SpellingFact.parse(compact) else { return nil }
        self = fact
    }

    /// `parse` for the form learnlint writes: digits, `:`, digits, `:` and an ASCII byte or nothing
    /// after it, read from bytes (this runs twice for every spelling of the corpus). Nil for anything
    /// else, which `parse` then reads by characters; the result is the same either way, because
    /// each `:` is then a whole character.
    private static func parseASCIIPrefix(_ compact: String) -> SpellingFact? {
        let utf8 = compact.utf8
        var numbers = [0, 0]
        var index = utf8.startIndex
        for part in numbers.indices {
            var digits = 0
            while index != utf8.endIndex, let digit = asciiDigit(utf8[index]) {
                guard digits < 9 else { return nil }
                numbers[part] = numbers[part] * 10 + digit
                digits += 1
                index = utf8.index(after: index)
            }
            guard digits > 0, index != utf8.endIndex, utf8[index] == UInt8(ascii: ":") else { return nil }
            index = utf8.index(after: index)
            guard index == utf8.endIndex || utf8[index] < 0x80 else { return nil }
        }
        guard numbers[0] >= 1, numbers[1] >= 1 else { return nil }
        let text = String(compact.utf8[index...]) ?? ""
        let key = SpellingForm.key(text)
        guard !key.isEmpty else { return nil }
        return SpellingFact(key: key, text: text, line: numbers[0], column: numbers[1])
    }

    private static func asciiDigit(_ byte: UInt8) -> Int? {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) ? Int(byte - UInt8(ascii: "0")) : nil
    }

    /// `"12:5:GitHub Actions"` → a fact; nil when the string is not in that form.
    private static func parse(_ compact: String) -> SpellingFact? {
        if let fact = parseASCIIPrefix(compact) { return fact }
        let parts = compact.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3, let line = Int(parts[0]), let column = Int(parts[1]), line >= 1, column >= 1 else {
            return nil
        }
        let text = String(parts[2])
        let key = SpellingForm.key(text)
        guard !key.isEmpty else { return nil }
        return SpellingFact(key: key, text: text, line: line, column: column)
    }
}
