import Foundation
import Testing
import LearnLintTestSupport

@testable import LearnLintCore
@testable import LearnLintRules
@testable import LearnLintConfiguration
@testable import LearnLintIO
@testable import LearnLintEngine
@testable import LearnLintReporters

/// Control and bidi characters from documents, front matter, suppression comments and folder names never
/// reach a terminal or a text format raw (issue 12): each reporter gets hostile names and text.
@Suite struct HostileTextEndToEndTests {
    /// A corpus whose folder name holds a newline, ESC and a right-to-left override, with the fixture
    /// document (ESC sequences, BEL, backspaces and U+202E in list items, front matter and a comment).
    private func corpus() throws -> (URL, String) {
        let folder = try temporaryFolder()
        let name = "eve\nfake.md:1:1: error: forged [x]\u{1B}[2J\u{202E}"
        try FileManager.default.createDirectory(at: folder.appendingPathComponent(name), withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: Repo.root.appendingPathComponent("fixtures/hostile/control-characters/README.md"),
            to: folder.appendingPathComponent(name + "/README.md"))
        try "version: 1\nextends: [default]\ncontributors:\n  - front_matter: author\n"
            .write(to: folder.appendingPathComponent("rules.yaml"), atomically: true, encoding: .utf8)
        return (folder, name)
    }

    /// Whether text holds a raw character `ControlCharacters` escapes (line breaks allowed or not).
    private func hasRawControl(_ text: String, allowingLineBreaks: Bool = true) -> Bool {
        text.unicodeScalars.contains { ControlCharacters.isUnsafe($0, keepingLineBreaks: allowingLineBreaks) }
    }

    @Test func textOutputEscapesAndCannotBeForged() throws {
        let (folder, _) = try corpus()
        defer { try? FileManager.default.removeItem(at: folder) }
        for color in ["never", "always"] {
            let result = try runLearnLint(["check", "--color", color], in: folder)
            #expect(result.status == 1)
            // Only learnlint's own colour codes are ESC sequences: strip them, and nothing raw is left.
            var plain = result.stdout
            for code in ["\u{1B}[0m", "\u{1B}[1m", "\u{1B}[2m", "\u{1B}[31m", "\u{1B}[33m", "\u{1B}[36m"] {
                plain = plain.replacingOccurrences(of: code, with: "")
            }
            #expect(!hasRawControl(plain), "\(plain.debugDescription)")
            let lines = plain.split(separator: "\n")
            // Every finding line starts with the escaped folder name; none was forged by the newline.
            for line in lines.dropLast() { #expect(line.hasPrefix(#"eve\u{A}fake.md:1:1: error: forged [x]\u{1B}[2J\u{202E}/README.md:"#)) }
            #expect(lines.last?.hasPrefix("1 document checked") == true)
        }
        let plain = try runLearnLint(["check"], in: folder).stdout
        #expect(plain.contains(#"unknown rule id “no-such-rule\u{1B}]0;pwned\u{7}”"#), "\(plain)")
    }

    @Test(arguments: ["markdown", "github"])
    func findingFormatsEscapeControlCharacters(format: String) throws {
        let (folder, _) = try corpus()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try runLearnLint(["check", "--format", format], in: folder)
        #expect(result.status == 1)
        #expect(!hasRawControl(result.stdout), "\(result.stdout.debugDescription)")
        #expect(result.stdout.contains(#"\u{1B}"#))
    }

    @Test(arguments: ["text", "markdown", "csv"])
    func coverageFormatsEscapeControlCharacters(format: String) throws {
        let (folder, _) = try corpus()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try runLearnLint(["coverage", "--format", format, "--color", "never"], in: folder)
        #expect(result.status <= 1, "\(result.stderr)")
        // The contributor comes from the front matter: `eve`, ESC [2J, U+202E, `evil`.
        #expect(!hasRawControl(result.stdout), "\(result.stdout.debugDescription)")
        #expect(result.stdout.contains(#"eve\u{1B}"#) && result.stdout.contains(#"\u{202E}evil"#), "\(result.stdout)")
    }

    /// `compare` quotes document text and names both paths: a shared passage with ESC sequences, BEL,
    /// a backspace and a right-to-left override, in folders whose names hold a newline and ESC.
    @Test func compareTextEscapesExcerptsAndPaths() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // Under the 160 characters an excerpt shows before it is cut in the middle.
        let passage = "We moved slow tests \u{1B}[2J\u{1B}]0;pwned\u{7} to a nightly job so every pull "
            + "request\u{8}\u{8} ran in \u{202E}three minutes and nobody waited for the queue."
        let names = ["ann\n1. shared, 99 words: forged", "bob\u{1B}[31m"]
        for (index, name) in names.enumerated() {
            try FileManager.default.createDirectory(at: folder.appendingPathComponent(name), withIntermediateDirectories: true)
            let own = index == 0 ? "Docker and Postgres were new to me." : "I had used GitHub Actions before."
            try "# Notes\n\n\(own)\n\n\(passage)\n".write(
                to: folder.appendingPathComponent(name + "/README.md"), atomically: true, encoding: .utf8)
        }
        let result = try runLearnLint(["compare", names[0] + "/README.md", names[1] + "/README.md"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!hasRawControl(result.stdout), "\(result.stdout.debugDescription)")
        #expect(result.stdout.contains(#"slow tests \u{1B}[2J\u{1B}]0;pwned\u{7} to a"#), "\(result.stdout)")
        #expect(result.stdout.contains(#"request\u{8}\u{8} ran in \u{202E}three"#), "\(result.stdout)")
        // The header and the passage line name the escaped paths; the newline forged no passage line.
        #expect(result.stdout.hasPrefix(#"ann\u{A}1. shared, 99 words: forged/README.md and bob\u{1B}[31m/README.md: 1 shared passage"#),
                "\(result.stdout)")
        #expect(result.stdout.split(separator: "\n").filter { $0.hasPrefix("1. ") }.count == 1, "\(result.stdout)")
    }

    @Test func theSharedHelperEscapesExactlyTheUnsafeCharacters() {
        #expect(ControlCharacters.escape("a\u{1B}[31mb\u{7}\u{8}\t\u{202E}\u{2066}\u{85}\u{7F}é👩‍💻") == #"a\u{1B}[31mb\u{7}\u{8}"# + "\t" + #"\u{202E}\u{2066}\u{85}\u{7F}"# + "é👩‍💻")
        #expect(ControlCharacters.escape("line\r\nnext") == #"line\u{D}\u{A}next"#)
        #expect(ControlCharacters.escape("line\r\nnext", keepingLineBreaks: true) == "line\r\nnext")
        #expect(ControlCharacters.escape("“quoted” — ok") == "“quoted” — ok")
    }
}
