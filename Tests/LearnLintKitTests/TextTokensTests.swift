import Foundation
import Testing
import LearnLintTestSupport

@testable import LearnLintCore

/// The one tokenizer (`TextTokens`) against a plain reference written scalar by scalar with the
/// standard library's Unicode properties and `lowercased()`: the byte loop classifies ASCII bytes by
/// value and decodes only non-ASCII code points, and must find exactly the words, offsets, folded
/// forms and hashes the reference finds, on random text and on real documents.
@Suite struct TextTokensTests {
    /// A word as the reference reads it: byte offsets, text, folded form.
    struct ReferenceWord: Equatable, CustomStringConvertible {
        var start: Int
        var end: Int
        var text: String
        var folded: String
        var description: String { "\(start)..<\(end) \(text) \(folded)" }
    }

    /// Words are maximal runs of alphabetic or numeric code points; a one-code-point word takes a
    /// following `++` or `#` when no word code point or `+` follows that.
    static func reference(_ text: String) -> [ReferenceWord] {
        let scalars = Array(text.unicodeScalars)
        var offsets: [Int] = []
        var offset = 0
        for scalar in scalars {
            offsets.append(offset)
            offset += UTF8.width(scalar)
        }
        offsets.append(offset)
        func isWord(_ index: Int) -> Bool {
            index < scalars.count && (scalars[index].properties.isAlphabetic || scalars[index].properties.numericType != nil)
        }
        var words: [ReferenceWord] = []
        var index = 0
        while index < scalars.count {
            guard isWord(index) else {
                index += 1
                continue
            }
            let start = index
            while isWord(index) { index += 1 }
            if index - start == 1 {
                for suffix in [["+", "+"], ["#"]] as [[Unicode.Scalar]] {
                    let end = index + suffix.count
                    guard end <= scalars.count, Array(scalars[index..<end]) == suffix else { continue }
                    if isWord(end) || (end < scalars.count && scalars[end] == "+") { continue }
                    index = end
                    break
                }
            }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[start..<index])
            let word = String(view)
            words.append(ReferenceWord(start: offsets[start], end: offsets[index], text: word, folded: word.lowercased()))
        }
        return words
    }

    static func tokenized(_ text: String) -> [ReferenceWord] {
        let tokens = TextTokens(text)
        return tokens.words.map {
            ReferenceWord(start: $0.start, end: $0.end, text: tokens.text(of: $0), folded: tokens.folded($0))
        }
    }

    static func expectSame(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let tokens = TextTokens(text)
        #expect(tokenized(text) == reference(text), "\(text.debugDescription)", sourceLocation: sourceLocation)
        for word in tokens.words {
            #expect(word.foldedHash == FNV1a.hash(tokens.folded(word)), sourceLocation: sourceLocation)
            #expect(word.scalarCount == tokens.text(of: word).unicodeScalars.count, sourceLocation: sourceLocation)
            #expect(word.isASCII == tokens.text(of: word).utf8.allSatisfy { $0 < 0x80 }, sourceLocation: sourceLocation)
        }
    }

    /// Characters chosen to hit every branch: ASCII letters, digits and the punctuation the matchers
    /// read (`+ # . - / ' :`), accented and non-Latin letters, combining marks, curly quotes, dashes,
    /// no-break spaces, CJK, emoji, non-ASCII digits and capitals whose lower case changes length.
    static let alphabet: [String] = [
        "a", "Z", "q", "7", "0", " ", " ", "+", "#", ".", "-", "/", "'", ":", ",", "_", "(", ")", "\n", "C", "F",
        "é", "É", "ß", "İ", "Σ", "ω", "\u{0301}", "’", "“", "—", "–", "\u{00A0}", "中", "文", "😀", "٣", "Ⅻ", "ǅ", "ﬁ",
    ]

    @Test func randomTextGivesTheReferenceWords() {
        var generator = SeededRandom(seed: 0x7465_7874)
        for _ in 0..<3_000 {
            let length = Int(generator.next() % 24)
            var text = ""
            for _ in 0..<length { text += Self.alphabet[Int(generator.next() % UInt64(Self.alphabet.count))] }
            Self.expectSame(text)
        }
    }

    @Test func languagesWithSuffixesAreOneWord() {
        #expect(Self.tokenized("C++, C# and F# but not C+++ or C#x").map(\.text) == ["C++", "C#", "and", "F#", "but", "not", "C", "or", "C", "x"])
        #expect(Self.tokenized("Ab++").map(\.text) == ["Ab"])
    }

    @Test func fixturesAndSeedsGiveTheReferenceWords() throws {
        var texts: [String] = []
        let folders = [Repo.fixtures] + (Repo.sharedPresent ? [Repo.seeds] : [])
        for folder in folders {
            let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
            while let url = walker?.nextObject() as? URL {
                guard ["md", "txt"].contains(url.pathExtension), let text = try? String(contentsOf: url, encoding: .utf8) else {
                    continue
                }
                texts.append(text)
            }
        }
        try #require(texts.count > 20, "the fixtures should hold many documents")
        for text in texts {
            Self.expectSame(text)
            // Per prose run too, as the shared analysis tokenizes them (in place in the document's bytes).
            let document = Document(path: "doc.md", text: text)
            for (run, tokens) in zip(document.proseRuns, document.prose.tokens) {
                #expect(
                    tokens.words.map { ReferenceWord(start: $0.start, end: $0.end, text: tokens.text(of: $0), folded: tokens.folded($0)) }
                        == Self.reference(run.text))
            }
        }
    }

    @Test func gapsTellApostrophesClausesAndSentences() {
        let tokens = TextTokens("I don't know; it’s fine. Node.js, then Redis — done")
        let gaps = tokens.words.map { (tokens.text(of: $0), $0.gap) }
        #expect(gaps.map(\.0) == ["I", "don", "t", "know", "it", "s", "fine", "Node", "js", "then", "Redis", "done"])
        #expect(
            gaps.map(\.1) == [
                .start, .joined, .apostrophe, .joined, .clause, .apostrophe, .joined, .sentence, .joined, .clause,
                .joined, .clause,
            ])
    }

    @Test func codePointsAroundWordsAreReadFromTheBytes() {
        let tokens = TextTokens("é—Docker\u{00A0}x")
        let docker = tokens.words[1]
        #expect(tokens.text(of: docker) == "Docker")
        #expect(tokens.scalar(before: docker.start) == "—")
        #expect(tokens.scalar(at: docker.end) == "\u{00A0}")
        #expect(tokens.offset(afterScalarAt: docker.end) == docker.end + 2)
        #expect(tokens.scalar(before: 0) == nil && tokens.scalar(at: tokens.count) == nil)
    }
}

