import LearnLintCore

/// Picks the configuration a run uses: `--config`, else the nearest rules.yaml / .learnlint.yaml
/// upward from the working folder, else the built-in default.
public enum ConfigurationResolver {
    public static func resolve(explicit: String?, workingDirectory: String) throws(ConfigurationError) -> Configuration {
        if let explicit { return try ConfigurationLoader.load(file: explicit) }
        if let found = ConfigurationLoader.discover(from: workingDirectory) {
            // Reports name the file relative to the working folder, like document paths.
            let prefix = workingDirectory.hasSuffix("/") ? workingDirectory : workingDirectory + "/"
            return try ConfigurationLoader.load(file: found.hasPrefix(prefix) ? String(found.dropFirst(prefix.count)) : found)
        }
        return try ConfigurationLoader.builtIn()
    }
}
