import FoundationEssentials
import Glibc

/// The words for a failed file operation, where Foundation's `localizedDescription` (full Foundation
/// only) used to give them.
package enum FileSystemError {
    /// The POSIX error in or under `error` (a `FileManager` error wraps one), if any.
    package static func posixCode(in error: any Error) -> POSIXErrorCode? {
        var current: (any Error)? = error
        while let next = current {
            if let posix = next as? POSIXError { return posix.code }
            current = (next as? CocoaError)?.underlying
        }
        return nil
    }

    /// The system's own words for that POSIX error, in lower case ("permission denied"); else the
    /// error's first line.
    package static func reason(_ error: any Error) -> String {
        if let code = posixCode(in: error), let text = strerror(code.rawValue) { return String(cString: text).lowercased() }
        return String(describing: error).split(separator: "\n").first.map(String.init) ?? "unknown error"
    }
}
