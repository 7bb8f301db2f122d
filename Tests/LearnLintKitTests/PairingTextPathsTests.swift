import Foundation
import Testing

@testable import LearnLintCore
@testable import LearnLintRules

/// The pairing splitter's byte paths (PairingText+Bytes.swift, PairingText+Clauses.swift) against
/// its `Character` paths, on random and real text: wherever a byte path answers, it must answer
/// exactly what the `Character` path does. And what `PairingPassage` relies on: the words of a text
/// are the words of its clauses, in order.
@Suite struct PairingTextPathsTests {
    /// A small deterministic generator, so a failure names a reproducible case.
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    /// ASCII with every boundary the splitters know (and `\r`, `\r\n`, `’`); and a Unicode mix
    /// (accents, a combining mark, emoji, arrows, dashes, CJK) that must take the `Character` path.
    static let asciiPieces: [String] = "abcXYZ09 '.,;:!?->=\t\n".map { String($0) } + ["\r", "\r\n", "’", "I ", "fix", "ed", ". A", " - "]
    static let unicodePieces: [String] = asciiPieces + ["é", "e\u{301}", "✅", "🔥", "→", "⇒", "—", "–", "日本", "’\u{301}", "\u{FE0F}"]

    static func randomTexts(from pieces: [String], count: Int, seed: UInt64) -> [String] {
        var generator = Generator(state: seed)
        return (0..<count).map { _ in
            (0..<generator.next(40)).map { _ in pieces[generator.next(pieces.count)] }.joined()
        }
    }

    /// Every line and paragraph of the repository's fixtures, and of the seeds when present.
    static func realTexts() throws -> [String] {
        var texts: [String] = []
        let folders = [Repo.fixtures] + (Repo.sharedPresent ? [Repo.seeds] : [])
        for folder in folders {
            guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { continue }
            for case let url as URL in walker where ["md", "txt"].contains(url.pathExtension) {
                let text = String(decoding: try Data(contentsOf: url), as: UTF8.self)
                texts += text.components(separatedBy: "\n\n") + text.components(separatedBy: "\n")
            }
        }
        return texts
    }

    func expectPathsAgree(_ text: String) {
        let characterWords = PairingText.characterWords(in: text)
        if let fast = PairingText.asciiWords(text) { #expect(fast == characterWords, "words of \(text.debugDescription)") }
        for limit in [1, 3] {
            if let fast = PairingText.asciiWords(text, maxWords: limit) {
                #expect(fast == Array(characterWords.prefix(limit)), "first \(limit) words of \(text.debugDescription)")
            }
        }
        let characterClauses = PairingText.characterClauses(text)
        if let fast = PairingText.asciiClauses(text) { #expect(fast == characterClauses, "clauses of \(text.debugDescription)") }
        if let fast = PairingText.asciiSentences(text) {
            #expect(fast == PairingText.characterSentences(text), "sentences of \(text.debugDescription)")
        }
        if let fast = PairingText.asciiCapitalSentenceCount(text) {
            #expect(fast == PairingText.characterCapitalSentenceCount(text), "sentence count of \(text.debugDescription)")
        }
        #expect(characterClauses.flatMap { PairingText.characterWords(in: $0) } == characterWords, "clause words of \(text.debugDescription)")
        #expect(PairingPassage(text).words == PairingText.words(in: text))
    }

    @Test func bytePathsAgreeOnRandomASCII() {
        let texts = Self.randomTexts(from: Self.asciiPieces, count: 3000, seed: 1)
        // The byte paths must actually run on these (all but those with `\r` for clauses).
        #expect(texts.filter { PairingText.asciiWords($0) != nil }.count == texts.count)
        for text in texts { expectPathsAgree(text) }
    }

    @Test func bytePathsAgreeOnRandomUnicode() {
        for text in Self.randomTexts(from: Self.unicodePieces, count: 3000, seed: 2) { expectPathsAgree(text) }
    }

    @Test func bytePathsAgreeOnRealText() throws {
        let texts = try Self.realTexts()
        #expect(texts.count > 500, "fixtures hold real text")
        for text in texts { expectPathsAgree(text) }
    }

    @Test func boldIsStructureNotCharacters() {
        let document = Document(path: "t.md", text: "**Challenge:** the **slow** build\nand `code` <b>here</b>\n")
        guard let paragraph = document.root.children.first else {
            Issue.record("no paragraph")
            return
        }
        let lines = InlineText.lines(of: paragraph, in: document)
        #expect(lines.map(\.text.text) == ["Challenge: the slow build", "and code here"])
        #expect(lines.first?.text.strongOpens == [0, 15])
        #expect(lines.first?.text.strongCloses == [10, 19])
        // No private-use scalar in anything the rule reads.
        #expect(lines.allSatisfy { !$0.text.text.unicodeScalars.contains { (0xE000...0xF8FF).contains($0.value) } })
        let title = InlineText.splitTitle(InlineText.flatten(paragraph))
        #expect(title.title == "Challenge:")
        #expect(title.body.text == "the slow build and code here")
        #expect(title.body.strongOpens == [4] && title.body.strongCloses == [8])
    }
}
