import Foundation
import Testing
import LearnLintTestSupport

/// The README and the built binary agree (issue 10, point 9): every option a README command uses is
/// one its command accepts, and every README command without a placeholder runs as written (in a
/// sandbox holding a corpus) without a usage error, writing the files it names.
@Suite(.serialized) struct ReadmeCommandsTests {
    static let commands = ["check", "coverage", "fix", "rules", "explain", "init", "config", "install-hook", "merge", "compare"]

    /// `learnlint …` commands of the README: the lines of its `sh` blocks, and inline code spans.
    static func readmeCommands() throws -> [String] {
        let readme = try Repo.read("README.md")
        var result: [String] = []
        var fence: String?
        var prose = ""
        for line in readme.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") {
                fence = fence == nil ? String(line.dropFirst(3)) : nil
                continue
            }
            if let fence {
                guard fence == "sh" else { continue }
                var command = String(line)
                if let comment = command.range(of: " # ") ?? command.range(of: "  #") { command = String(command[..<comment.lowerBound]) }
                command = command.trimmingCharacters(in: .whitespaces)
                if command.hasPrefix(".build/release/learnlint ") { command = String(command.dropFirst(".build/release/".count)) }
                if command.hasPrefix("learnlint ") { result.append(command) }
            } else {
                prose += line + "\n"
            }
        }
        for part in prose.components(separatedBy: "`learnlint ").dropFirst() {
            guard let end = part.firstIndex(of: "`") else { continue }
            result.append("learnlint " + part[..<end])
        }
        return result
    }

    /// The subcommand words of a command (`config check` is two), and its `--options`.
    static func parse(_ command: String) -> (subcommand: [String], options: [String]) {
        let words = command.split(separator: " ").map(String.init).dropFirst()
        var subcommand = ["check"]
        if let first = words.first, commands.contains(first) {
            subcommand = [first]
            if first == "config", words.count > 1 { subcommand.append(words[words.startIndex + 1]) }
        }
        let options = words.filter { $0.hasPrefix("--") }.map { String($0.split(separator: "=").first ?? "") }
        return (subcommand, options)
    }

    /// A placeholder (`RULE-ID`, `[PATH …]`, `K/N`, `FORMAT=FILE`) makes a command a pattern, not one to run.
    static func hasPlaceholder(_ command: String) -> Bool {
        command.contains("…") || command.contains("[")
            || command.split(separator: " ").contains { word in
                let letters = word.filter(\.isLetter)
                return letters.count > 0 && letters.allSatisfy(\.isUppercase) && !word.hasPrefix("$") && !word.hasPrefix("\"$")
            }
    }

    @Test func everyReadmeOptionIsAcceptedByItsCommand() throws {
        let commands = try Self.readmeCommands()
        #expect(commands.count >= 30, "only \(commands.count) commands found")
        var helps: [String: String] = [:]
        for command in commands {
            let (subcommand, options) = Self.parse(command)
            let key = subcommand.joined(separator: " ")
            if helps[key] == nil { helps[key] = try runLearnLint(subcommand + ["--help"]).stdout }
            for option in options {
                #expect(helps[key]?.contains(option + " ") == true || helps[key]?.contains(option + "\n") == true,
                        "`\(command)`: `learnlint \(key)` has no option \(option)")
            }
        }
        // The options table names each option once per command it marks; spot-check the ones it denies.
        for (command, option) in [("fix", "--format"), ("coverage", "--fail-on"), ("coverage", "--stdin-filename"), ("merge", "--jobs")] {
            let help = try runLearnLint([command, "--help"]).stdout
            #expect(!help.contains(option + " "), "\(command) accepts \(option): the README table says it does not")
        }
    }

    @Test func everyReadmeCommandRunsAsWritten() throws {
        let sandbox = try temporaryFolder().resolvingSymlinksInPath()
        defer { try? FileManager.default.removeItem(at: sandbox) }
        let manager = FileManager.default
        // A corpus where the README says one is (`corpus/`), this repository's fixtures, and a git history.
        try manager.copyItem(at: Repo.fixtures.appendingPathComponent("coverage/contributors"), to: sandbox.appendingPathComponent("corpus"))
        try manager.createSymbolicLink(at: sandbox.appendingPathComponent("fixtures"), withDestinationURL: Repo.fixtures)
        let bin = sandbox.appendingPathComponent(".bin")
        try manager.createDirectory(at: bin, withIntermediateDirectories: true)
        try manager.createSymbolicLink(atPath: bin.appendingPathComponent("learnlint").path, withDestinationPath: HookTests.binary)
        let git = ["GIT_CONFIG_GLOBAL": "/dev/null", "GIT_CONFIG_NOSYSTEM": "1", "GIT_AUTHOR_NAME": "T", "GIT_AUTHOR_EMAIL": "t@example.com",
                   "GIT_COMMITTER_NAME": "T", "GIT_COMMITTER_EMAIL": "t@example.com"]
        for arguments in [["init", "-q", "-b", "main"], ["add", "corpus"], ["commit", "-q", "-m", "corpus"], ["update-ref", "refs/remotes/origin/main", "HEAD"]] {
            let result = try runProgram("/usr/bin/env", ["git"] + arguments, in: sandbox, environment: git)
            #expect(result.status == 0, "git \(arguments): \(result.stderr)")
        }
        let summary = sandbox.appendingPathComponent("step-summary.md").path
        var environment = git
        environment["PATH"] = bin.path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        environment["GITHUB_STEP_SUMMARY"] = summary
        environment["NO_COLOR"] = "1"

        var seen: Set<String> = []
        let runnable = try Self.readmeCommands().filter { !Self.hasPlaceholder($0) && seen.insert($0).inserted }
        #expect(runnable.count >= 20, "only \(runnable.count) runnable commands")
        // `init` writes rules.yaml, which every later command would then find: run it last.
        let ordered = runnable.filter { !$0.hasPrefix("learnlint init") } + runnable.filter { $0.hasPrefix("learnlint init") }
        for command in ordered {
            let result = try runProgram("/bin/sh", ["-c", command], in: sandbox, environment: environment)
            #expect(result.status == 0 || result.status == 1, "`\(command)` exited \(result.status): \(result.stderr)")
            for file in Self.filesNamed(in: command) {
                #expect(manager.fileExists(atPath: sandbox.appendingPathComponent(file).path), "`\(command)` did not write \(file)")
            }
        }
        #expect(try String(contentsOfFile: summary, encoding: .utf8).contains("## learnlint coverage: "))
    }

    /// Files a command says it writes: `--output X`, `--report F=X`, `--coverage F=X`, `--write-baseline X`.
    static func filesNamed(in command: String) -> [String] {
        let words = command.split(separator: " ").map(String.init)
        var files: [String] = []
        for (index, word) in words.enumerated() where index + 1 < words.count {
            let value = words[index + 1]
            switch word {
            case "--output", "--write-baseline": files.append(value)
            case "--report", "--coverage": if let file = value.split(separator: "=", maxSplits: 1).last { files.append(String(file)) }
            default: break
            }
        }
        return files
    }
}
