import FoundationEssentials
import LearnLintCore
import LearnLintConfiguration
import LearnLintEngine

/// The rules that govern a document: those of the nearest `rules.yaml` / `.learnlint.yaml` above it,
/// read as `learnlint check` run from that file's folder reads them, else the built-in default rules
/// rooted at the workspace folder.
struct RulesScope: Sendable {
    /// The folder document paths are relative to, and that the corpus rules run over.
    var root: String
    /// The rules file, when there is one.
    var rulesFile: String?
    /// The rules, or what is wrong with the rules file.
    var outcome: Result<RuleSet, ConfigurationError>
    /// Whether the root is a corpus: a rules file's folder or the workspace. A stray document's own
    /// folder is not (it may be the home folder), so there only the document rules run.
    var isCorpus: Bool

    /// A document's path as reports (and `documents.include`) see it: relative to the root.
    func relativePath(_ path: String) -> String {
        let prefix = root.hasSuffix("/") ? root : root + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }

    /// The absolute path of a path relative to the root.
    func absolutePath(_ relative: String) -> String {
        relative.hasPrefix("/") ? relative : (root.hasSuffix("/") ? root : root + "/") + relative
    }

    func contains(_ path: String) -> Bool {
        path.hasPrefix(root.hasSuffix("/") ? root : root + "/")
    }
}

/// Finds and caches the scope of each document; `forget()` drops everything when a rules file is
/// opened or saved (a new file, or a changed one that others may `extends`).
struct WorkspaceRules {
    /// The folder the client opened, if it named one.
    var workspaceRoot: String?
    /// Scopes by rules file path (or by root, for the built-in rules).
    private var scopes: [String: RulesScope] = [:]
    /// The nearest rules file of each folder asked about (nil: none).
    private var nearest: [String: String?] = [:]

    init(workspaceRoot: String? = nil) {
        self.workspaceRoot = workspaceRoot
    }

    /// Whether a path is a rules file learnlint would pick up.
    static func isRulesFile(_ path: String) -> Bool {
        ConfigurationLoader.fileNames.contains(URL(fileURLWithPath: path).lastPathComponent)
    }

    mutating func scope(forDocumentAt path: String) -> RulesScope {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        let rulesFile: String?
        if let known = nearest[folder] {
            rulesFile = known
        } else {
            rulesFile = ConfigurationLoader.discover(from: folder)
            nearest[folder] = rulesFile
        }
        let root: String
        if let rulesFile {
            root = URL(fileURLWithPath: rulesFile).deletingLastPathComponent().path
        } else if let workspaceRoot, path.hasPrefix(workspaceRoot.hasSuffix("/") ? workspaceRoot : workspaceRoot + "/")
        {
            root = workspaceRoot
        } else {
            root = folder
        }
        let key = rulesFile ?? root
        if let cached = scopes[key] { return cached }
        let scope = RulesScope(
            root: root, rulesFile: rulesFile, outcome: WorkspaceRules.load(rulesFile),
            isCorpus: rulesFile != nil || root == workspaceRoot)
        scopes[key] = scope
        return scope
    }

    /// Every scope worked out since the last `forget()`.
    var knownScopes: [RulesScope] { Array(scopes.values) }

    mutating func forget() {
        scopes = [:]
        nearest = [:]
    }

    /// One thing wrong with a rules file: where (when known) and what.
    struct Problem {
        var location: ConfigLocation?
        /// The message without the location.
        var message: String
        /// `file:line:col: error: message`.
        var description: String
    }

    /// What is wrong with a rules file's text (as an editor holds it), as `learnlint config check` sees
    /// it: the first configuration error, or else every rule example the rules misjudge.
    static func problems(inRulesFile path: String, text: String) -> [Problem] {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        do throws(ConfigurationError) {
            let configuration = try ConfigurationLoader.load(text: text, source: path, baseDirectory: folder)
            _ = try RuleSet(configuration: configuration)
            return try ExampleRunner.checkUserExamples(configuration).map { mismatch in
                let place = mismatch.location.map { "\($0): " } ?? ""
                let message = String(mismatch.description.dropFirst(place.count))
                return Problem(
                    location: mismatch.location, message: "example misjudged: " + message,
                    description: mismatch.description)
            }
        } catch {
            return [Problem(location: error.location, message: error.message, description: error.description)]
        }
    }

    // MARK: - Private helpers

    private static func load(_ rulesFile: String?) -> Result<RuleSet, ConfigurationError> {
        do throws(ConfigurationError) {
            let configuration: Configuration
            if let rulesFile {
                configuration = try ConfigurationLoader.load(file: rulesFile)
            } else {
                configuration = try ConfigurationLoader.builtIn()
            }
            return .success(try RuleSet(configuration: configuration))
        } catch {
            return .failure(error)
        }
    }
}
