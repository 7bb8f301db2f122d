import ArgumentParser
import FoundationEssentials
import LearnLintConfiguration
import LearnLintEngine
import LearnLintCore

/// Which files a run takes, and whether a run that checks nothing may pass.
struct SelectionOptions: ParsableArguments {
    @Flag(
        name: .customLong("force-exclude"),
        help: "Files named on the command line must match documents.include/exclude too (for hooks and scripts that pass every changed file).")
    var forceExclude = false

    @Flag(
        name: .customLong("allow-empty"),
        help: "Let a run that finds no document, or whose rules file enables no rule, pass (exit 0) instead of exit 2.")
    var allowEmpty = false

    /// A rules file that enables no rule checks nothing: that is a broken gate, not a pass.
    func requireRules(_ ruleSet: RuleSet) throws {
        guard !allowEmpty, ruleSet.activeRuleIDs.isEmpty else { return }
        throw CommandFailure(
            "\(ConfigurationSourceName.display(ruleSet.configuration.source)) enables no rule, so nothing would be checked; "
                + "add rules (or `extends: [default]`), or pass --allow-empty")
    }

    /// A run that found no document has not passed anything. Files a hook passed that are no documents
    /// (`--force-exclude`) are a real empty run: there is nothing to gate.
    func requireDocuments(_ result: LintResult, paths: [String], ruleSet: RuleSet) throws {
        guard !allowEmpty, result.discovered == 0, result.notDocuments.isEmpty else { return }
        let documents = ruleSet.configuration.documents
        let where_ = paths.isEmpty ? "the current folder" : paths.map { "'\($0)'" }.joined(separator: ", ")
        throw CommandFailure(
            "no documents to check in \(where_): none matches documents.include ("
                + documents.include.map(\.source).joined(separator: ", ") + ") of "
                + ConfigurationSourceName.display(ruleSet.configuration.source)
                + "; name the files, change documents.include, or pass --allow-empty")
    }
}

/// How messages name a rules file: the built-in one as something a user can find (`learnlint init`
/// writes it out).
enum ConfigurationSourceName {
    static func display(_ source: String) -> String {
        source == ConfigurationLoader.builtInSource ? "the built-in rules (`learnlint init` writes them out)" : source
    }
}
