/// Every mistake a user can make in a rules file, located; `description` is the one place that words them.
public enum ConfigurationError: Error, Sendable, Equatable, CustomStringConvertible {
    case fileNotFound(String)
    case unreadable(String, reason: String)
    case syntax(ConfigLocation, String)
    case duplicateKey(ConfigLocation, String, first: ConfigLocation)
    case unknownKey(ConfigLocation, String, allowed: [String])
    case missingKey(ConfigLocation, String, in: String)
    case wrongType(ConfigLocation, expected: String, found: String)
    case unknownKind(ConfigLocation, String, allowed: [String])
    case unknownRule(ConfigLocation, String, known: [String])
    case unknownSection(ConfigLocation, String, known: [String])
    case duplicateRule(ConfigLocation, String)
    case invalid(ConfigLocation, String)
    case extendsCycle(ConfigLocation, String)
    case examplesFailed([String])
    /// Several independent mistakes, each reported (a user fixes them in one go, not one run each).
    case several([ConfigurationError])

    /// Where the mistake is, when it is in a file.
    public var location: ConfigLocation? {
        switch self {
        case .fileNotFound, .unreadable, .examplesFailed: return nil
        case .several(let errors): return errors.first?.location
        case .syntax(let l, _), .duplicateKey(let l, _, _), .unknownKey(let l, _, _), .missingKey(let l, _, _),
            .wrongType(let l, _, _), .unknownKind(let l, _, _), .unknownRule(let l, _, _),
            .unknownSection(let l, _, _), .duplicateRule(let l, _), .invalid(let l, _), .extendsCycle(let l, _):
            return l
        }
    }

    public var message: String {
        switch self {
        case .fileNotFound(let path):
            return "no configuration file at '\(path)'"
        case .unreadable(let path, let reason):
            return "cannot read '\(path)': \(reason)"
        case .syntax(_, let problem):
            return "invalid YAML: \(problem)"
        case .duplicateKey(_, let key, let first):
            return "duplicate key '\(key)' (first defined at line \(first.line), column \(first.column))"
        case .unknownKey(_, let key, let allowed):
            return "unknown key '\(key)'" + hint(key, allowed, noun: "keys")
        case .missingKey(_, let key, let container):
            return "\(container) needs the key '\(key)'"
        case .wrongType(_, let expected, let found):
            return "expected \(expected), found \(found)"
        case .unknownKind(_, let kind, let allowed):
            return "unknown rule kind '\(kind)'" + hint(kind, allowed, noun: "kinds")
        case .unknownRule(_, let id, let known):
            return "unknown rule id '\(id)'" + hint(id, known, noun: "rule ids")
        case .unknownSection(_, let id, let known):
            return "unknown section id '\(id)'" + hint(id, known, noun: "section ids")
        case .duplicateRule(_, let id):
            return "rule id '\(id)' is defined twice"
        case .invalid(_, let message):
            return message
        case .extendsCycle(_, let path):
            return "'extends' loops back to '\(path)'"
        case .examplesFailed(let failures):
            return "rules misjudge their own examples:\n" + failures.map { "  - " + $0 }.joined(separator: "\n")
        case .several(let errors):
            return errors.map(\.message).joined(separator: "\n")
        }
    }

    /// Every single mistake, in the order they were found.
    public var all: [ConfigurationError] {
        if case .several(let errors) = self { return errors.flatMap(\.all) }
        return [self]
    }

    /// `file:line:col: error: message`, the form editors and CI logs turn into links; one line per
    /// mistake when there are several.
    public var description: String {
        if case .several(let errors) = self { return errors.map(\.description).joined(separator: "\n") }
        guard let location else { return "error: \(message)" }
        guard location.file == BuiltInRules.source else { return "\(location): error: \(message)" }
        // A place in the compiled-in rules: name it so a user can open it.
        var text = "\(BuiltInRules.displayName):\(location.line):\(location.column): error: \(message)"
        if case .unknownSection = self {
            text += " (an inherited rule names it: keep it in your `sections:`, or add sections with `extra_sections`)"
        }
        return text + " — in the built-in rules, which `learnlint init` writes out as rules.yaml"
    }

    private func hint(_ word: String, _ candidates: [String], noun: String) -> String {
        if let best = Suggestion.closest(to: word, in: candidates) { return "; did you mean '\(best)'?" }
        guard !candidates.isEmpty else { return "" }
        return "; valid \(noun): " + candidates.joined(separator: ", ")
    }
}

/// How the compiled-in rules.yaml is named: the source its locations carry, and the name messages show.
/// It lives here, below the configuration loader, so errors can name it without importing the loader.
public enum BuiltInRules {
    public static let source = "<built-in>"
    public static let displayName = "<built-in rules.yaml>"
}
