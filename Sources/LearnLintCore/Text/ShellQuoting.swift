/// Quoting for POSIX sh, for the commands learnlint prints or writes (the duplicates rule's compare
/// command, the pre-commit hook): one rule, so what one prints another can run.
package enum ShellQuoting {
    /// `text` in single quotes, each `'` written as `'\''`; safe for any text.
    package static func quoted(_ text: String) -> String {
        "'" + text.replacingEach("'", with: "'\\''") + "'"
    }
}
