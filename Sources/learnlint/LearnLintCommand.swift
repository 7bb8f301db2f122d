import ArgumentParser
import LearnLintCore

/// `learnlint`: lints learnings documents. The library does the work; this target parses arguments,
/// calls it and maps results to exit codes (0 clean, 1 findings at or above --fail-on, 2 usage/config).
struct LearnLintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "learnlint",
        abstract: "Lint learnings documents: required sections, technology names, challenges and solutions.",
        version: LearnLint.version,
        subcommands: [
            CheckCommand.self, CoverageCommand.self, FixCommand.self, RulesCommand.self, ExplainCommand.self,
            InitCommand.self, ConfigCommand.self, InstallHookCommand.self, MergeCommand.self,
            CompareCommand.self, LSPCommand.self,
        ],
        defaultSubcommand: CheckCommand.self
    )
}

/// The entry point: runs the command, and turns argument-parser's usage errors (its exit code 64)
/// into learnlint's documented code 2, so CI scripts see one code for every kind of misuse.
@main
enum LearnLintMain {
    static func main() {
        // `learnlint --version` answers before argument-parser builds its command tree: that build looks
        // up the conformances of every option type at run time, which costs more than all the rest of
        // start-up (see docs/performance.md). The output is argument-parser's own for `--version`.
        if CommandLine.arguments.dropFirst() == ["--version"] {
            print(LearnLint.version)
            return
        }
        do {
            var command = try LearnLintCommand.parseAsRoot(UsageHints.joiningNegativeNumbers(Array(CommandLine.arguments.dropFirst())))
            try command.run()
        } catch let failure as CommandFailure {
            printError("learnlint: \(failure.description)")
            LearnLintCommand.exit(withError: ExitCode(2))
        } catch let code as ExitCode {
            LearnLintCommand.exit(withError: code)
        } catch {
            switch LearnLintCommand.exitCode(for: error) {
            case .validationFailure:
                printError(LearnLintCommand.fullMessage(for: error))
                LearnLintCommand.exit(withError: ExitCode(2))
            case .failure:
                // An error no command caught is a failure of learnlint itself, never "findings" (exit 1).
                printError("learnlint: \(CommandFailure.reason(error))")
                LearnLintCommand.exit(withError: ExitCode(2))
            default:
                LearnLintCommand.exit(withError: error)
            }
        }
    }
}
