import Foundation
import Testing
import LearnLintTestSupport

/// Issue 10: the gate tells the truth. Runs that check nothing fail, learnlint's own failures are one
/// line and exit 2, JUnit fails what the exit code fails, and usage mistakes get a useful answer.
@Suite struct GateTruthTests {
    /// A folder holding `files` (relative path → text), removed by the caller.
    static func folder(_ files: [String: String]) throws -> URL {
        let root = try temporaryFolder().resolvingSymlinksInPath()
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return root
    }

    // MARK: - Point 3: a run that checks nothing has not passed

    @Test func aFolderWithoutDocumentsIsAnErrorUnlessAllowed() throws {
        let root = try Self.folder(["notes/guide.md": Documents.missingConcepts])
        defer { try? FileManager.default.removeItem(at: root) }
        let empty = try runLearnLint(["check"], in: root)
        #expect(empty.status == 2)
        #expect(empty.stdout.isEmpty)
        #expect(empty.stderr.hasPrefix("learnlint: no documents to check in the current folder: none matches documents.include (**/README.md"))
        #expect(empty.stderr.contains("--allow-empty"))
        #expect(empty.stderr.split(separator: "\n").count == 1)
        let allowed = try runLearnLint(["check", "--allow-empty"], in: root)
        #expect(allowed.status == 0, "\(allowed.stderr)")
        #expect(allowed.stdout == "0 documents checked against the built-in rules: no problems.\n")
        let coverage = try runLearnLint(["coverage", "notes"], in: root)
        #expect(coverage.status == 2)
        #expect(coverage.stderr.hasPrefix("learnlint: no documents to check in 'notes'"))
    }

    @Test(arguments: ["readme.md", "Readme.md", "README.MD", "learnings.md"])
    func readmeIsFoundInAnyCase(name: String) throws {
        let root = try Self.folder(["alice/\(name)": Documents.missingConcepts])
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try runLearnLint(["check"], in: root)
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stdout.contains("alice/\(name):1:1: error: missing section “Important Backend Development Concepts”"))
    }

    @Test(arguments: ["", "version: 1\n", "# nothing yet\n"])
    func aRulesFileWithNoRuleIsAnError(rules: String) throws {
        let root = try Self.folder(["rules.yaml": rules, "alice/README.md": Documents.missingConcepts])
        defer { try? FileManager.default.removeItem(at: root) }
        let check = try runLearnLint(["check"], in: root)
        #expect(check.status == 2)
        #expect(check.stderr == "learnlint: rules.yaml enables no rule, so nothing would be checked; add rules (or `extends: [default]`), or pass --allow-empty\n")
        #expect(try runLearnLint(["check", "--allow-empty"], in: root).status == 0)
        let config = try runLearnLint(["config", "check"], in: root)
        #expect(config.status == 2)
        #expect(config.stderr.contains("rules.yaml enables no rule"))
        #expect(!config.stdout.contains("OK"))
    }

    // MARK: - Point 4: failures of learnlint itself

    @Test func aReportThatCannotBeWrittenIsOneLineAndExitTwo() throws {
        let root = try Self.folder(["alice/README.md": Documents.complete, "out/keep": ""])
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = try runLearnLint(["check", "--output", "out"], in: root)
        #expect(folder.status == 2)
        #expect(folder.stderr == "learnlint: cannot write 'out': it is a folder\n")
        let report = try runLearnLint(["check", "--report", "sarif=out"], in: root)
        #expect(report.status == 2)
        #expect(report.stderr == "learnlint: cannot write 'out': it is a folder\n")
        let special = try runLearnLint(["check", "--report", "sarif=/proc/version"], in: root)
        #expect(special.status == 2)
        #expect(special.stderr.hasPrefix("learnlint: cannot write '/proc/version': "))
        #expect(!special.stderr.contains("NSCocoaErrorDomain"))
        #expect(special.stderr.hasSuffix("\n") && special.stderr.split(separator: "\n").count == 1)
        let coverage = try runLearnLint(["coverage", "--output", "out"], in: root)
        #expect(coverage.status == 2)
        #expect(coverage.stderr == "learnlint: cannot write 'out': it is a folder\n")
    }

    @Test func coverageBelowThePassMarkSaysSoOnStandardError() throws {
        let root = try Self.folder(["alice/README.md": Documents.missingConcepts])
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try runLearnLint(["coverage", "--fail-under", "100", "--output", "coverage.json"], in: root)
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("learnlint: coverage "))
        #expect(result.stderr.hasSuffix(" is below the pass mark 100.0%\n"))
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("coverage.json").path))
    }

    // MARK: - Point 5: JUnit fails what the exit code fails

    @Test func junitFailsOnlyFindingsAtOrAboveFailOn() throws {
        let document = Documents.complete.replacingOccurrences(of: "- Docker", with: "- docker-compose")
        let root = try Self.folder(["alice/README.md": document])
        defer { try? FileManager.default.removeItem(at: root) }
        let lenient = try runLearnLint(["check", "--format", "junit", "--fail-on", "error"], in: root)
        #expect(lenient.status == 0)
        #expect(!lenient.stdout.contains("<failure"))
        #expect(lenient.stdout.contains("failures=\"0\""))
        #expect(lenient.stdout.contains("<system-out>alice/README.md:"))
        #expect(lenient.stdout.contains("warning: 'docker-compose' → 'Docker Compose' [technology-names]"))
        let strict = try runLearnLint(["check", "--format", "junit", "--fail-on", "warning"], in: root)
        #expect(strict.status == 1)
        #expect(strict.stdout.contains("<failure message=\"&apos;docker-compose&apos; → &apos;Docker Compose&apos;\" type=\"warning\">"))
        let never = try runLearnLint(["check", "--format", "junit", "--fail-on", "never"], in: root)
        #expect(!never.stdout.contains("<failure"))
        for output in [lenient.stdout, strict.stdout] {
            let file = root.appendingPathComponent("junit.xml")
            try output.write(to: file, atomically: true, encoding: .utf8)
            #expect(try Tools.xmllint(file.path, schema: "jenkins-junit.xsd").status == 0)
            #expect(try Tools.xmllint(file.path, schema: "junit.xsd").status == 0)
        }
    }

    // MARK: - Point 6: configuration that explains itself

    @Test func replacingInheritedSectionsNamesTheBuiltInRulesAndExtraSectionsAdds() throws {
        let replaced = "extends: [default]\nrules:\n  - id: required-sections\n    sections:\n      - { id: intro, title: Introduction }\n"
        let root = try Self.folder(["rules.yaml": replaced, "alice/README.md": Documents.complete])
        defer { try? FileManager.default.removeItem(at: root) }
        let failed = try runLearnLint(["check"], in: root)
        #expect(failed.status == 2)
        let lines = failed.stderr.split(separator: "\n")
        #expect(lines.count >= 2, "every inherited rule that names a dropped section is reported")
        for line in lines {
            #expect(line.hasPrefix("learnlint: <built-in rules.yaml>:"))
            #expect(line.contains("error: unknown section id"))
            #expect(line.contains("`extra_sections`") && line.contains("`learnlint init` writes out"))
        }
        #expect(!failed.stderr.contains("<built-in>:"))

        let extra = "extends: [default]\nrules:\n  - id: required-sections\n    extra_sections:\n      - { id: setup, title: Setup, match: [\"*setup*\"] }\n"
        try extra.write(to: root.appendingPathComponent("rules.yaml"), atomically: true, encoding: .utf8)
        let added = try runLearnLint(["check"], in: root)
        #expect(added.status == 1, "\(added.stderr)")
        #expect(added.stdout.hasPrefix("alice/README.md:1:1: error: missing section “Setup” [required-sections]\n"))
        #expect(added.stdout.hasSuffix("1 document checked against rules.yaml: 1 error, 0 warnings, 0 infos.\n"))
    }

    @Test func everyMistakeIsReportedAtItsKeyWithSuggestions() throws {
        let rules = """
            extends: [default]
            rules:
              - id: technology-name
                severity: off
              - id: required-sections
                sectoins: []
              - id: near-duplicate
                treshold: 0.5
            """
        let root = try Self.folder(["rules.yaml": rules + "\n", "alice/README.md": Documents.complete])
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try runLearnLint(["config", "check"], in: root)
        #expect(result.status == 2)
        #expect(result.stderr == """
            learnlint: rules.yaml:3:9: error: unknown rule id 'technology-name'; did you mean 'technology-names'? (a new rule needs a `kind`)
            learnlint: rules.yaml:6:5: error: unknown key 'sectoins'; did you mean 'sections'?
            learnlint: rules.yaml:8:5: error: unknown key 'treshold'; did you mean 'threshold'?

            """)
        try "extends: [defualt]\n".write(to: root.appendingPathComponent("rules.yaml"), atomically: true, encoding: .utf8)
        let typo = try runLearnLint(["check"], in: root)
        #expect(typo.status == 2)
        #expect(typo.stderr == "learnlint: rules.yaml:1:11: error: 'extends' names 'defualt', which does not exist; did you mean 'default' (the built-in rules)?\n")
    }

    // MARK: - Point 7: the command line answers mistakes

    @Test func usageMistakesGetUsefulAnswers() throws {
        let root = try Self.folder(["alice/README.md": Documents.complete])
        defer { try? FileManager.default.removeItem(at: root) }
        let typo = try runLearnLint(["chek"], in: root)
        #expect(typo.status == 2)
        #expect(typo.stderr == "learnlint: no such file or folder: chek; did you mean the command 'check'?\n")
        let jobs = try runLearnLint(["check", "--jobs", "-3"], in: root)
        #expect(jobs.status == 2)
        #expect(jobs.stderr.contains("--jobs must be at least 1"))
        let format = try runLearnLint(["check", "--report", "xml=out.xml"], in: root)
        #expect(format.status == 2)
        #expect(format.stderr.contains("expected FORMAT=FILE, where FORMAT is one of text, json, junit, sarif, github, markdown"))
        let shard = try runLearnLint(["check", "--shard", "5/4"], in: root)
        #expect(shard.status == 2)
        #expect(shard.stderr.contains("expected K/N, shard K of N with 1 ≤ K ≤ N"))
        let coverageFormat = try runLearnLint(["coverage", "--report", "pdf=x.pdf"], in: root)
        #expect(coverageFormat.stderr.contains("FORMAT is one of text, json, markdown, csv, html"))
    }

    @Test func explainListsAndSuggestsRules() throws {
        let list = try runLearnLint(["explain"])
        #expect(list.status == 0)
        for id in ["required-sections", "technology-names", "challenge-solution", "spelling-consistency", "sections", "vocabulary"] {
            #expect(list.stdout.contains("  \(id)"), "\(id) not listed")
        }
        let near = try runLearnLint(["explain", "required-section"])
        #expect(near.status == 2)
        #expect(near.stderr == "learnlint: no rule or rule kind 'required-section'; did you mean 'required-sections'?\n")
        #expect(!near.stderr.contains("<command line>"))
    }

    @Test func missingSectionsComeInTheConfiguredOrderAndTextNamesTheRules() throws {
        let root = try Self.folder(["alice/README.md": "# Alice\n\n## Key Technologies\n- Docker\n- Django\n- Redis\n"])
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try runLearnLint(["check", "--config", Repo.root.appendingPathComponent("rules.yaml").path], in: root)
        #expect(result.status == 1)
        let expected = """
            alice/README.md:1:1: error: missing section “Important Backend Development Concepts” [required-sections]
            alice/README.md:1:1: error: missing section “Challenges Faced and Solutions Implemented” [required-sections]
            alice/README.md:1:1: error: missing section “Best Practices and Personal Takeaways” [required-sections]
            1 document checked against \(Repo.root.appendingPathComponent("rules.yaml").path): 3 errors, 0 warnings, 0 infos.

            """
        #expect(result.stdout == expected)
        let builtIn = try runLearnLint(["check"], in: root)
        #expect(builtIn.stdout.hasSuffix("1 document checked against the built-in rules: 3 errors, 0 warnings, 0 infos.\n"))
    }

    // MARK: - Point 8: noise

    @Test func aChallengesHeadingInsideTheTechnologiesIsNoTechnology() throws {
        let document = """
            # Alice

            ## Key Technologies
            - Python
            - Django
            - Docker

            #### Challenges
            - **Challenge:** slow queries
            - **Solution:** an index

            """
        let root = try Self.folder(["alice/README.md": document])
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try runLearnLint(["check", "--format", "json", "--fail-on", "never"], in: root)
        #expect(result.status == 0)
        #expect(!result.stdout.contains("unknown technology"), "\(result.stdout)")
    }

    /// Copies of one text are one vote; three texts of their own are a majority.
    @Test(arguments: [(true, false), (false, true)])
    func nearDuplicateCopiesAreOneVote(copies: Bool, reported: Bool) throws {
        let stories = [
            "I spent the first weeks of the programme learning how a web request travels from a browser to a database and back again, how models map to tables, why migrations matter, how a queue decouples slow work, and how caching changes what a page costs to serve.",
            "Our team built a booking service over six sprints, argued about schema design on a whiteboard, wrote integration tests before every merge, and learned that a slow endpoint is usually a missing index rather than a slow language or a small server.",
            "The hardest month was deployment: containers that worked on one laptop failed in the pipeline, secrets leaked into logs until we moved them to the environment, and rolling back a broken release taught me more than any tutorial on the subject did.",
        ]
        let technologies = "\n\n## Key Technologies\n- **QuuxCache**: a cache\n- Python\n- Django\n"
        var files = ["bob/README.md": "# Bob\n\nShort notes of my own.\n\n## Key Technologies\n- **Quuxcache**: a cache\n- Python\n- Django\n"]
        for (index, name) in ["alice", "dan", "erin"].enumerated() {
            files["\(name)/README.md"] = "# Notes\n\n" + (copies ? stories[0] : stories[index]) + technologies
        }
        let root = try Self.folder(files)
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try runLearnLint(["check", "--fail-on", "never"], in: root)
        #expect(result.status == 0, "\(result.stderr)")
        let finding = "bob/README.md:6:5: warning: “Quuxcache” is spelled “QuuxCache” in 3 of 4 documents [spelling-consistency]"
        #expect(result.stdout.contains(finding) == reported, "\(result.stdout)")
        #expect(!result.stdout.contains("spelling-consistency") || reported)
    }

    @Test func copiesOfOneLongTitleAreNoMajority() throws {
        let title = "# ProDev Backend Engineering Program Overview\n\n"
        let story = "I spent the first weeks of the programme learning how a web request travels from a browser to a database and back again, "
            + "how Django models map to tables, why migrations matter, how a queue decouples slow work, and how caching "
            + "changes what a page costs to serve. Each week ended with a project and a review from a peer.\n\n"
        let technologies = "## Key Technologies\n- Python\n- Django\n- Redis\n"
        var files = [
            "bob/README.md": "# ProDev Backend Engineering Program - Overview\n\n" + technologies,
            "carol/README.md": "# My notes\n\n" + technologies,
        ]
        // One text and two near-copies of it by other people.
        for name in ["alice", "dan", "erin"] { files["\(name)/README.md"] = title + story + technologies }
        let root = try Self.folder(files)
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try runLearnLint(["check", "--format", "json", "--fail-on", "never"], in: root)
        #expect(result.status == 0)
        #expect(!result.stdout.contains("\"rule\" : \"spelling-consistency\""), "\(result.stdout)")
        #expect(!result.stdout.contains("spelling-consistency\","), "\(result.stdout)")
    }
}
