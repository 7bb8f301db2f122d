import Foundation
import Testing
import LearnLintTestSupport

@testable import LearnLintCore

/// Title and spelling normalisation on random and real text.
///
/// `TitleNormalizer` reads its words from `TextTokens` and only the bytes between them itself; it must
/// give exactly what the plain definition below gives, scalar by scalar with the standard library's
/// Unicode properties, and its ASCII fast path exactly what the path over `TextTokens` gives. `SpellingForm` keeps byte-level views for all-ASCII text (nearly every name and
/// title); each must equal the general view wherever it answers, and answer for every ASCII text.
@Suite struct NormalisationPropertyTests {
    // MARK: - The plain definition of a normalised title

    /// Repair mojibake; skip decoration; letters and digits (and a pattern's wildcards) lowered into
    /// words; `&` a word `and`; `.` and `)` end a word and stay on it for the numbering test; anything
    /// else ends a word. Then leading numbering words go, the markers go, and words are joined by spaces.
    static func referenceTitle(_ title: String, keepingWildcards: Bool = false) -> String {
        var words: [String] = []
        var current = ""
        func flush() {
            if !current.isEmpty { words.append(current) }
            current = ""
        }
        for scalar in Mojibake.repair(title).unicodeScalars {
            if TitleNormalizer.isDecoration(scalar) { continue }
            if scalar == "&" {
                flush()
                words.append("and")
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                || (keepingWildcards && (scalar == "*" || scalar == "?"))
            {
                current.unicodeScalars.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            } else if scalar == "." || scalar == ")" {
                current.unicodeScalars.append(scalar)
                flush()
            } else {
                flush()
            }
        }
        flush()
        func isNumbering(_ word: String) -> Bool {
            let core = word.filter { $0 != "." && $0 != ")" }
            guard !core.isEmpty else { return true }
            if core.allSatisfy(\.isNumber) { return true }
            guard word.last == "." || word.last == ")" else { return false }
            return core.count == 1 || core.allSatisfy { "ivxlc".contains($0) }
        }
        let kept = words.drop(while: isNumbering).map { $0.filter { $0 != "." && $0 != ")" } }
        return kept.filter { !$0.isEmpty }.joined(separator: " ")
    }

    static func expectTitleLikeReference(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        // The ASCII fast path, where it answers, gives what the path over `TextTokens` gives.
        for wildcards in [false, true] {
            let fast = TitleNormalizer.normalizeASCII(text, keepingWildcards: wildcards)
            #expect((fast != nil) == text.utf8.allSatisfy { $0 < 0x80 }, "\(text.debugDescription)", sourceLocation: sourceLocation)
            if let fast {
                #expect(
                    fast == TitleNormalizer.normalizeTokens(text, keepingWildcards: wildcards), "\(text.debugDescription)",
                    sourceLocation: sourceLocation)
            }
        }
        #expect(
            TitleNormalizer.normalize(text) == referenceTitle(text), "\(text.debugDescription)",
            sourceLocation: sourceLocation)
        #expect(
            TitleNormalizer.normalizePattern(text) == referenceTitle(text, keepingWildcards: true),
            "pattern \(text.debugDescription)", sourceLocation: sourceLocation)
    }

    /// Every `SpellingForm` fast path against its general view (nil from a fast path means "not ASCII").
    static func expectSpellingFastPathsAgree(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let isASCII = text.utf8.allSatisfy { $0 < 0x80 }
        let pairs: [(String, String?, String)] = [
            ("surface", SpellingForm.surfaceASCII(text), SpellingForm.surfaceOfScalars(text)),
            ("key", SpellingForm.keyASCII(text), SpellingForm.keyOfCharacters(text)),
            ("variant", SpellingForm.caseFoldedVariantASCII(text), SpellingForm.caseFoldedVariantOfCharacters(text)),
            (
                "shouted", SpellingForm.isShoutedASCII(text).map { "\($0)" },
                "\(SpellingForm.isShoutedByCharacters(text))"
            ),
        ]
        for (view, fast, general) in pairs {
            #expect((fast != nil) == isASCII, "\(view) of \(text.debugDescription)", sourceLocation: sourceLocation)
            if let fast { #expect(fast == general, "\(view) of \(text.debugDescription)", sourceLocation: sourceLocation) }
        }
    }

    // MARK: - Alphabets

    /// What titles and names are made of: ASCII letters (Roman numerals among them), digits and the
    /// punctuation the normalisers read (`& . ) * ? # + : - _`), white space.
    static let asciiAlphabet: [String] = [
        "a", "B", "c", "C", "i", "I", "v", "V", "x", "X", "l", "z", "1", "2", "0", " ", " ", "\t", "&", ".", ")",
        "(", "*", "?", "#", "+", ":", ";", ",", "-", "_", "/", "!", "'",
    ]

    /// The same with what real titles add: emoji with joiners, selectors and keycaps, circled letters
    /// and numbers (decoration), mojibake, accents, combining marks, capitals whose lower case is longer,
    /// non-Latin letters and digits, Roman numeral code points, dashes and no-break spaces.
    static let unicodeAlphabet: [String] =
        asciiAlphabet + [
            "é", "É", "ß", "İ", "Σ", "ǅ", "\u{0301}", "中", "٣", "Ⅻ", "ⅳ", "½", "—", "–", "\u{00A0}", "’", "🎯", "\u{FE0F}",
            "\u{200D}", "\u{20E3}", "Ⓐ", "①", "✅", "→", "ðŸ“š", "Ã©", "â€™", "\u{1F1FA}",
        ]

    static func randomTexts(_ alphabet: [String], seed: UInt64, count: Int) -> [String] {
        var generator = SeededRandom(seed: seed)
        return (0..<count).map { _ in
            let length = Int(generator.next() % 20)
            return (0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }.joined()
        }
    }

    /// Every line of every Markdown and text file under a folder.
    static func lines(under folder: URL) -> [String] {
        var lines: [String] = []
        let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        while let url = walker?.nextObject() as? URL {
            guard ["md", "txt"].contains(url.pathExtension), let text = try? String(contentsOf: url, encoding: .utf8) else {
                continue
            }
            lines += text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        }
        return lines
    }

    // MARK: - Tests

    @Test(arguments: [false, true]) func randomTitlesNormaliseLikeTheDefinition(unicode: Bool) {
        for text in Self.randomTexts(unicode ? Self.unicodeAlphabet : Self.asciiAlphabet, seed: 0x7469_746c, count: 4_000) {
            Self.expectTitleLikeReference(text)
        }
    }

    /// ASCII texts take every fast path with the general result; any other text takes none.
    @Test(arguments: [false, true]) func randomSpellingsTakeTheFastPathsOnlyWhenASCII(unicode: Bool) {
        for text in Self.randomTexts(unicode ? Self.unicodeAlphabet : Self.asciiAlphabet, seed: 0x7370_656c, count: 4_000) {
            Self.expectSpellingFastPathsAgree(text)
        }
    }

    @Test func fixtureLinesAgreeWithTheDefinitionAndTheGeneralViews() throws {
        let lines = Self.lines(under: Repo.fixtures)
        try #require(lines.count > 1_000, "the fixtures should hold many lines")
        for line in lines {
            Self.expectTitleLikeReference(line)
            Self.expectSpellingFastPathsAgree(line)
        }
    }

    @Test(.enabled(if: Repo.seedsExpected, Repo.sharedSkipReason)) func seedLinesNormaliseLikeTheDefinition() throws {
        let lines = Self.lines(under: Repo.seeds)
        try #require(lines.count > 100, "the seeds should hold many lines")
        for line in lines {
            Self.expectTitleLikeReference(line)
            Self.expectSpellingFastPathsAgree(line)
        }
    }

    @Test func titleEdgeCases() {
        // The suffix of a language is punctuation in a title; a pattern's wildcards join words.
        #expect(TitleNormalizer.normalize("C++ & C# notes") == "c and c notes")
        #expect(TitleNormalizer.normalize("C++. Intro") == "c intro")
        #expect(TitleNormalizer.normalizePattern("cache*d ?ueue") == "cache*d ?ueue")
        // Decoration is dropped as if absent: it never splits a word.
        #expect(TitleNormalizer.normalize("Dock🐳er") == "docker")
        #expect(TitleNormalizer.normalize("1.2) iv. É. Ⓐ Notes") == "notes")
        #expect(TitleNormalizer.normalize("2024 Goals") == "goals")
        #expect(TitleNormalizer.normalize("Goals 2024.") == "goals 2024")
    }
}
