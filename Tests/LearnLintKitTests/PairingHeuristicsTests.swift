import Foundation
import Testing
import LearnLintTestSupport

@testable import LearnLintCore
@testable import LearnLintRules
@testable import LearnLintConfiguration
@testable import LearnLintIO
@testable import LearnLintEngine
@testable import LearnLintReporters

/// Each named pairing heuristic on its own examples, the `disable:` switch, the lexicon read
/// from rules.yaml, and a French lexicon pairing a French document.
@Suite struct PairingHeuristicsTests {
    /// What the rule concludes about a document: counts and the lines of its findings.
    struct Conclusion: Equatable {
        var challenges: Int?
        var paired: Int?
        var lines: [Int]
    }

    static func conclusion(_ markdown: String, disabling heuristic: PairingHeuristic? = nil) throws -> Conclusion {
        var config = DefaultRules.yaml
        if let heuristic {
            config = config.replacingOccurrences(
                of: "    kind: pairing\n", with: "    kind: pairing\n    disable: [\(heuristic.rawValue)]\n")
        }
        let (facts, findings) = try lint(markdown, config: config)
        return Conclusion(
            challenges: facts.challenges, paired: facts.challengesPaired,
            lines: findings.filter { $0.rule == "challenge-solution" }.map(\.range.start.line))
    }

    @Test(arguments: PairingHeuristic.allCases)
    func heuristicFiresOnItsTriggeringExamplesOnly(heuristic: PairingHeuristic) throws {
        let examples = PairingHeuristicExamples.examples(of: heuristic)
        #expect(examples.contains { $0.fires }, "\(heuristic.rawValue) has no triggering example")
        #expect(examples.contains { !$0.fires }, "\(heuristic.rawValue) has no non-triggering example")
        for example in examples {
            let on = try Self.conclusion(example.markdown)
            let off = try Self.conclusion(example.markdown, disabling: heuristic)
            #expect((on != off) == example.fires, "\(heuristic.rawValue) on:\n\(example.markdown)\non \(on), off \(off)")
        }
    }

    @Test func theIssuesCounterExamplesAreReportedUnsolved() throws {
        for text in [
            "- **Friday deploys**: I ran a migration without a backup, I broke production.\n",
            "- **Asking for help**: I felt lost and I hesitated to ask.\n",
            "- **Service mesh**: Mutual TLS is complex and I still don't understand it.\n",
        ] {
            let result = try Self.conclusion("## Challenges\n" + text)
            #expect(result == Conclusion(challenges: 1, paired: 0, lines: [2]), "\(text)")
        }
        // "still" and "yet" without a denial are no difficulty: a terse answer, counted but not reported.
        let still = try Self.conclusion("## Challenges\n- **Monitoring**: Simple yet effective Prometheus alerts.\n")
        #expect(still == Conclusion(challenges: 1, paired: 0, lines: []))
    }

    @Test func explainListsEveryHeuristicWithItsExamples() {
        let text = PairingRule.renderHeuristics(examples: true)
        for heuristic in PairingHeuristic.allCases {
            #expect(text.contains(heuristic.rawValue + "  (" + heuristic.effect.rawValue + ")"))
        }
        #expect(text.contains("I hesitated to ask"))
        #expect(text.contains("does not fire on:"))
    }

    // MARK: - Lexicon

    @Test func theEnglishLexiconIsTheBuiltInRulesFiles() {
        let english = PairingLexicon.english
        #expect(english.first.contains("challenge"))
        #expect(english.then.contains("how i solved it"))
        for name in PairingLexicon.names {
            #expect(!english.list(name).isEmpty, "the built-in rules.yaml has no '\(name)' list")
        }
        #expect(english.list("action_verbs").contains("built"))
        #expect(!english.list("action_verbs").contains("broke"))
    }

    /// The defaults (`english`, a second parse of the built-in rules.yaml) are read only for what a
    /// rule leaves out: a rule naming every list, as the built-in one does, never builds them.
    @Test func theDefaultsAreReadOnlyForListsARuleLeavesOut() throws {
        let root = try #require(try YAMLLoader.load(DefaultRules.yaml, file: "rules.yaml"))
        let rules = try #require(try root.anyMapping()["rules"]?.list())
        let rule = try #require(rules.first { (try? $0.anyMapping())?["kind"]?.scalar == "pairing" })
        let pairing = try rule.anyMapping()
        var baseReads = 0
        var base = PairingLexicon()
        base.first = ["base-first"]
        base.then = ["base-then"]
        let whole = try PairingLexicon.read({ pairing[$0] }, over: { baseReads += 1; return base })
        #expect(baseReads == 0)
        #expect(whole.first == PairingLexicon.english.first)
        #expect(PairingLexicon.names.allSatisfy { whole.list($0) == PairingLexicon.english.list($0) })
        // Without `then`, the base is read and only its `then` shows through.
        let partial = try PairingLexicon.read({ $0 == "then" ? nil : pairing[$0] }, over: { baseReads += 1; return base })
        #expect(baseReads == 1)
        #expect(partial.then == ["base-then"])
        #expect(partial.first == whole.first)
        #expect(partial.list("difficulty") == whole.list("difficulty"))
    }

    @Test func unknownListOrHeuristicNamesAreLocatedErrorsWithSuggestions() throws {
        let cases = [
            ("    lexicon:\n", "    lexicon:\n      dificulty: [slow]\n", "did you mean 'difficulty'?"),
            ("    kind: pairing\n", "    kind: pairing\n    disable: [terse-titel]\n", "did you mean 'terse-title'?"),
        ]
        for (anchor, insertion, hint) in cases {
            let config = DefaultRules.yaml.replacingOccurrences(of: anchor, with: insertion)
            do {
                _ = try RuleSet(configuration: ConfigurationLoader.load(text: config, source: "rules.yaml", baseDirectory: "."))
                Issue.record("accepted \(insertion)")
            } catch {
                #expect(error.description.hasPrefix("rules.yaml:"), "\(error.description)")
                #expect(error.description.contains(hint), "\(error.description)")
            }
        }
    }

    @Test func aFrenchLexiconPairsAFrenchDocument() throws {
        let config = try Repo.read("eval/pairing/rules-fr.yaml")
        let labelled = """
            # Projet

            ## Défis rencontrés et solutions
            - **Défi :** Les tâches s'exécutaient deux fois après chaque déploiement.
              - **Solution :** Un verrou Redis garde un seul planificateur.
            - **Défi :** Le frontend ne pouvait pas appeler l'API.
            """
        let (facts, findings) = try lint(labelled, config: config)
        #expect(facts.challenges == 2)
        #expect(facts.challengesPaired == 1)
        #expect(findings.filter { $0.rule == "challenge-solution" }.map(\.range.start.line) == [6])
        // Titled bullets: the French action verbs solve one, the French difficulty words report the other.
        let titled = """
            # Projet

            ## Défis rencontrés et solutions
            - **Builds lents** : Chaque exécution prenait vingt minutes. J'ai ajouté un cache des dépendances.
            - **Fuseaux horaires** : Les dates se décalaient d'une heure.
            """
        let (titledFacts, titledFindings) = try lint(titled, config: config)
        #expect(titledFacts.challenges == 2)
        #expect(titledFacts.challengesPaired == 1)
        #expect(titledFindings.filter { $0.rule == "challenge-solution" }.map(\.range.start.line) == [5])
        // Without the French lists the English defaults know none of these words: nothing solved, nothing reported.
        let englishWords = config.components(separatedBy: "    first:").first ?? config
        let (english, englishFindings) = try lint(titled, config: englishWords)
        #expect(english.challenges == 2)
        #expect(english.challengesPaired == 0)
        #expect(englishFindings.filter { $0.rule == "challenge-solution" }.isEmpty)
    }
}
