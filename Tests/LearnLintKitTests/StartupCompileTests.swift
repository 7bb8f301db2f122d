import Testing

@testable import LearnLintCore
@testable import LearnLintRules
@testable import LearnLintConfiguration
@testable import LearnLintIO
@testable import LearnLintEngine

/// Start-up shortcuts in compiling the configuration must agree with the full path they replace.
@Suite struct StartupCompileTests {
    /// `Vocabulary.hasWord` stands in for `key(of:) != nil` when every configured spelling is validated.
    @Test func hasWordAgreesWithTheKeyOnAwkwardAndRandomSpellings() {
        let awkward = ["", " ", "-", "C++", "c#", "++", "#", "Node.js", "é", "—", "日本", "  _ ", "🙂", "a", "9", "..", "F#x"]
        var generator = SystemRandomNumberGenerator()
        let alphabet: [Character] = ["a", "Z", "3", " ", "-", ".", "+", "#", "_", "é", "ß", "—", "日", "🙂", "\u{301}", "\t"]
        var samples = awkward
        for _ in 0..<2000 {
            let length = Int.random(in: 0...6, using: &generator)
            samples.append(String((0..<length).map { _ in alphabet.randomElement(using: &generator) ?? " " }))
        }
        for sample in samples {
            #expect(Vocabulary.hasWord(sample) == (Vocabulary.key(of: sample) != nil), "\(sample.debugDescription)")
        }
    }

    /// The default vocabulary compiles to the same index with the capacity reserved up front.
    @Test func theDefaultVocabularyKeepsEveryTerm() throws {
        let ruleSet = try RuleSet(configuration: ConfigurationLoader.builtIn())
        let rule = try #require(ruleSet.rules.lazy.compactMap { $0 as? VocabularyRule }.first)
        #expect(rule.vocabulary.terms.count > 200)
        for term in rule.vocabulary.terms {
            #expect(rule.vocabulary.canonicalName(of: term.name) == term.name)
            for alias in term.aliases { #expect(rule.vocabulary.canonicalName(of: alias) == term.name) }
        }
    }
}

/// `RuleRoles` sorts rules without protocol casts (they cost start-up time); it must agree with them.
@Suite struct RuleRolesTests {
    @Test func rolesAgreeWithTheProtocolsForEveryKind() throws {
        let rules = try RuleSet(configuration: ConfigurationLoader.builtIn()).rules
        let kinds = Set(rules.map(\.kind))
        for kind in RuleRegistry.kinds {
            try #require(kinds.contains(kind.description.kind), "the built-in rules have no \(kind.description.kind) rule to test")
        }
        for rule in rules {
            #expect((RuleRoles.documentRule(rule) != nil) == (rule is any DocumentRule), "\(rule.kind)")
            #expect((RuleRoles.corpusRule(rule) != nil) == (rule is any CorpusRule), "\(rule.kind)")
        }
    }
}
