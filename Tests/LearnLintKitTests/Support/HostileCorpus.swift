import Foundation
import LearnLintTestSupport

/// A corpus whose folder names and headings try to break out of every report format: workflow-command
/// openers, percent escapes, `,` and `:`, CR/LF, XML markup, a CDATA end, and a control character that
/// XML 1.0 forbids. Created in a temporary folder (git should not carry such names).
enum HostileCorpus {
    /// Folder names, each holding a README.md.
    static let folders = [
        "we:ird,dir%0A%25", "line\nbreak::error::folder", "carriage\rreturn", "esc\u{1B}ape&<x>", "日本語 notes",
    ]

    static let document = """
        # Notes ::error::pwned

        ## Key Technologies
        - A ::warning file=x::y
        - B %0A::error::injected
        - C `code`

        ## Challenges <b>&"'</b> ]]> \u{1B} ::error::x,y:z %25 @octocat #1 | pipe

        ## Challenges <b>&"'</b> ]]> \u{1B} ::error::x,y:z %25 @octocat #1 | pipe

        Text.
        """

    /// Creates the corpus; the caller removes the folder.
    static func make() throws -> URL {
        let folder = try temporaryFolder()
        for name in folders {
            try writeFile(document, "\(name)/README.md", in: folder)
        }
        return folder
    }
}
