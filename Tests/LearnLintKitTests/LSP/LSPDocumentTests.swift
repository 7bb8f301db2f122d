import Foundation
import Testing
import LearnLintTestSupport

/// The language server's features over stdio, on a copy of fixtures/lsp/workspace: diagnostics as a
/// document is opened, edited and closed, quick fixes and "fix all", hover, the rules file's own
/// errors, and the corpus rules on save.
@Suite struct LSPDocumentTests {
    /// A copy of the workspace (tests save files), the server initialised on it, and alice's document.
    private func start() throws -> (LSPSession, URL, URL, String) {
        let folder = try temporaryFolder()
        let workspace = folder.appendingPathComponent("workspace")
        try FileManager.default.copyItem(at: Repo.fixtures.appendingPathComponent("lsp/workspace"), to: workspace)
        let server = try LSPSession(in: workspace)
        try server.initialize(root: workspace)
        let document = workspace.appendingPathComponent("alice/README.md")
        return (server, folder, document, try String(contentsOf: document, encoding: .utf8))
    }

    @Test func openingADocumentPublishesItsFindingsWithUTF16Ranges() throws {
        let (server, folder, document, text) = try start()
        defer { try? FileManager.default.removeItem(at: folder) }
        try server.open(document, text: text)
        let diagnostics = try server.diagnostics(for: document)
        #expect(LSPJSON.codes(diagnostics) == ["technology-names"])
        let finding = try #require(diagnostics.first)
        #expect(finding["message"] as? String == "'Github Actions' → 'GitHub Actions'")
        #expect(finding["severity"] as? Int == 2, "warning")
        #expect(finding["source"] as? String == "learnlint")
        // Line 5 is "- 🚀 Github Actions …": the rocket is two UTF-16 units, so the name starts at 5.
        #expect(LSPJSON.range(finding["range"]) == [4, 5, 4, 19])
    }

    @Test func crlfLineEndingsKeepTheSameLinesAndColumns() throws {
        let (server, folder, document, text) = try start()
        defer { try? FileManager.default.removeItem(at: folder) }
        try server.open(document, text: text.replacingOccurrences(of: "\n", with: "\r\n"))
        let diagnostics = try server.diagnostics(for: document)
        #expect(LSPJSON.codes(diagnostics) == ["technology-names"])
        #expect(LSPJSON.range(diagnostics.first?["range"]) == [4, 5, 4, 19])
    }

    @Test func aDocumentOverMaxBytesGetsOneErrorInsteadOfACheck() throws {
        let (server, folder, document, text) = try start()
        defer { try? FileManager.default.removeItem(at: folder) }
        let rules = folder.appendingPathComponent("workspace/rules.yaml")
        try (try String(contentsOf: rules, encoding: .utf8) + "documents:\n  max_bytes: 100\n").write(
            to: rules, atomically: true, encoding: .utf8)
        try server.open(document, text: text)
        let diagnostics = try server.diagnostics(for: document)
        #expect(LSPJSON.codes(diagnostics) == ["unreadable-document"])
        #expect(
            diagnostics.first?["message"] as? String == "the document is \(text.utf8.count) bytes, over max_bytes (100)"
        )
    }

    @Test func changesAreCheckedIncrementallyAndClosingClearsTheDiagnostics() throws {
        let (server, folder, document, text) = try start()
        defer { try? FileManager.default.removeItem(at: folder) }
        try server.open(document, text: text)
        _ = try server.diagnostics(for: document)
        // Rename the last required section: an incremental change of the heading's words.
        let line = try #require(
            text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex {
                $0.hasPrefix("## Best Practices")
            })
        try server.notify(
            "textDocument/didChange",
            [
                "textDocument": ["uri": document.absoluteString, "version": 2],
                "contentChanges": [
                    [
                        "range": ["start": ["line": line, "character": 3], "end": ["line": line, "character": 40]],
                        "text": "Closing Words",
                    ]
                ],
            ])
        let changed = try server.diagnostics(for: document) { LSPJSON.codes($0).contains("required-sections") }
        let missing = try #require(changed.first { $0["code"] as? String == "required-sections" })
        #expect(missing["message"] as? String == "missing section “Best Practices and Personal Takeaways”")
        #expect(missing["severity"] as? Int == 1)
        // A full-text change puts it back.
        try server.notify(
            "textDocument/didChange",
            ["textDocument": ["uri": document.absoluteString, "version": 3], "contentChanges": [["text": text]]])
        let restored = try server.diagnostics(for: document) { !LSPJSON.codes($0).contains("required-sections") }
        #expect(LSPJSON.codes(restored) == ["technology-names"])
        try server.notify("textDocument/didClose", ["textDocument": ["uri": document.absoluteString]])
        // (A corpus pass may still publish before the close; the wait is for the clearing itself.)
        #expect(try server.diagnostics(for: document) { $0.isEmpty }.isEmpty)
    }

    @Test func theQuickFixAndFixAllCorrectTheSpelling() throws {
        let (server, folder, document, text) = try start()
        defer { try? FileManager.default.removeItem(at: folder) }
        try server.open(document, text: text)
        _ = try server.diagnostics(for: document)
        let range: [String: Any] = ["start": ["line": 4, "character": 8], "end": ["line": 4, "character": 8]]
        try server.request(
            2, "textDocument/codeAction",
            ["textDocument": ["uri": document.absoluteString], "range": range, "context": ["diagnostics": [] as [Any]]])
        let actions = try #require(try server.response(2)["result"] as? [[String: Any]])
        #expect(actions.map { $0["kind"] as? String } == ["quickfix", "source.fixAll.learnlint"])
        #expect(
            actions.first?["title"] as? String == "Replace 'Github Actions' with 'GitHub Actions' (technology-names)")
        let expected = text.replacingOccurrences(of: "Github Actions", with: "GitHub Actions")
        for action in actions {
            let changes = try #require((action["edit"] as? [String: Any])?["changes"] as? [String: Any])
            let edits = try #require(changes[document.absoluteString] as? [[String: Any]])
            #expect(LSPJSON.apply(edits, to: text) == expected, "\(action["title"] ?? "")")
        }
        // Asking only for quick fixes leaves out the source action, and away from the finding there is none.
        try server.request(
            3, "textDocument/codeAction",
            [
                "textDocument": ["uri": document.absoluteString],
                "range": ["start": ["line": 8, "character": 0], "end": ["line": 8, "character": 0]],
                "context": ["only": ["quickfix"]],
            ])
        #expect((try server.response(3)["result"] as? [Any])?.isEmpty == true)
    }

    @Test func hoverOverAFindingExplainsTheRuleWithAnExample() throws {
        let (server, folder, document, text) = try start()
        defer { try? FileManager.default.removeItem(at: folder) }
        try server.open(document, text: text)
        _ = try server.diagnostics(for: document)
        try server.request(
            2, "textDocument/hover",
            ["textDocument": ["uri": document.absoluteString], "position": ["line": 4, "character": 10]])
        let hover = try #require(try server.response(2)["result"] as? [String: Any])
        let value = try #require((hover["contents"] as? [String: Any])?["value"] as? String)
        #expect(value.hasPrefix("**technology-names** (warning): 'Github Actions' → 'GitHub Actions'"))
        #expect(value.contains("Quick fix: `GitHub Actions`."))
        #expect(value.contains("Technology names are written the canonical way"), "the rule's summary")
        #expect(value.contains("Example that triggers it"))
        #expect(value.contains("```markdown\n"))
        #expect(LSPJSON.range(hover["range"]) == [4, 5, 4, 19])
        // Nothing to explain where there is no finding.
        try server.request(
            3, "textDocument/hover",
            ["textDocument": ["uri": document.absoluteString], "position": ["line": 6, "character": 3]])
        #expect(try server.response(3)["result"] is NSNull)
    }

    @Test func aDocumentTheIncludeGlobsDoNotSelectGetsNoFindings() throws {
        let (server, folder, _, _) = try start()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = folder.appendingPathComponent("workspace/notes/plan.md")
        try server.open(plan, text: try String(contentsOf: plan, encoding: .utf8))
        #expect(try server.diagnostics(for: plan).isEmpty)
    }

    @Test func aBrokenRulesFileShowsItsErrorAndItsDocumentsSayTheyAreNotChecked() throws {
        let (server, folder, document, text) = try start()
        defer { try? FileManager.default.removeItem(at: folder) }
        try server.open(document, text: text)
        _ = try server.diagnostics(for: document)
        let rules = folder.appendingPathComponent("workspace/rules.yaml")
        let broken = try String(contentsOf: rules, encoding: .utf8) + "documents:\n  includes: [\"**/README.md\"]\n"
        try broken.write(to: rules, atomically: true, encoding: .utf8)
        try server.open(rules, text: broken)
        let errors = try server.diagnostics(for: rules)
        #expect(errors.count == 1)
        #expect(errors.first?["message"] as? String == "unknown key 'includes'; did you mean 'include'?")
        #expect(errors.first?["code"] as? String == "configuration-error")
        #expect(LSPJSON.range(errors.first?["range"]) == [4, 2, 4, 10], "line 5, column 3: the key")
        let blocked = try server.diagnostics(for: document) { LSPJSON.codes($0) == ["configuration-error"] }
        #expect((blocked.first?["message"] as? String)?.hasPrefix("not checked: rules.yaml has an error: ") == true)
        let related = try #require((blocked.first?["relatedInformation"] as? [[String: Any]])?.first)
        #expect((related["location"] as? [String: Any])?["uri"] as? String == rules.absoluteString)

        // Fixed and saved: the error goes and the document is checked with the rules again.
        let fixed = broken.replacingOccurrences(of: "includes:", with: "include:")
        try fixed.write(to: rules, atomically: true, encoding: .utf8)
        try server.notify(
            "textDocument/didChange",
            ["textDocument": ["uri": rules.absoluteString, "version": 2], "contentChanges": [["text": fixed]]])
        try server.notify("textDocument/didSave", ["textDocument": ["uri": rules.absoluteString]])
        #expect(try server.diagnostics(for: rules) { $0.isEmpty }.isEmpty)
        let rechecked = try server.diagnostics(for: document) { LSPJSON.codes($0) != ["configuration-error"] }
        #expect(LSPJSON.codes(rechecked) == ["technology-names"])
    }

    @Test func aRulesFileWhoseRulesMisjudgeTheirOwnExamplesShowsEachAtItsExample() throws {
        let (server, folder, _, _) = try start()
        defer { try? FileManager.default.removeItem(at: folder) }
        let rules = folder.appendingPathComponent("workspace/rules.yaml")
        let text = """
            version: 1
            extends: [default]
            rules:
              - id: technology-names
                examples:
                  valid: ["## Key Technologies\\n\\n- Github Actions\\n", "- Docker\\n"]

            """
        try server.open(rules, text: text)
        let problems = try server.diagnostics(for: rules)
        #expect(problems.count == 1, "the valid second example is no problem")
        #expect(
            problems.first?["message"] as? String
                == "example misjudged: rule 'technology-names': expected no finding, found 3:3 'Github Actions' → 'GitHub Actions' in example: ## Key Technologies⏎⏎- Github Actions⏎"
        )
        #expect(LSPJSON.range(problems.first?["range"]).prefix(2) == [5, 14], "line 6, column 15: the example")
    }

    @Test func theCorpusRulesRunOverTheWorkspaceOnSave() throws {
        let (server, folder, document, text) = try start()
        defer { try? FileManager.default.removeItem(at: folder) }
        // Bob's document is a near copy of Alice's; only the corpus pass can see that.
        let bob = folder.appendingPathComponent("workspace/bob/README.md")
        try writeFile(
            text.replacingOccurrences(of: "Redis for caching", with: "Redis for queues"), "workspace/bob/README.md",
            in: folder)
        try server.open(document, text: text)
        let first = try server.diagnostics(for: document)
        #expect(LSPJSON.codes(first) == ["technology-names"], "the document rules are published at once")
        let withCorpus = try server.diagnostics(for: document) { LSPJSON.codes($0).contains("near-duplicate") }
        let duplicate = try #require(withCorpus.first { $0["code"] as? String == "near-duplicate" })
        let related = (duplicate["relatedInformation"] as? [[String: Any]])?.compactMap {
            ($0["location"] as? [String: Any])?["uri"] as? String
        }
        #expect(related == [bob.absoluteString], "the related information points at the twin")

        // Alice rewrites her document: typing re-runs the document rules only, so the corpus finding
        // stays until she saves; the pass then sees her buffer (not the file, still the old text).
        let rewritten = text.replacingOccurrences(of: "Github Actions", with: "Jenkins")
            .replacingOccurrences(
                of: "- Database indexing and reading query plans", with: "- Message queues and retries"
            )
            .replacingOccurrences(
                of: "Tests passed locally but failed in CI because of time zones.", with: "Builds were slow."
            )
            .replacingOccurrences(
                of: "Pinned the container time zone to UTC and compared aware datetimes.",
                with: "Cached the dependencies."
            )
            .replacingOccurrences(of: "- Write a migration and its rollback together.", with: "- Small pull requests.")
        try server.notify(
            "textDocument/didChange",
            ["textDocument": ["uri": document.absoluteString, "version": 2], "contentChanges": [["text": rewritten]]])
        let typed = try server.diagnostics(for: document) { !LSPJSON.codes($0).contains("technology-names") }
        #expect(LSPJSON.codes(typed) == ["near-duplicate"], "the corpus finding waits for the save")
        try server.notify("textDocument/didSave", ["textDocument": ["uri": document.absoluteString]])
        let saved = try server.diagnostics(for: document) { !LSPJSON.codes($0).contains("near-duplicate") }
        #expect(saved.isEmpty)
    }
}
