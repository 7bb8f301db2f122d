import ArgumentParser
import FoundationEssentials
import LearnLintIO

/// `learnlint install-hook`: writes a plain git pre-commit hook that checks staged Markdown files.
struct InstallHookCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "install-hook",
        abstract: "Write a git pre-commit hook that checks the staged Markdown files (for teams without pre-commit).")

    @Flag(name: .long, help: "Replace a pre-commit hook learnlint did not write (it is kept beside the new one).")
    var force = false

    func run() throws {
        let binary = ExecutablePath.current ?? CommandLine.arguments[0]
        do {
            switch try HookInstaller.install(in: FileManager.default.currentDirectoryPath, learnlint: binary, force: force) {
            case .installed(let path): print("Installed the learnlint pre-commit hook: \(path)")
            case .updated(let path): print("Updated the learnlint pre-commit hook: \(path)")
            case .replaced(let path, let backup): print("Installed the learnlint pre-commit hook: \(path) (the previous hook is now \(backup))")
            }
        } catch {
            printError("learnlint: \(error)")
            throw ExitCode(2)
        }
    }
}
