import Dispatch
import LearnLintCore
import LearnLintEngine
import LearnLintRules

/// The corpus rules (consistency, near-duplicates) need every document of the workspace, so they run
/// over the scope's root on open and save, debounced, never per keystroke; open documents take part
/// with the text the editor holds.
extension LanguageServer {
    func scheduleCorpusPass(_ scope: RulesScope) {
        guard scope.isCorpus, case .success(let ruleSet) = scope.outcome,
            ruleSet.corpusRules.contains(where: { ruleSet.activeRuleIDs.contains($0.id) })
        else { return }
        let root = scope.root
        let generation = (corpusGenerations[root] ?? 0) + 1
        corpusGenerations[root] = generation
        queue.asyncAfter(deadline: .now() + timing.corpusDelay) { [self] in
            guard corpusGenerations[root] == generation, phase == .running else { return }
            var overlays: [String: String] = [:]
            for document in documents.values where !document.isRulesFile {
                if let path = document.path, scope.contains(path) { overlays[path] = document.buffer.text }
            }
            var request = LintRequest(workingDirectory: root)
            request.overlays = overlays
            let linter = Linter(ruleSet: ruleSet)
            corpusQueue.async { [self, request] in
                let result = linter.lint(request)
                var byPath: [String: [Finding]] = [:]
                for finding in result.findings where linter.isCorpusStageFinding(finding) {
                    byPath[scope.absolutePath(finding.path), default: []].append(finding)
                }
                queue.async { [self, byPath] in
                    guard corpusGenerations[root] == generation else { return }
                    corpusFindings[root] = byPath
                    for (uri, document) in documents where document.scope?.root == root { publish(uri) }
                }
            }
        }
    }
}
