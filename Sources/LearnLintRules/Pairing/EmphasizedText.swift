import LearnLintCore

/// A line (or cell, or flattened paragraph) as a reader sees it, with where bold runs open and
/// close: labels such as `**Challenge**: …` are told from ordinary words by their bold run, so
/// the structure travels beside the text instead of as marker characters inside it.
///
/// Offsets are UTF-8 byte offsets into `text`, ascending. A run may open on one line and close on
/// a later one (`**a` soft break `b**`), so opens and closes are kept apart rather than paired.
struct EmphasizedText: Sendable, Equatable {
    let text: String
    /// Where a bold run opens.
    let strongOpens: [Int]
    /// Where a bold run closes (the offset just after its last byte).
    let strongCloses: [Int]

    static let empty = EmphasizedText("")

    init(_ text: String, strongOpens: [Int] = [], strongCloses: [Int] = []) {
        self.text = text
        self.strongOpens = strongOpens
        self.strongCloses = strongCloses
    }

    var isEmpty: Bool { text.isEmpty }
    var byteCount: Int { text.utf8.count }

    /// The text opens with a bold run.
    var opensStrong: Bool { strongOpens.first == 0 }
    /// The text ends where a bold run closes.
    var closesStrong: Bool { strongCloses.last == byteCount }
    /// The first place a bold run closes, if any.
    var firstStrongClose: Int? { strongCloses.first }

    /// Whether a bold run opens at / closes at the byte offset.
    func opensStrong(at offset: Int) -> Bool { strongOpens.contains(offset) }
    func closesStrong(at offset: Int) -> Bool { strongCloses.contains(offset) }

    /// Without white space at either end; runs touching the trimmed ends move to them.
    var trimmed: EmphasizedText {
        let kept = text.trimmed
        guard kept.utf8.count != byteCount else { return self }
        guard !kept.isEmpty else { return .empty }
        // `trimmed` removes leading white space `Character`s: the kept text starts after them.
        var lower = 0
        for character in text {
            guard character.isWhitespace else { break }
            lower += character.utf8.count
        }
        return slice(bytes: lower..<(lower + kept.utf8.count), text: kept, clamping: true)
    }

    /// The text from a byte offset (at a `Character` boundary) to its end.
    func suffix(fromByte offset: Int) -> EmphasizedText {
        let lower = min(max(0, offset), byteCount)
        let start = text.utf8.index(text.utf8.startIndex, offsetBy: lower)
        return slice(bytes: lower..<byteCount, text: String(text[start...]))
    }

    /// The text up to a byte offset (at a `Character` boundary).
    func prefix(toByte offset: Int) -> EmphasizedText {
        let upper = min(max(0, offset), byteCount)
        let end = text.utf8.index(text.utf8.startIndex, offsetBy: upper)
        return slice(bytes: 0..<upper, text: String(text[..<end]))
    }

    /// Two texts one after the other, with `separator` (plain) between them.
    func appending(_ other: EmphasizedText, separator: String = "") -> EmphasizedText {
        let shift = byteCount + separator.utf8.count
        return EmphasizedText(
            text + separator + other.text, strongOpens: strongOpens + other.strongOpens.map { $0 + shift },
            strongCloses: strongCloses + other.strongCloses.map { $0 + shift })
    }

    /// The texts joined with a plain separator.
    static func joined(_ parts: [EmphasizedText], separator: String) -> EmphasizedText {
        guard parts.count > 1 else { return parts.first ?? .empty }
        var text = ""
        var opens: [Int] = []
        var closes: [Int] = []
        for (index, part) in parts.enumerated() {
            if index > 0 { text += separator }
            let shift = text.utf8.count
            opens += part.strongOpens.map { $0 + shift }
            closes += part.strongCloses.map { $0 + shift }
            text += part.text
        }
        return EmphasizedText(text, strongOpens: opens, strongCloses: closes)
    }

    // MARK: - Private helpers

    /// The part of the text at `bytes`, given as `text`. A run opening at its end or closing at
    /// its start belongs outside it; `clamping` (trimming white space) moves offsets in the cut
    /// white space to the nearest end first.
    private func slice(bytes: Range<Int>, text: String, clamping: Bool = false) -> EmphasizedText {
        func place(_ offset: Int) -> Int { clamping ? min(max(offset, bytes.lowerBound), bytes.upperBound) : offset }
        let opens = strongOpens.map(place).filter { $0 >= bytes.lowerBound && $0 < bytes.upperBound }
        let closes = strongCloses.map(place).filter { $0 > bytes.lowerBound && $0 <= bytes.upperBound }
        return EmphasizedText(
            text, strongOpens: opens.map { $0 - bytes.lowerBound }, strongCloses: closes.map { $0 - bytes.lowerBound })
    }
}

extension EmphasizedText: ExpressibleByStringLiteral {
    /// Plain text without bold (tests, keyword sources, section titles).
    init(stringLiteral value: String) { self.init(value) }
}
