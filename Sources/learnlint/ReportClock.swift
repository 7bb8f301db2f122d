import FoundationEssentials
import LearnLintCore

/// When reports say the run happened: now, or `SOURCE_DATE_EPOCH` (the reproducible-builds convention)
/// so CI artefacts and golden tests can be byte-for-byte stable.
enum ReportClock {
    static func now(environment: [String: String] = ProcessInfo.processInfo.environment) -> Date {
        if let text = environment["SOURCE_DATE_EPOCH"], let seconds = Int(text.trimming(.whitespace)) {
            return Date(timeIntervalSince1970: TimeInterval(seconds))
        }
        return Date()
    }
}
