import ArgumentParser
import FoundationEssentials
import Glibc
import LearnLintIO

/// A failure of learnlint itself (not a finding): printed as one line `learnlint: …`, exit 2, so no CI
/// script can mistake it for exit 1, "the documents have findings".
struct CommandFailure: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = description
    }

    /// A failed write of `path`, in words a user can act on (never Foundation's `NSCocoaErrorDomain …`).
    static func cannotWrite(_ path: String, _ error: any Error) -> CommandFailure {
        CommandFailure("cannot write '\(path)': \(reason(error, path: path))")
    }

    /// Why an operation on `path` failed: the folder case first (the commonest mistake with --output),
    /// then the system's own words for the underlying POSIX error.
    static func reason(_ error: any Error, path: String? = nil) -> String {
        var isFolder = false
        if let path, FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder {
            return "it is a folder"
        }
        // learnlint's own writes already say why, in words (a read-only file, a link out of the tree).
        if let failure = error as? AtomicFile.Failure { return failure.reason }
        if let path {
            let manager = FileManager.default
            let parent = URL(fileURLWithPath: path).deletingLastPathComponent().path
            if manager.fileExists(atPath: path), !manager.isWritableFile(atPath: path) { return "permission denied" }
            if manager.fileExists(atPath: parent), !manager.isWritableFile(atPath: parent) {
                return "the folder '\(parent)' is not writable"
            }
        }
        // A file-system error, or the POSIX error under one: the system's own words.
        if let code = FileSystemError.posixCode(in: error) {
            if code == .ENOENT, let path, FileManager.default.fileExists(atPath: path) {
                // The file is there: it is the temporary copy beside it (atomic writes) that failed.
                return "it cannot be replaced (the system refused a file beside it; is it a special file?)"
            }
            return FileSystemError.reason(error)
        }
        if let failure = error as? CommandFailure { return failure.description }
        if let cocoa = error as? CocoaError {
            switch cocoa.code {
            case .fileWriteNoPermission, .fileReadNoPermission: return "permission denied"
            case .fileWriteOutOfSpace: return "no space left on the device"
            case .fileWriteVolumeReadOnly: return "the file system is read-only"
            case .fileNoSuchFile, .fileReadNoSuchFile:
                if let path, FileManager.default.fileExists(atPath: path) {
                    return "it cannot be replaced (the system refused a file beside it; is it a special file?)"
                }
                return "no such file or folder"
            default: return "the system refused (NSCocoaErrorDomain \(cocoa.code.rawValue))"
            }
        }
        return String(describing: error).split(separator: "\n").first.map(String.init) ?? "unknown error"
    }
}

/// Writes a report (or another file learnlint produces), turning any failure into a `CommandFailure`.
func writeFile(_ text: String, to path: String) throws {
    do {
        try write(text, to: path)
    } catch {
        throw CommandFailure.cannotWrite(path, error)
    }
}
