import LearnLintCore

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
