import Foundation
import Testing
import LearnLintTestSupport

@testable import LearnLintCore
@testable import LearnLintRules

/// `PairingSplit` (pairing's words, clauses and sentences over `TextTokens`) against a plain
/// statement of what the heuristics need, written over `Character`s as a reader sees them: words are
/// runs of letters and digits with inner apostrophes, lowercased; clauses and sentences end where
/// pairing's rules say. On random and real text the two must agree exactly, so a change to the
/// shared tokenizer that would change pairing's words (and so its verdicts) fails here.
@Suite struct PairingSplitTests {
    /// A small deterministic generator, so a failure names a reproducible case.
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    /// ASCII with every boundary the rules know (and `\r`, `\r\n`, `’`, `C++`); and a Unicode mix
    /// (accents precomposed and combining, emoji with selectors and skin tones, a keycap, arrows,
    /// dashes, CJK, no-break and ideographic spaces).
    static let asciiPieces: [String] =
        "abcXYZ09 '.,;:!?->=+#()\t\n".map { String($0) } + ["\r", "\r\n", "’", "I ", "fix", "ed", ". A", " - ", "C++", "c#", "''"]
    static let unicodePieces: [String] =
        asciiPieces + [
            "é", "e\u{301}", "É", "✅", "🔥", "→", "⇒", "—", "–", "日本", "’\u{301}", "\u{FE0F}", "\u{301}", ".\u{301}",
            ",\u{301}", "1\u{FE0F}\u{20E3}", "👍🏽", "\u{200D}", "\u{A0}", "\u{3000}", "Ω", "ß",
        ]

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

    func expectAgreement(_ text: String) {
        let split = PairingSplit(text)
        let words = Spec.words(in: text)
        #expect(split.words == words, "words of \(text.debugDescription)")
        #expect(PairingText.words(in: text) == words)
        #expect(split.clauses == Spec.clauses(text).map(Spec.words(in:)), "clauses of \(text.debugDescription)")
        let sentences = Spec.sentences(text)
        #expect(split.sentenceCount == sentences.count, "sentences of \(text.debugDescription)")
        if let last = sentences.last { #expect(split.lastSentence == last, "last sentence of \(text.debugDescription)") }
        #expect(split.capitalSentenceCount == Spec.capitalSentenceCount(text), "capital sentences of \(text.debugDescription)")
        let passage = PairingPassage(text, sentences: true)
        #expect(passage.words == words && passage.sentenceCount == max(1, sentences.count))
        if sentences.count >= 2 { #expect(passage.lastSentence?.words == sentences.last.map(Spec.words(in:))) }
    }

    @Test func agreesOnRandomASCII() {
        for text in Self.randomTexts(from: Self.asciiPieces, count: 3000, seed: 1) { expectAgreement(text) }
    }

    @Test func agreesOnRandomUnicode() {
        for text in Self.randomTexts(from: Self.unicodePieces, count: 3000, seed: 2) { expectAgreement(text) }
    }

    @Test func agreesOnRealText() throws {
        let texts = try Self.realTexts()
        #expect(texts.count > 500, "fixtures hold real text")
        for text in texts { expectAgreement(text) }
    }

    /// What the heuristics' cues are matched against, spelled out.
    @Test func wordsTheCuesNeed() {
        #expect(PairingText.words(in: "I didn’t know it's FIXED") == ["i", "didn't", "know", "it's", "fixed"])
        #expect(PairingText.words(in: "C++'s build, C# and F#") == ["c", "s", "build", "c", "and", "f"])
        #expect(PairingText.words(in: "cafe\u{301} naïve 1\u{FE0F}\u{20E3} rock'n'roll users'") == ["cafe\u{301}", "naïve", "1\u{FE0F}\u{20E3}", "rock'n'roll", "users"])
        let split = PairingSplit("✅ Fixed: the build (v1.2) works -> now. Then I slept!  ")
        #expect(split.clauses == [["fixed"], ["the", "build", "v1", "2", "works"], ["now"], ["then", "i", "slept"]])
        #expect(PairingSplit("✅, fixed it").clauses == [[], ["fixed", "it"]])
        #expect(split.sentenceCount == 2 && split.lastSentence == "Then I slept!" && split.capitalSentenceCount == 2)
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

    /// The rules over `Character`s: the oracle, deliberately naive (no byte paths, no tokens).
    enum Spec {
        static func words(in text: String) -> [String] {
            var result: [String] = []
            var current = ""
            for character in text {
                if character.isLetter || character.isNumber {
                    current.append(contentsOf: character.lowercased())
                } else if character == "'" || character == "’", !current.isEmpty {
                    current.append("'")
                } else if !current.isEmpty {
                    result.append(current.hasSuffix("'") ? String(current.dropLast()) : current)
                    current = ""
                }
            }
            if !current.isEmpty { result.append(current.hasSuffix("'") ? String(current.dropLast()) : current) }
            return result
        }

        static func clauses(_ text: String) -> [String] {
            var result: [String] = []
            var current = ""
            let characters = Array(text)
            for (index, character) in characters.enumerated() {
                let next = index + 1 < characters.count ? characters[index + 1] : " "
                let previous = index > 0 ? characters[index - 1] : " "
                var boundary = false
                switch character {
                case ".", "!", "?", ":": boundary = next.isWhitespace
                case ";", ",", "\n", "→", "⇒": boundary = true
                case "-", "–", "—": boundary = previous.isWhitespace && next.isWhitespace
                case ">": boundary = previous == "-" || previous == "="
                default: break
                }
                if boundary {
                    if !current.trimmed.isEmpty { result.append(current) }
                    current = ""
                } else {
                    current.append(character)
                }
            }
            if !current.trimmed.isEmpty { result.append(current) }
            return result
        }

        static func sentences(_ text: String) -> [String] {
            var result: [String] = []
            var current = ""
            let characters = Array(text)
            for (index, character) in characters.enumerated() {
                current.append(character)
                let next = index + 1 < characters.count ? characters[index + 1] : " "
                if ".!?".contains(character), next.isWhitespace {
                    if !current.trimmed.isEmpty { result.append(current.trimmed) }
                    current = ""
                }
            }
            if !current.trimmed.isEmpty { result.append(current.trimmed) }
            return result
        }

        static func capitalSentenceCount(_ text: String) -> Int {
            let characters = Array(text.trimmed)
            var count = 1
            var index = 0
            while index + 2 < characters.count {
                if ".!?".contains(characters[index]), characters[index + 1] == " ", characters[index + 2].isUppercase { count += 1 }
                index += 1
            }
            return count
        }
    }
}
