import Foundation
import Testing
import LearnLintTestSupport

@testable import LearnLintCore
@testable import LearnLintRules
@testable import LearnLintConfiguration
@testable import LearnLintIO
@testable import LearnLintEngine
@testable import LearnLintReporters

/// Near misspellings: the banded distance, the bucketed look-up, the English word list, and the
/// contexts in which the default rule reports one (and those in which it must not).
@Suite struct NearMissTests {
    // MARK: - Distance

    /// Unbanded optimal string alignment distance: the reference the banded one must agree with.
    private func reference(_ a: [UInt8], _ b: [UInt8]) -> Int {
        var d = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in stride(from: 1, through: a.count, by: 1) {
            for j in stride(from: 1, through: b.count, by: 1) {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1) }
            }
        }
        return d[a.count][b.count]
    }

    @Test func bandedDistanceAgreesWithTheFullTableWithinItsBound() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("abcde".utf8)
        for _ in 0..<3000 {
            let a = (0..<Int.random(in: 0...8, using: &generator)).map { _ in alphabet.randomElement(using: &generator) ?? 97 }
            let b = (0..<Int.random(in: 0...8, using: &generator)).map { _ in alphabet.randomElement(using: &generator) ?? 97 }
            let bound = Int.random(in: 1...2, using: &generator)
            let full = reference(a, b)
            let banded = NearMissIndex.distance(a, b, bound: bound)
            #expect(banded == (full <= bound ? full : nil), "\(a) \(b) bound \(bound)")
        }
        #expect(NearMissIndex.distance(Array("djnago".utf8), Array("django".utf8), bound: 1) == 1)
        // Short words: a substitution only between neighbouring keys (m–n are, z–b are not).
        #expect(NearMissIndex.distance(Array("djamgo".utf8), Array("django".utf8), bound: 1, adjacentSubstitutionsOnly: true) == 1)
        #expect(NearMissIndex.distance(Array("bazel".utf8), Array("babel".utf8), bound: 1, adjacentSubstitutionsOnly: true) == nil)
        #expect(NearMissIndex.distance(Array("bazel".utf8), Array("babel".utf8), bound: 1) == 1)
        #expect(NearMissIndex.keyboardNeighbours.count == 26)
        #expect((0..<26).allSatisfy { x in NearMissIndex.keyboardNeighbours[x].allSatisfy { NearMissIndex.areNeighbours($0, UInt8(97 + x)) } },
            "neighbourhood is symmetric")
        #expect(NearMissIndex.distance(Array("kuberentes".utf8), Array("kubernetes".utf8), bound: 2) == 1)
        #expect(NearMissIndex.distance(Array("postgrsql".utf8), Array("postgresql".utf8), bound: 2) == 1)
    }

    /// The letter masks only rule out pairs the distance rules out: two words within `bound` edits
    /// always pass `lettersWithin`, and many pairs beyond it are caught.
    @Test func letterMasksRuleOutOnlyPairsBeyondTheBound() {
        var generator = SeededRandom(seed: 0x6d61_736b)
        let alphabet = Array("abcdefgxyz".utf8)
        var ruledOut = 0
        for _ in 0..<5000 {
            let a = (0..<(1 + Int(generator.next() % 9))).map { _ in alphabet[Int(generator.next() % 10)] }
            var b = a
            // A few random edits of `a`, so that pairs near the bound are common.
            for _ in 0..<Int(generator.next() % 4) {
                let position = Int(generator.next() % UInt64(b.count + 1))
                let letter = alphabet[Int(generator.next() % 10)]
                switch generator.next() % 3 {
                case 0: b.insert(letter, at: position)
                case 1: if position < b.count { b.remove(at: position) }
                default: if position < b.count { b[position] = letter }
                }
            }
            let bound = 1 + Int(generator.next() % 2)
            let passes = NearMissIndex.lettersWithin(bound, NearMissIndex.letterMask(a), NearMissIndex.letterMask(b))
            if reference(a, b) <= bound { #expect(passes, "\(a) \(b) bound \(bound)") }
            if !passes { ruledOut += 1 }
        }
        #expect(ruledOut > 250, "the masks should rule out many pairs (319 of these 5,000)")
        #expect(!NearMissIndex.lettersWithin(1, NearMissIndex.letterMask(Array("docket".utf8)), NearMissIndex.letterMask(Array("kafka".utf8))))
    }

    // MARK: - Look-up

    private func defaultRule() throws -> VocabularyRule {
        let ruleSet = try RuleSet(configuration: ConfigurationLoader.builtIn())
        return try #require(ruleSet.rules.compactMap { $0 as? VocabularyRule }.first { $0.id == "technology-names" })
    }

    @Test func targetsAreTheAcceptedSpellingOfOneTerm() throws {
        let index = try #require(try defaultRule().nearMisses)
        #expect(index.target(for: "kuberentes")?.spelling == "Kubernetes")
        #expect(index.target(for: "postgrsql")?.spelling == "PostgreSQL")
        #expect(index.target(for: "djnago")?.spelling == "Django")
        #expect(index.target(for: "elasticsaerch")?.spelling == "Elasticsearch")
        // Derived words (a name extended or cut at its end), a wrong first letter, too far, too short.
        #expect(index.target(for: "pythonic") == nil)
        #expect(index.target(for: "djangos") == nil)
        #expect(index.target(for: "ojango") == nil)
        #expect(index.target(for: "kbrnetes") == nil || index.target(for: "kbrnetes")?.spelling == "Kubernetes")
        #expect(index.target(for: "dxcxer") == nil)
        #expect(index.target(for: "bazel") == nil)
        #expect(index.target(for: "djamgo")?.spelling == "Django")
        #expect(index.target(for: "jnkns") == nil)
        // Acronyms are never a target: `httpx` is a library, not a typo of `HTTPS`.
        #expect(index.target(for: "httpx") == nil)
        // Ambiguous names are never a target: `Rendr` could be a typo of the English verb.
        #expect(index.target(for: "rendr") == nil)
    }

    @Test func aTieBetweenTwoTermsGuessesNothing() {
        var vocabulary = Vocabulary()
        try? vocabulary.add(VocabularyTerm(name: "Kafkaa"))
        try? vocabulary.add(VocabularyTerm(name: "Kafkas"))
        let index = NearMissIndex(vocabulary: vocabulary)
        // `w` sits next to both `a` and `s`: equally close to both, so no guess.
        #expect(index.target(for: "kafkaw") == nil)
        #expect(index.target(for: "kafkaq")?.spelling == "Kafkaa")
    }

    // MARK: - English words

    @Test func englishWordListIsSortedUniqueAndAnswers() {
        let lines = EnglishWords.sortedList.withUTF8Buffer { String(decoding: $0, as: UTF8.self) }.split(whereSeparator: { $0 == " " || $0 == "\n" })
        #expect(lines.count > 60_000)
        #expect(zip(lines, lines.dropFirst()).allSatisfy { $0 < $1 }, "the list must be sorted and unique for bisection")
        #expect(lines.allSatisfy { $0.count >= 5 && $0.utf8.allSatisfy { (97...122).contains($0) } })
        for word in ["docket", "postman", "render", "railway", "celerity", "grafting", "Apple", "zebra", lines[0], lines[lines.count - 1]] {
            #expect(EnglishWords.contains(String(word)), "\(word)")
        }
        for word in ["kuberentes", "djnago", "postgrsql", "aaaaaa", "zzzzzzzz", "dock", ""] {
            #expect(!EnglishWords.contains(word), "\(word)")
        }
    }

    // MARK: - Contexts

    private func nearMissFindings(_ markdown: String) throws -> [String] {
        let (_, findings) = try lint(markdown)
        return findings.filter { $0.data.nearMiss == true }.compactMap { finding in
            guard let found = finding.data.found, let expected = finding.data.expected else { return nil }
            return "\(finding.range.start.line):\(found)→\(expected)"
        }
    }

    @Test func reportedInATechnologiesContextOrWithTheShapeOfAName() throws {
        let markdown = """
            # Notes

            I deployed to Kuberentes and kept data in PostgrSQL.
            Docker, dokcer and more.

            ## Key Technologies
            - djnago
            - Redis
            """
        #expect(
            try nearMissFindings(markdown) == ["3:Kuberentes→Kubernetes", "3:PostgrSQL→PostgreSQL", "4:dokcer→Docker", "7:djnago→Django"])
    }

    @Test func neverForEnglishWordsPlainLowerCaseProseOrPaths() throws {
        let markdown = """
            # Notes

            The docket was long. Djnago starts this sentence, and djnago sits in plain prose.
            Edit kuberentes.yaml, see ~/Kuberentes and install dokcer-tools; KUBERENTES shouts.
            Pythonic code, Djangos everywhere, and Celerity matters.
            """
        #expect(try nearMissFindings(markdown) == [])
    }

    @Test func aCapitalAmongOtherCapitalisedNamesIsAPersonNotATypo() throws {
        let markdown = """
            # Notes

            Thanks to my mentors Kafia and Dan for the reviews.
            We ran Kafka, Kafia and Redis; the notes mention Djnago twice.
            """
        // Beside a known name (`Kafka, Kafia`) it is still a near miss; beside names of people it is not.
        #expect(try nearMissFindings(markdown) == ["4:Kafia→Kafka", "4:Djnago→Django"])
    }

    @Test func switchedOffWithNearMissesFalse() throws {
        let config = "version: 1\nrules:\n  - {id: names, kind: vocabulary, near_misses: false, terms: [Kubernetes]}\n"
        let (_, off) = try lint("I deployed to Kuberentes.", config: config)
        #expect(off.isEmpty)
        let (_, on) = try lint("I deployed to Kuberentes.", config: config.replacingOccurrences(of: "false", with: "true"))
        #expect(on.map(\.message) == ["'Kuberentes' → 'Kubernetes' (a near misspelling)"])
    }
}
