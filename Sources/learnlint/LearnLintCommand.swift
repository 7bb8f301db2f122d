import ArgumentParser
import LearnLintKit

/// `learnlint`: lints learnings documents. The library does the work; this target parses arguments,
/// calls it and maps results to exit codes (0 clean, 1 findings at or above --fail-on, 2 usage/config).
@main
struct LearnLintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "learnlint",
        abstract: "Lint learnings documents: required sections, technology names, challenges and solutions.",
        version: LearnLint.version,
        subcommands: [CheckCommand.self, CoverageCommand.self, RulesCommand.self, ExplainCommand.self, InitCommand.self, ConfigCommand.self],
        defaultSubcommand: CheckCommand.self
    )
}
