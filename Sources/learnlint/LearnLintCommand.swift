import ArgumentParser
import LearnLintKit

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
        ],
        defaultSubcommand: CheckCommand.self
    )
}

/// The entry point: runs the command, and turns argument-parser's usage errors (its exit code 64)
/// into learnlint's documented code 2, so CI scripts see one code for every kind of misuse.
@main
enum LearnLintMain {
    static func main() {
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
                printError(UsageHints.message(for: error))
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

/// Small repairs and hints around argument-parser's own usage errors.
enum UsageHints {
    /// Options whose value is a number: `--jobs -3` would otherwise read `-3` as an option and say
    /// "Missing value"; joined as `--jobs=-3` the value reaches the option's own range check.
    static let numericOptions: Set<String> = ["--jobs", "--fail-under"]

    static func joiningNegativeNumbers(_ arguments: [String]) -> [String] {
        var result: [String] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--" {
                result += arguments[index...]
                break
            }
            if numericOptions.contains(argument), index + 1 < arguments.count, isNegativeNumber(arguments[index + 1]) {
                result.append(argument + "=" + arguments[index + 1])
                index += 2
                continue
            }
            result.append(argument)
            index += 1
        }
        return result
    }

    static func message(for error: any Error) -> String {
        LearnLintCommand.fullMessage(for: error)
    }

    private static func isNegativeNumber(_ text: String) -> Bool {
        text.hasPrefix("-") && text.count > 1 && Double(text) != nil
    }

    /// The subcommands, for "did you mean" when a typo reads as a path (`learnlint chek`).
    static let commandNames = ["check", "coverage", "fix", "rules", "explain", "init", "config", "install-hook", "merge"]

    /// ` (did you mean the command 'check'?)` for a missing path that looks like a mistyped command.
    static func commandHint(forMissing path: String) -> String {
        guard !path.contains("/"), !path.contains("."),
            let command = Suggestion.closest(to: path, in: commandNames)
        else { return "" }
        return "; did you mean the command '\(command)'?"
    }
}
