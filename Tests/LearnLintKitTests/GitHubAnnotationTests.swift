import Foundation
import Testing
import LearnLintTestSupport

@testable import LearnLintCore
@testable import LearnLintRules
@testable import LearnLintConfiguration
@testable import LearnLintIO
@testable import LearnLintEngine
@testable import LearnLintReporters

/// `--format github`: escaping exactly as github-workflow-commands.md states, and proof that document
/// text cannot produce a workflow command of its own. The output is read back the way the Actions
/// runner reads it: split at CR and LF, leading whitespace trimmed, `::` at the start opens a command.
@Suite struct GitHubAnnotationTests {
    @Test func escapingFollowsTheWorkedExample() {
        // The worked example of ../shared/schemas/github-workflow-commands.md, piece by piece.
        #expect(GitHubReporter.escapeProperty("Docs/a,b:c.md") == "Docs/a%2Cb%3Ac.md")
        #expect(GitHubReporter.escapeProperty("MD001: heading") == "MD001%3A heading")
        #expect(GitHubReporter.escapeData("100% wrong\nsecond line") == "100%25 wrong%0Asecond line")
        #expect(GitHubReporter.escapeData("a\r\nb::c,d:e") == "a%0D%0Ab::c,d:e")
        #expect(GitHubReporter.escapeProperty("%0A") == "%250A", "% is escaped first, so escapes are not re-read")
    }

    @Test func oneFindingIsOneCommand() {
        let finding = Finding(
            rule: "required-sections", kind: "sections", severity: .warning, message: "50% done\r\n::error::pwned",
            path: "a,b:c.md",
            range: SourceRange(start: SourcePosition(line: 3, column: 5), end: SourcePosition(line: 3, column: 9)))
        let command = GitHubReporter.command(for: finding)
        #expect(
            command
                == "::warning file=a%2Cb%3Ac.md,line=3,col=5,endLine=3,endColumn=9,title=learnlint%3A required-sections::50%25 done%0D%0A::error::pwned"
        )
        #expect(RunnerCommand.parseLines(command + "\n").count == 1)
    }

    @Test func hostileDocumentsCannotInjectCommands() throws {
        let corpus = try HostileCorpus.make()
        defer { try? FileManager.default.removeItem(at: corpus) }
        let json = corpus.appendingPathComponent("report.json").path
        let result = try runLearnLint(["check", ".", "--format", "github", "--report", "json=\(json)"], in: corpus)
        #expect(result.status == 1)
        let report = try JSONValue.parse(Data(contentsOf: URL(fileURLWithPath: json)))
        let findings = report["findings"]?.arrayValue ?? []
        // 15 required-section/pairing errors and 10 unknown-technology notices from the headings' lists.
        #expect(findings.count == 25)

        let commands = RunnerCommand.parseLines(result.stdout)
        #expect(commands.count == findings.count, "exactly one command per finding, none injected")
        for (command, finding) in zip(commands, findings) {
            let expectedName = ["error": "error", "warning": "warning", "info": "notice"][finding["severity"]?.stringValue ?? ""]
            #expect(command.name == expectedName)
            #expect(Set(command.properties.keys) == ["file", "line", "col", "endLine", "endColumn", "title"])
            // Control characters (the fixture's ESC) are shown as `\u{1B}`, never passed raw to the log.
            let visible = { (text: String?) in text.map { ControlCharacters.escape($0, keepingLineBreaks: true) } }
            #expect(command.properties["file"] == visible(finding["path"]?.stringValue))
            #expect(command.properties["line"] == finding["line"]?.intValue.map(String.init))
            #expect(command.properties["title"] == "learnlint: " + (finding["rule"]?.stringValue ?? ""))
            #expect(command.message == visible(finding["message"]?.stringValue))
        }
        // Every line is either one of ours or plain text; no line opens a second command midway.
        for line in RunnerCommand.lines(result.stdout) {
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.hasPrefix("::") {
                #expect(["::error file=", "::warning file=", "::notice file="].contains { trimmed.hasPrefix($0) })
            }
        }
    }

    @Test func standardInputNameWithLineBreaksStaysOneCommand() throws {
        let name = "x\r\n::add-mask::secret\n::error file=evil::injected/README.md"
        let result = try runLearnLint(["check", "--stdin-filename", name, "--format", "github"], stdin: "# Notes\n")
        let commands = RunnerCommand.parseLines(result.stdout)
        #expect(!commands.isEmpty)
        #expect(commands.allSatisfy { $0.name == "error" && $0.properties["file"] == name })
        #expect(
            commands.count == result.stdout.split(separator: "\n").count - 1, "one line per finding plus the summary")
    }
}

/// A reader of workflow commands that follows the runner's rules (see github-workflow-commands.md).
struct RunnerCommand {
    var name: String
    var properties: [String: String]
    var message: String

    /// The runner's lines: it splits output at CR, LF and CRLF.
    static func lines(_ output: String) -> [Substring] {
        output.split(omittingEmptySubsequences: true) { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
    }

    static func parseLines(_ output: String) -> [RunnerCommand] {
        lines(output).compactMap { parse(String($0)) }
    }

    /// Parses one line, or nil when it is not a command.
    static func parse(_ line: String) -> RunnerCommand? {
        let trimmed = line.drop { $0 == " " || $0 == "\t" }
        guard trimmed.hasPrefix("::") else { return nil }
        let rest = trimmed.dropFirst(2)
        guard let end = rest.range(of: "::") else { return nil }
        let info = rest[..<end.lowerBound]
        let message = unescape(String(rest[end.upperBound...]), property: false)
        let parts = info.split(separator: " ", maxSplits: 1)
        guard let name = parts.first else { return nil }
        var properties: [String: String] = [:]
        if parts.count == 2 {
            for pair in parts[1].split(separator: ",") {
                let keyValue = pair.split(separator: "=", maxSplits: 1)
                guard keyValue.count == 2 else { continue }
                properties[String(keyValue[0])] = unescape(String(keyValue[1]), property: true)
            }
        }
        return RunnerCommand(name: String(name), properties: properties, message: message)
    }

    /// Decodes as the runner does: `%25` last.
    private static func unescape(_ text: String, property: Bool) -> String {
        var result = text.replacingOccurrences(of: "%0D", with: "\r").replacingOccurrences(of: "%0A", with: "\n")
        if property {
            result = result.replacingOccurrences(of: "%3A", with: ":").replacingOccurrences(of: "%2C", with: ",")
        }
        return result.replacingOccurrences(of: "%25", with: "%")
    }
}
