import FoundationEssentials
import Glibc
import LearnLintCore
import LearnLintRules

/// Reads rules.yaml files into a validated `Configuration`: typed, strict and located.
public enum ConfigurationLoader {
    public static let topLevelKeys = [
        "version", "documents", "contributors", "extends", "overrides", "rules", "coverage", "concepts",
    ]
    public static let fileNames = ["rules.yaml", ".learnlint.yaml"]
    public static let builtInSource = BuiltInRules.source
    /// How messages name a place in the built-in rules.
    public static let builtInDisplayName = BuiltInRules.displayName
    /// The names `extends` accepts for the built-in rules.
    public static let builtInNames = ["default", "builtin"]

    /// Loads a rules file from disk.
    public static func load(file path: String) throws(ConfigurationError) -> Configuration {
        var visited: Set<String> = []
        return try load(file: path, visited: &visited, from: nil)
    }

    /// Loads configuration text; `source` names it in messages, `baseDirectory` anchors `extends`.
    public static func load(text: String, source: String, baseDirectory: String) throws(ConfigurationError)
        -> Configuration
    {
        var visited: Set<String> = [source]
        return try parse(text, source: source, baseDirectory: baseDirectory, visited: &visited)
    }

    /// The default rules compiled into the binary (identical to the repository's top-level rules.yaml).
    public static func builtIn() throws(ConfigurationError) -> Configuration {
        try load(text: DefaultRules.yaml, source: builtInSource, baseDirectory: ".")
    }

    /// The nearest `rules.yaml` or `.learnlint.yaml` in `directory` or a folder above it.
    public static func discover(from directory: String) -> String? {
        var current = URL(fileURLWithPath: directory).standardizedFileURL
        while true {
            for name in fileNames {
                let candidate = current.appendingPathComponent(name).path
                var isDirectory = false
                if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory), !isDirectory {
                    return candidate
                }
            }
            let parent = current.deletingLastPathComponent()
            if parent.path == current.path { return nil }
            current = parent
        }
    }

    // MARK: - Files and extends

    /// `name` is how the `extends` entry at `location` wrote the path, for its messages.
    private static func load(file path: String, visited: inout Set<String>, from location: ConfigLocation?, named name: String? = nil)
        throws(ConfigurationError) -> Configuration
    {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        // `visited` holds the chain of files extending each other down to this one, not every file
        // read: a diamond (a extends b and c, both extend d) reads d twice and is no cycle.
        if visited.contains(absolute), let location { throw .extendsCycle(location, path) }
        visited.insert(absolute)
        defer { visited.remove(absolute) }
        guard FileManager.default.fileExists(atPath: absolute) else {
            if let location { throw .invalid(location, "'extends' names '\(path)', which does not exist") }
            throw .fileNotFound(path)
        }
        /// A problem with the file, located at the `extends` entry naming it when there is one.
        func failure(_ reason: String) -> ConfigurationError {
            if let location { return .invalid(location, "'extends' names '\(name ?? path)', which cannot be read: \(reason)") }
            return .unreadable(path, reason: reason)
        }
        // Only regular files: a folder cannot be read, and a device (`/dev/zero`) or FIFO never ends.
        var info = stat()
        guard stat(absolute, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            throw failure(info.st_mode & S_IFMT == S_IFDIR ? "it is a folder" : "it is not a regular file")
        }
        guard let data = FileManager.default.contents(atPath: absolute) else { throw failure("permission denied") }
        guard let text = String(data: data, encoding: .utf8) else { throw failure("not valid UTF-8") }
        let base = URL(fileURLWithPath: absolute).deletingLastPathComponent().path
        return try parse(text, source: path, baseDirectory: base, visited: &visited)
    }

    private static func parse(_ text: String, source: String, baseDirectory: String, visited: inout Set<String>)
        throws(ConfigurationError) -> Configuration
    {
        var hasher = FNV1a()
        hasher.combine(text)
        guard let root = try YAMLLoader.load(text, file: source), !root.isNull else {
            var empty = Configuration(source: source, baseDirectory: baseDirectory)
            empty.fingerprint = FNV1a.hex(hasher.value)
            return empty
        }
        let top = try root.mapping(allowed: topLevelKeys)
        if let version = top["version"] {
            let number = try version.int()
            guard number == 1 else { throw .invalid(version.location, "unsupported version \(number); this learnlint reads version 1") }
        }
        var configuration = Configuration(source: source, baseDirectory: baseDirectory, rules: [])
        if let extends = top["extends"] {
            for item in try extends.list() {
                let name = try item.string()
                let base: Configuration
                if builtInNames.contains(name) {
                    base = try load(text: DefaultRules.yaml, source: builtInSource, baseDirectory: ".")
                } else {
                    let path = name.hasPrefix("/") ? name : baseDirectory + "/" + name
                    guard FileManager.default.fileExists(atPath: path) else {
                        let hint = Suggestion.closest(to: name, in: builtInNames).map { "; did you mean '\($0)' (the built-in rules)?" } ?? ""
                        throw .invalid(item.location, "'extends' names '\(name)', which does not exist" + hint)
                    }
                    base = try load(file: path, visited: &visited, from: item.location, named: name)
                }
                configuration = merge(configuration, base)
                hasher.combine(base.fingerprint)
            }
            configuration.source = source
            configuration.baseDirectory = baseDirectory
        }
        // Each part is read even when an earlier one is wrong, so one run reports every mistake.
        var errors = ConfigurationErrors()
        if let documents = top["documents"] { errors.collect { () throws(ConfigurationError) in configuration.documents = try parseDocuments(documents) } }
        if let contributors = top["contributors"] {
            errors.collect { () throws(ConfigurationError) in configuration.contributors = try parseContributors(contributors) }
        }
        if let rules = top["rules"] {
            errors.collect { () throws(ConfigurationError) in configuration.rules = try RuleSpecParser.merge(rules, over: configuration.rules) }
        }
        if let overrides = top["overrides"] { errors.collect { () throws(ConfigurationError) in configuration.overrides += try parseOverrides(overrides) } }
        if let coverage = top["coverage"] {
            errors.collect { () throws(ConfigurationError) in configuration.coverage = try parseCoverage(coverage, over: configuration.coverage, source: source) }
        }
        if let concepts = top["concepts"] { errors.collect { () throws(ConfigurationError) in configuration.concepts = try concepts.list() } }
        try errors.finish()
        try validateReferences(configuration)
        configuration.fingerprint = FNV1a.hex(hasher.value)
        return configuration
    }

    /// `base` extended by what `own` has so far (extends come first, so `own` only holds earlier bases).
    private static func merge(_ own: Configuration, _ base: Configuration) -> Configuration {
        var result = base
        var byID: [String: Int] = [:]
        for (index, rule) in result.rules.enumerated() { byID[rule.id] = index }
        for rule in own.rules {
            if let index = byID[rule.id] { result.rules[index] = rule } else { result.rules.append(rule) }
        }
        result.overrides = own.overrides + base.overrides
        return result
    }

    // MARK: - Sections of the file

    private static func parseDocuments(_ node: YAMLNode) throws(ConfigurationError) -> DocumentSelection {
        let map = try node.mapping(allowed: ["include", "exclude", "max_bytes"])
        var selection = DocumentSelection()
        if let include = map["include"] { selection.include = try include.stringList().map(PathGlob.ignoringCase) }
        if let exclude = map["exclude"] { selection.exclude = try exclude.stringList().map(PathGlob.ignoringCase) }
        if let maxBytes = map["max_bytes"] {
            selection.maxBytes = try maxBytes.int()
            guard selection.maxBytes > 0 else { throw .invalid(maxBytes.location, "max_bytes must be positive") }
        }
        return selection
    }

    private static func parseContributors(_ node: YAMLNode) throws(ConfigurationError) -> [ContributorSource] {
        var sources: [ContributorSource] = []
        for item in try node.list() {
            let map = try item.mapping(allowed: ["front_matter", "path", "git", "folder"])
            guard map.entries.count == 1, let entry = map.entries.first else {
                throw .invalid(item.location, "each contributors entry has exactly one of front_matter, path, git, folder")
            }
            switch entry.key {
            case "front_matter": sources.append(.frontMatter(key: try entry.value.string()))
            case "path":
                let pattern = try entry.value.string()
                guard pattern.contains("{name}") else {
                    throw .invalid(entry.value.location, "a contributors path needs a {name} segment, as in 'contributors/{name}/**'")
                }
                sources.append(.path(PathGlob(pattern)))
            case "git":
                let mode = try entry.value.string()
                guard mode == "first-author" else {
                    throw .invalid(entry.value.location, "git supports 'first-author' only, not '\(mode)'")
                }
                sources.append(.git)
            default:
                if try entry.value.bool() { sources.append(.folder) }
            }
        }
        return sources
    }

    private static func parseOverrides(_ node: YAMLNode) throws(ConfigurationError) -> [Override] {
        var overrides: [Override] = []
        for item in try node.list() {
            let map = try item.mapping(allowed: ["files", "rules"])
            let files = try map.require("files", in: "an override").stringList().map { PathGlob($0) }
            let rules = try map.require("rules", in: "an override").anyMapping()
            var settings: [(id: String, setting: SeveritySetting, location: ConfigLocation)] = []
            for entry in rules.entries {
                settings.append((entry.key, try SeveritySetting.parse(entry.value), entry.keyLocation))
            }
            overrides.append(Override(files: files, rules: settings))
        }
        return overrides
    }

    private static func parseCoverage(_ node: YAMLNode, over base: CoverageSettings, source: String)
        throws(ConfigurationError) -> CoverageSettings
    {
        let map = try node.mapping(allowed: ["sections", "terms", "concepts", "min_share", "roster", "group_by", "fail_under"])
        var settings = base
        if let sections = map["sections"] {
            settings.sectionsRule = try sections.string()
            settings.references.append((try sections.string(), sections.location))
        }
        if let terms = map["terms"] {
            // Rule ids or canonical terms: which is which is known once the rules are (see CoverageBuilder).
            settings.termRules = try terms.stringList()
            settings.termReferences = []
            for item in terms.scalar != nil ? [terms] : try terms.list() { settings.termReferences.append((try item.string(), item.location)) }
        }
        if let concepts = map["concepts"] {
            settings.conceptNames = try concepts.stringList()
            settings.conceptReferences = []
            for item in concepts.scalar != nil ? [concepts] : try concepts.list() {
                settings.conceptReferences.append((try item.string(), item.location))
            }
        }
        if let share = map["min_share"] {
            let value = try share.double()
            guard (0...1).contains(value) else { throw .invalid(share.location, "min_share is a share from 0 to 1") }
            settings.minShare = value
        }
        if let roster = map["roster"] {
            let path = try roster.string()
            // Relative to the rules file, written relative to the working folder as the file's path is,
            // so reports name it the way the user does.
            let folder = source == builtInSource ? "" : PathText.deletingLastComponent(source)
            settings.roster = path.hasPrefix("/") || folder.isEmpty ? path : folder + "/" + path
        }
        if let groupBy = map["group_by"] { settings.groupBy = try groupBy.string() }
        if let failUnder = map["fail_under"] {
            let value = try failUnder.double()
            guard (0...100).contains(value) else { throw .invalid(failUnder.location, "fail_under is a percentage from 0 to 100") }
            settings.failUnder = value
        }
        return settings
    }

    /// Rule ids named in overrides and coverage must exist (after extends are applied).
    private static func validateReferences(_ configuration: Configuration) throws(ConfigurationError) {
        let known = configuration.rules.map(\.id)
        var errors: [ConfigurationError] = []
        for override in configuration.overrides {
            for rule in override.rules where !known.contains(rule.id) {
                errors.append(.unknownRule(rule.location, rule.id, known: known))
            }
        }
        for reference in configuration.coverage.references where !known.contains(reference.id) {
            errors.append(.unknownRule(reference.location, reference.id, known: known))
        }
        // A `coverage.terms` entry that is no rule id is a term; one that reads like a misspelt rule id
        // (kebab-case, close to a known id) is far more likely a typo than a term.
        for reference in configuration.coverage.termReferences where !known.contains(reference.id) {
            let kebab = reference.id.contains("-") && !reference.id.contains(" ") && reference.id == reference.id.lowercased()
            if kebab, Suggestion.closest(to: reference.id, in: known) != nil {
                errors.append(.unknownRule(reference.location, reference.id, known: known))
            }
        }
        if errors.count == 1, let only = errors.first { throw only }
        if errors.count > 1 { throw .several(errors) }
    }
}
