import Dispatch
import FoundationEssentials
import Glibc
import LearnLintCore
import LearnLintIO

/// Told how far a run has got: `Linter.lint` calls `begin` with the number of documents, `advance`
/// once per document (from any worker thread) and `finish` when the corpus pass is done.
public protocol LintProgress: Sendable {
    func begin(total: Int)
    func advance()
    func finish()
}

/// A one-line progress bar for a terminal (`learnlint: [#####-----] 4512/10000 documents`).
///
/// Quiet for the first `delay` seconds, so runs that end sooner (a pre-commit hook, one document)
/// never print it; afterwards redrawn at most every `interval` seconds, and erased by `finish`. The
/// cost per document is a lock and a clock read: nothing measurable next to checking a document.
/// `forStandardError` gives none when standard error is not a terminal or the run is `--quiet`, so
/// logs, pipes and CI never receive it.
public final class ProgressBar: LintProgress, Sendable {
    /// Width of the bar between the brackets.
    public static let barWidth = 30

    private let write: @Sendable (String) -> Void
    private let clock: @Sendable () -> Double
    private let delay: Double
    private let interval: Double
    private struct State {
        var total = 0
        var done = 0
        var started = 0.0
        var lastDraw: Double?
    }

    private let state = Locked(State())

    public init(
        delay: Double = 1.0, interval: Double = 0.1, clock: @escaping @Sendable () -> Double = ProgressBar.monotonicSeconds,
        write: @escaping @Sendable (String) -> Void
    ) {
        self.delay = delay
        self.interval = interval
        self.clock = clock
        self.write = write
    }

    /// A bar on standard error, or nil when it must stay silent (not a terminal, or `quiet`).
    /// `LEARNLINT_PROGRESS_DELAY` (seconds) overrides the delay, for tests.
    public static func forStandardError(quiet: Bool, isTerminal: Bool = isatty(STDERR_FILENO) == 1) -> ProgressBar? {
        guard !quiet, isTerminal else { return nil }
        let delay = ProcessInfo.processInfo.environment["LEARNLINT_PROGRESS_DELAY"].flatMap(Double.init) ?? 1.0
        return ProgressBar(delay: delay) { text in StandardError.write(text) }
    }

    /// The bar's text for `done` of `total` documents (no carriage return, no erase).
    public static func line(done: Int, total: Int) -> String {
        let total = max(total, 0)
        let done = min(max(done, 0), total)
        let filled = total == 0 ? barWidth : done * barWidth / total
        return "learnlint: [" + String(repeating: "#", count: filled) + String(repeating: "-", count: barWidth - filled)
            + "] \(done)/\(total) documents"
    }

    public func begin(total: Int) {
        let now = clock()
        state.withLock { $0 = State(total: total, started: now) }
    }

    public func advance() {
        // Drawn under the lock, so lines from two workers never interleave.
        state.withLock { state in
            state.done += 1
            let now = clock()
            guard now - state.started >= delay else { return }
            if let lastDraw = state.lastDraw, now - lastDraw < interval, state.done < state.total { return }
            state.lastDraw = now
            write("\r" + ProgressBar.line(done: state.done, total: state.total))
        }
    }

    public func finish() {
        state.withLock { state in
            // Erase the line only when something was drawn on it.
            if state.lastDraw != nil { write("\r\u{1B}[K") }
            state.lastDraw = nil
        }
    }

    @Sendable public static func monotonicSeconds() -> Double {
        Double(DispatchTime.now().uptimeNanoseconds) / 1e9
    }
}
