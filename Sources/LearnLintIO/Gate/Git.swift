import LearnLintCore

/// Runs `git` (found on PATH) in a folder; used by `--changed-since`, `--staged` and `install-hook`.
public enum Git {
    /// A git command that failed, with git's own message.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    /// Runs git in `directory` (`git -C`); returns its standard output, or throws with its standard
    /// error when it fails. `input`, when given, is written to git's standard input while its output
    /// is read, so a large output cannot stall the write.
    public static func run(_ arguments: [String], in directory: String, input: [UInt8]? = nil) throws(Failure) -> [UInt8] {
        let output: ChildProcess.Output
        do {
            // Through env, as a shell would find git on PATH; no shell itself.
            output = try ChildProcess.run("/usr/bin/env", ["git", "-C", directory] + arguments, input: input)
        } catch {
            throw Failure(message: "cannot run git: \(error.description)")
        }
        guard output.succeeded else {
            let text = String(decoding: output.standardError, as: UTF8.self).trimming(.whitespaceAndNewlines)
            throw Failure(message: text.isEmpty ? "git \(arguments.joined(separator: " ")) failed" : text)
        }
        return output.standardOutput
    }

    /// Runs git and splits its `-z` output into paths.
    public static func paths(_ arguments: [String], in directory: String) throws(Failure) -> [String] {
        try run(arguments, in: directory).split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
    }
}
