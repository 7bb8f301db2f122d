import LearnLintCore

/// Collects the mistakes of independent parts of a rules file, so one run reports all of them.
package struct ConfigurationErrors {
    package private(set) var errors: [ConfigurationError] = []

    package init() {}

    /// Runs one part; its mistake is kept and the next part still runs.
    package mutating func collect(_ body: () throws(ConfigurationError) -> Void) {
        do {
            try body()
        } catch {
            errors += error.all
        }
    }

    /// Throws what was collected: the one mistake as itself, several as `.several`.
    package func finish() throws(ConfigurationError) {
        if errors.count == 1, let only = errors.first { throw only }
        if errors.count > 1 { throw .several(errors) }
    }
}
