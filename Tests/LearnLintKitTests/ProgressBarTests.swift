import Foundation
import Testing
import LearnLintTestSupport

@testable import LearnLintCore
@testable import LearnLintRules
@testable import LearnLintConfiguration
@testable import LearnLintIO
@testable import LearnLintEngine
@testable import LearnLintReporters

/// The terminal progress bar: its text, when it draws, and that pipes and `--quiet` never see it.
@Suite struct ProgressBarTests {
    /// Collects what a bar writes, with a clock the test moves.
    final class Screen: @unchecked Sendable {
        let lock = NSLock()
        var written: [String] = []
        var now = 0.0

        func bar(delay: Double = 1, interval: Double = 0.1) -> ProgressBar {
            ProgressBar(
                delay: delay, interval: interval,
                clock: { [self] in lock.withLock { now } },
                write: { [self] text in lock.withLock { written.append(text) } })
        }
    }

    @Test func lineShowsTheShareDone() {
        let empty = String(repeating: "-", count: ProgressBar.barWidth)
        let full = String(repeating: "#", count: ProgressBar.barWidth)
        #expect(ProgressBar.line(done: 0, total: 10) == "learnlint: [\(empty)] 0/10 documents")
        #expect(ProgressBar.line(done: 5, total: 10) == "learnlint: [" + String(repeating: "#", count: 15) + String(repeating: "-", count: 15) + "] 5/10 documents")
        #expect(ProgressBar.line(done: 1, total: 3) == "learnlint: [" + String(repeating: "#", count: 10) + String(repeating: "-", count: 20) + "] 1/3 documents")
        #expect(ProgressBar.line(done: 10, total: 10) == "learnlint: [\(full)] 10/10 documents")
        // Out-of-range counts are clamped, never trap.
        #expect(ProgressBar.line(done: 12, total: 10) == "learnlint: [\(full)] 10/10 documents")
        #expect(ProgressBar.line(done: -1, total: 0) == "learnlint: [\(full)] 0/0 documents")
    }

    @Test func silentDuringTheFirstSecondThenThrottledThenErased() {
        let screen = Screen()
        let bar = screen.bar()
        bar.begin(total: 4)
        screen.now = 0.5
        bar.advance()
        #expect(screen.written.isEmpty)
        screen.now = 1.2
        bar.advance()
        #expect(screen.written == ["\r" + ProgressBar.line(done: 2, total: 4)])
        screen.now = 1.25
        bar.advance()  // within the redraw interval: not drawn
        #expect(screen.written.count == 1)
        bar.advance()  // the last document is always drawn
        #expect(screen.written.last == "\r" + ProgressBar.line(done: 4, total: 4))
        bar.finish()
        #expect(screen.written.last == "\r\u{1B}[K")
    }

    @Test func aRunShorterThanTheDelayPrintsNothingAtAll() {
        let screen = Screen()
        let bar = screen.bar()
        bar.begin(total: 3)
        for step in 1...3 {
            screen.now = 0.3 * Double(step)
            bar.advance()
        }
        bar.finish()
        #expect(screen.written.isEmpty)
    }

    @Test func noBarWithoutATerminalOrUnderQuiet() {
        #expect(ProgressBar.forStandardError(quiet: false, isTerminal: false) == nil)
        #expect(ProgressBar.forStandardError(quiet: true, isTerminal: true) == nil)
        #expect(ProgressBar.forStandardError(quiet: false, isTerminal: true) != nil)
    }

    /// End to end, with the delay at zero so even a short run would draw: a pipe gets nothing; a
    /// terminal (a pseudo-terminal from `script`) gets the bar, and `--quiet` silences it there too.
    @Test func theBinaryDrawsOnATerminalOnly() throws {
        let zero = ["LEARNLINT_PROGRESS_DELAY": "0"]
        let piped = try runLearnLint(["check", "fixtures/corpus", "--fail-on", "never"], environment: zero)
        #expect(piped.status == 0)
        #expect(!piped.stderr.contains("documents") && !piped.stderr.contains("\r"))
        let script = "/usr/bin/script"
        guard FileManager.default.isExecutableFile(atPath: script) else {
            Issue.record("\(script) (util-linux) is needed to give the binary a terminal")
            return
        }
        let binary = ProcessInfo.processInfo.environment["LEARNLINT_BIN"] ?? Repo.root.appendingPathComponent(".build/debug/learnlint").path
        func onTerminal(_ extra: String) throws -> String {
            // Standard output goes to /dev/null so that only standard error is on the terminal.
            let command = "'\(binary)' check fixtures/corpus --fail-on never \(extra) > /dev/null"
            return try runProgram(script, ["-qec", command, "/dev/null"], environment: zero).stdout
        }
        let drawn = try onTerminal("")
        #expect(drawn.contains("learnlint: [") && drawn.contains("documents") && drawn.contains("\u{1B}[K"))
        #expect(!(try onTerminal("--quiet")).contains("learnlint: ["))
    }
}
