import FoundationEssentials
import LearnLintCore

/// The current text of the lines findings point at, read once per document, for fingerprints.
///
/// Documents are read again here (rather than kept from the run) because only the few that have
/// findings are needed, and corpus findings point at documents the run has long let go of.
public final class FindingLines {
    private let workingDirectory: String
    private let standardInput: (name: String, text: String)?
    private var cache: [String: LineIndex] = [:]

    public init(workingDirectory: String, standardInput: (name: String, text: String)? = nil) {
        self.workingDirectory = workingDirectory
        self.standardInput = standardInput
    }

    /// The text of a 1-based line of the document at a report path ("" when it cannot be read).
    public func text(path: String, line: Int) -> String {
        if let index = cache[path] { return index.text(ofLine: line) }
        let index = LineIndex(read(path))
        cache[path] = index
        return index.text(ofLine: line)
    }

    private func read(_ path: String) -> String {
        if let input = standardInput, input.name == path { return input.text }
        let absolute = path.hasPrefix("/") ? path : workingDirectory + "/" + path
        guard let data = FileManager.default.contents(atPath: absolute) else { return "" }
        return String(decoding: data, as: UTF8.self)
    }
}
