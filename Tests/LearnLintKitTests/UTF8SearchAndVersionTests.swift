import Foundation
import Testing
import LearnLintTestSupport

@testable import LearnLintCore
@testable import LearnLintRules
@testable import LearnLintConfiguration
@testable import LearnLintIO
@testable import LearnLintEngine
@testable import LearnLintReporters

/// `String.utf8Range(of:)`: the byte search that replaced Foundation's `range(of:)` in the rules.
@Suite struct UTF8SearchTests {
    @Test func findsTheFirstLiteralOccurrence() throws {
        let text = "Docker – images: a – b"
        let range = try #require(text.utf8Range(of: " – "))
        #expect(text[..<range.lowerBound] == "Docker" && text[range.upperBound...] == "images: a – b")
        // A partial match just before the real one (`aa` then `aab`) is not lost.
        let repeated = "xaaab"
        #expect(repeated.utf8Range(of: "aab").map { String(repeated[$0]) } == "aab")
        #expect(repeated.utf8Range(of: "aab")?.lowerBound == repeated.index(repeated.startIndex, offsetBy: 2))
        #expect("abc".utf8Range(of: "abcd") == nil && "abc".utf8Range(of: "") == nil && "".utf8Range(of: "a") == nil)
        #expect("Kubernetes (K8s)".containsASCII("(") && !"Kubernetes".containsASCII(","))
    }
}

/// `learnlint --version` is answered before argument parsing; it must say what argument-parser said.
@Suite struct VersionTests {
    @Test func versionPrintsTheVersionAlone() throws {
        let result = try runLearnLint(["--version"])
        #expect(result.status == 0 && result.stdout == LearnLint.version + "\n" && result.stderr.isEmpty)
        // Anything more goes through argument-parser as before.
        let help = try runLearnLint(["--version", "--help"])
        #expect(help.status == 0 && help.stdout.contains("USAGE"))
    }
}
