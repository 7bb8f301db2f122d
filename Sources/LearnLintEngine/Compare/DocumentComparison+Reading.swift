import FoundationEssentials
import LearnLintIO
import LearnLintCore

extension DocumentComparison.Side {
    /// Why a document cannot be compared, worded for the command line.
    public struct ReadError: Error, CustomStringConvertible {
        public var description: String
    }

    /// Reads and decodes a document as `check` does (strict UTF-8, a size limit).
    public static func read(_ path: String, maxBytes: Int = 1_048_576) throws(ReadError) -> Self {
        switch DocumentReader.read(path, maxBytes: maxBytes) {
        case .success(let text): return Self(path: path, text: text)
        case .failure(.unreadable(let reason)): throw ReadError(description: "\(path): \(reason)")
        case .failure(.tooLarge(let size, let limit)): throw ReadError(description: "\(path): \(size) bytes, over the limit of \(limit)")
        case .failure(.invalidUTF8(let at)): throw ReadError(description: "\(path):\(at.line):\(at.column): not valid UTF-8")
        }
    }
}
