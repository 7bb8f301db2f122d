import FoundationEssentials
import LearnLintCore

/// `learnlint install-hook`: a plain git pre-commit hook for teams without the pre-commit framework.
///
/// The hook checks the Markdown files staged for commit (added, copied or modified) as they are in
/// the index — what the commit records, not a half-staged work tree (`check --staged`) — and only
/// those that are learnings documents by `documents.include` / `exclude` (`--force-exclude`), so a
/// staged CONTRIBUTING.md is not held to the learnings sections. Re-installing rewrites a hook that carries `marker`; any other hook is left alone
/// unless forced, and is then kept beside the new one.
public enum HookInstaller {
    /// The line that marks a hook as learnlint's own.
    public static let marker = "# learnlint-managed-hook"
    public static let hookName = "pre-commit"
    public static let backupSuffix = ".before-learnlint"

    /// What `install` did.
    public enum Outcome: Sendable, Equatable {
        case installed(path: String)
        case updated(path: String)
        case replaced(path: String, backup: String)
    }

    /// Why a hook could not be installed.
    public enum Failure: Error, Sendable, Equatable, CustomStringConvertible {
        case git(String)
        case foreignHook(path: String)
        case io(String)

        public var description: String {
            switch self {
            case .git(let message): return "install-hook: \(message)"
            case .foreignHook(let path):
                return "\(path) exists and was not written by learnlint; rerun with --force to replace it "
                    + "(it is kept as \(HookInstaller.hookName)\(HookInstaller.backupSuffix)), or call learnlint from it"
            case .io(let message): return "install-hook: \(message)"
            }
        }
    }

    /// Writes (or rewrites) the hook of the repository holding `directory`; `learnlint` is the
    /// binary the hook prefers (the one installing it), falling back to `learnlint` on PATH.
    public static func install(in directory: String, learnlint: String, force: Bool) throws(Failure) -> Outcome {
        let hooks = try hooksDirectory(in: directory)
        let path = hooks + "/" + hookName
        let manager = FileManager.default
        var outcome = Outcome.installed(path: path)
        if manager.fileExists(atPath: path) {
            let existing = manager.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) } ?? ""
            if existing.contains(marker) {
                outcome = .updated(path: path)
            } else if !force {
                throw .foreignHook(path: path)
            } else {
                let backup = freeName(path + backupSuffix)
                do {
                    try manager.moveItem(atPath: path, toPath: backup)
                } catch {
                    throw .io("cannot move \(path) aside: \(FileSystemError.reason(error))")
                }
                outcome = .replaced(path: path, backup: backup)
            }
        }
        do {
            try manager.createDirectory(atPath: hooks, withIntermediateDirectories: true)
            // Through a linked hook (hook managers link them), keeping an existing hook's mode.
            try AtomicFile.write(Array(script(learnlint: learnlint).utf8), to: path, newFileMode: 0o755)
        } catch let failure as AtomicFile.Failure {
            throw .io(failure.description)
        } catch {
            throw .io("cannot write \(path): \(FileSystemError.reason(error))")
        }
        return outcome
    }

    /// The hooks folder git uses for the repository holding `directory` (`core.hooksPath` honoured), absolute.
    public static func hooksDirectory(in directory: String) throws(Failure) -> String {
        let output: [UInt8]
        do {
            output = try Git.run(["rev-parse", "--git-path", "hooks"], in: directory)
        } catch {
            throw .git(error.message)
        }
        let relative = String(decoding: output, as: UTF8.self).trimming(.newlines)
        let joined = relative.hasPrefix("/") ? relative : directory + "/" + relative
        return URL(fileURLWithPath: joined).standardizedFileURL.path
    }

    /// The hook: POSIX sh, file names passed NUL-separated (any name, spaces included).
    public static func script(learnlint: String) -> String {
        """
        #!/bin/sh
        # learnlint pre-commit hook: checks the staged content of the Markdown files staged for commit
        # that are learnings documents (documents.include / exclude of the rules file).
        # Written by `learnlint install-hook`, which rewrites this file when run again; this line marks it:
        \(marker)
        # Skip it once with `git commit --no-verify`.

        learnlint=\(ShellQuoting.quoted(learnlint))
        if [ ! -x "$learnlint" ]; then
          learnlint=$(command -v learnlint) || {
            echo "learnlint: not found: the binary that installed this hook is gone and none is on PATH" >&2
            exit 1
          }
        fi

        # Added, copied or modified .md files; xargs runs nothing useful when there are none.
        git diff --cached --name-only --diff-filter=ACM -z -- '*.md' \\
          | xargs -0 sh -c 'test "$#" -eq 0 || exec "$0" check --staged --force-exclude -- "$@"' "$learnlint"
        if [ $? -ne 0 ]; then
          echo "learnlint: commit blocked: fix the findings above, or skip the check once with 'git commit --no-verify'." >&2
          exit 1
        fi

        """
    }

    // MARK: - Private helpers


    private static func freeName(_ base: String) -> String {
        var candidate = base
        var counter = 1
        while FileManager.default.fileExists(atPath: candidate) {
            candidate = base + ".\(counter)"
            counter += 1
        }
        return candidate
    }
}
