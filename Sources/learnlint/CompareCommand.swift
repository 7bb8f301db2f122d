import ArgumentParser
import LearnLintEngine
import LearnLintReporters

/// The formats of `compare`.
enum CompareFormat: String, RawValueArgument {
    case text, json, html
}

/// `learnlint compare A B`: the passages two documents share, as text, JSON or a side-by-side page.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Show the passages two documents share (longest common runs of words).",
        discussion: "Exit status: 0 when compared (shared passages or not), 2 when a document cannot be read.")

    @Option(name: .long, help: "Output format.")
    var format: CompareFormat = .text

    @Option(name: .long, help: ArgumentHelp("Write the report to a file instead of standard output.", valueName: "file"))
    var output: String?

    @Option(name: .customLong("min-words"), help: "Shortest shared run of words that counts as a passage.")
    var minWords: Int = 8

    @Argument(help: "The first document.")
    var first: String

    @Argument(help: "The second document.")
    var second: String

    func validate() throws {
        guard (2...1000).contains(minWords) else { throw ValidationError("--min-words must be from 2 to 1000") }
    }

    func run() throws {
        let comparison: DocumentComparison
        do {
            comparison = DocumentComparison(
                first: try .read(first), second: try .read(second), minimumWords: minWords)
        } catch {
            printError("learnlint: \(error)")
            throw ExitCode(2)
        }
        let text: String
        switch format {
        case .text: text = ComparisonTextReporter().render(comparison)
        case .json: text = ComparisonJSONReporter().render(comparison)
        case .html: text = ComparisonHTMLReporter().render(comparison)
        }
        if let output { try write(text, to: output) } else { print(text, terminator: "") }
    }
}
