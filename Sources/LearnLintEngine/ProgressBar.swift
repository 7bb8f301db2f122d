import Foundation

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
public final class ProgressBar: LintProgress, @unchecked Sendable {
    /// Width of the bar between the brackets.
    public static let barWidth = 30

    private let write: @Sendable (String) -> Void
    private let clock: @Sendable () -> Double
    private let delay: Double
    private let interval: Double
    private let lock = NSLock()
    private var total = 0
    private var done = 0
    private var started = 0.0
    private var lastDraw: Double?

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
        return ProgressBar(delay: delay) { text in FileHandle.standardError.write(Data(text.utf8)) }
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
        lock.lock()
        self.total = total
        done = 0
        started = clock()
        lastDraw = nil
        lock.unlock()
    }

    public func advance() {
        lock.lock()
        defer { lock.unlock() }
        done += 1
        let now = clock()
        guard now - started >= delay else { return }
        if let lastDraw, now - lastDraw < interval, done < total { return }
        lastDraw = now
        write("\r" + ProgressBar.line(done: done, total: total))
    }

    public func finish() {
        lock.lock()
        defer { lock.unlock() }
        // Erase the line only when something was drawn on it.
        if lastDraw != nil { write("\r\u{1B}[K") }
        lastDraw = nil
    }

    @Sendable public static func monotonicSeconds() -> Double {
        Double(DispatchTime.now().uptimeNanoseconds) / 1e9
    }
}
