import ArgumentParser
import Foundation
import LearnLintCore
import LearnLintConfiguration
import LearnLintIO
import LearnLintEngine
import LearnLintReporters

extension ReportFormat: ExpressibleByArgument {}

/// An option whose values are an enumeration's raw values. argument-parser's default lists them
/// through a key path, which the run time builds at every start (about 40,000 instructions per use,
/// a dozen uses per run); these say the same — the raw values, and no descriptions of their own.
protocol RawValueArgument: ExpressibleByArgument, CaseIterable, RawRepresentable<String> {}

extension RawValueArgument {
    public static var allValueStrings: [String] { allCases.map { $0.rawValue } }
    public static var allValueDescriptions: [String: String] { [:] }
}

extension Shard: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }

    /// `--shard` values, with a message that shows the shape.
    static func parse(_ argument: String) throws -> Shard {
        guard let shard = Shard(argument) else {
            throw ValidationError("expected K/N, shard K of N with 1 ≤ K ≤ N (e.g. 2/4 for the second of four)")
        }
        return shard
    }
}

/// The threshold at which findings fail the run.
enum FailOn: String, RawValueArgument {
    case error, warning, info, never

    /// The lowest severity this threshold fails (nil: none).
    var lowestFailing: Severity? {
        switch self {
        case .never: return nil
        case .error: return .error
        case .warning: return .warning
        case .info: return .info
        }
    }

    func fails(_ severity: Severity?) -> Bool {
        guard let severity else { return false }
        switch self {
        case .never: return false
        case .error: return severity >= .error
        case .warning: return severity >= .warning
        case .info: return true
        }
    }
}

enum ColorMode: String, RawValueArgument {
    case auto, always, never

    var enabled: Bool {
        switch self {
        case .always: return true
        case .never: return false
        case .auto:
            return isatty(STDOUT_FILENO) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
                && ProcessInfo.processInfo.environment["TERM"] != "dumb"
        }
    }
}

/// `--config FILE`, shared by every subcommand that reads rules.
struct ConfigOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Rules file (default: nearest rules.yaml or .learnlint.yaml upward, else built-in).", valueName: "file"))
    var config: String?

    func load() throws -> Configuration {
        do {
            return try ConfigurationResolver.resolve(explicit: config, workingDirectory: FileManager.default.currentDirectoryPath)
        } catch {
            throw ConfigurationFailure(error: error)
        }
    }

    func ruleSet() throws -> RuleSet {
        let configuration = try load()
        do {
            return try RuleSet(configuration: configuration)
        } catch {
            throw ConfigurationFailure(error: error)
        }
    }
}

/// How results are printed and when they fail the run.
struct OutputOptions: ParsableArguments {
    @Option(name: .long, help: "Output format.")
    var format: ReportFormat = .text

    @Option(name: .long, help: ArgumentHelp("Write the report to a file instead of standard output.", valueName: "file"))
    var output: String?

    @Option(
        name: .long, help: ArgumentHelp("Also write a report: FORMAT=FILE (repeatable; \(ReportRequest.formatList)).", valueName: "format=file"),
        transform: ReportRequest.parse)
    var report: [ReportRequest] = []

    @Option(name: .customLong("fail-on"), help: "Lowest severity that fails the run.")
    var failOn: FailOn = .error

    @Option(name: .long, help: "Colour the terminal output.")
    var color: ColorMode = .auto

    @Flag(name: .long, help: "Print nothing on standard output; the exit code tells the result.")
    var quiet = false
}

/// A configuration error, printed as `file:line:col: error: …` and exiting 2.
struct ConfigurationFailure: Error, CustomStringConvertible {
    var error: ConfigurationError
    var description: String { error.description }
}

/// Writes text to a file, creating missing folders: atomically for a plain file, through a symbolic
/// link, FIFO, device or standard stream (`AtomicFile` says how).
func write(_ text: String, to path: String) throws {
    try AtomicFile.write(Array(text.utf8), to: path, createFolders: true)
}

func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}

/// Runs a command body, mapping configuration errors and learnlint's own failures to exit code 2 with
/// a one-line (configuration: located) message.
func exitingOnConfigurationError<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let failure as ConfigurationFailure {
        // One line per mistake, each a `file:line:col` link.
        let mistakes = failure.error.all
        for mistake in mistakes.count > 1 ? mistakes : [failure.error] { printError("learnlint: " + mistake.description) }
        throw ExitCode(2)
    } catch let failure as CommandFailure {
        printError("learnlint: " + failure.description)
        throw ExitCode(2)
    }
}

/// Paths named on the command line that are not there: each one line, then exit 2.
func reportMissing(_ missing: [String], staged: Bool = false) throws {
    for path in missing {
        printError("learnlint: " + (staged ? "not in the git index: \(path)" : "no such file or folder: \(path)")
                + UsageHints.commandHint(forMissing: path))
    }
    guard missing.isEmpty else { throw ExitCode(2) }
}
