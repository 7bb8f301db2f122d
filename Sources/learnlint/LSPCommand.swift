import ArgumentParser
import LearnLintLSP

/// `learnlint lsp`: a language server over standard input and output, for editors.
struct LSPCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lsp", abstract: "Run a language server over stdio: live findings, quick fixes, explanations.")

    func run() throws {
        let status = StdioTransport.run()
        if status != 0 { throw ExitCode(status) }
    }
}
