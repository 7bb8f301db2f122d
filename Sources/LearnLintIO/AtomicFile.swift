import FoundationEssentials
import Glibc
import LearnLintCore

/// Writes files without damaging what the path names.
///
/// - A plain file (one name, our owner) is replaced atomically: the bytes go to a temporary file in
///   the same folder, which is flushed, given the original's mode and renamed over it. A reader, or a
///   crash, sees the old file or the new one, never half of it.
/// - A symbolic link stays a link: its target is written (atomically when the target is a plain file).
/// - A FIFO, a device (`/dev/null`) or a standard stream (`/dev/stdout`, `/dev/fd/N`) is written
///   *through*, never replaced: as root, replacing `/dev/null` would break the machine.
/// - A file with other hard links, or owned by another user or group, is rewritten in place once a
///   temporary copy of the new bytes has been written and read back, so its links, owner and mode
///   stay and a full disk fails before the original is touched.
///
/// Temporary files are named `.learnlint-tmp-XXXXXX` (no extension, skipped by document discovery), so
/// one left behind by a killed run is never linted as a document.
public enum AtomicFile {
    /// Why a file could not be written.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "cannot write '\(path)': \(reason)" }
    }

    /// The prefix of every temporary file learnlint creates.
    public static let temporaryPrefix = ".learnlint-tmp-"

    /// Writes `bytes` to `path` as described above; missing folders are created when asked.
    public static func write(_ bytes: [UInt8], to path: String, createFolders: Bool = false, newFileMode: mode_t? = nil)
        throws(Failure)
    {
        if let descriptor = standardStream(path) {
            try writeAll(bytes, to: descriptor, path: path)
            return
        }
        var info = stat()
        guard lstat(path, &info) == 0 else {
            guard errno == ENOENT else { throw Failure(path: path, reason: errorText()) }
            if createFolders { try makeFolders(containing: path) }
            try replace(path, with: bytes, mode: newFileMode ?? defaultMode(), reported: path)
            return
        }
        var target = path
        if isKind(info, S_IFLNK) {
            // Follow the link (all of its hops) to what it names; a dangling link is written through,
            // which creates its target.
            guard let resolved = realPath(path), stat(resolved, &info) == 0 else {
                try writeThrough(bytes, to: path)
                return
            }
            target = resolved
        }
        guard isKind(info, S_IFREG) else {
            try writeThrough(bytes, to: target)
            return
        }
        if info.st_nlink > 1 || info.st_uid != geteuid() || info.st_gid != getegid() {
            try rewriteInPlace(bytes, at: target, reported: path)
        } else {
            try replace(target, with: bytes, mode: info.st_mode & 0o7777, reported: path)
        }
    }

    /// Rewrites an existing document (`fix`): refused when the file is read-only, no longer holds
    /// `original`, or (through a link) lies outside `root`; otherwise written like `write(_:to:)`.
    public static func rewrite(_ bytes: [UInt8], replacing original: [UInt8], at path: String, within root: String?)
        throws(Failure)
    {
        var link = stat()
        guard lstat(path, &link) == 0, let resolved = realPath(path) else { throw Failure(path: path, reason: errorText()) }
        if isKind(link, S_IFLNK), let root, let base = realPath(root), !(resolved == base || resolved.hasPrefix(base + "/")) {
            throw Failure(path: path, reason: "it is a symbolic link to '\(resolved)', outside '\(root)'; learnlint does not change it")
        }
        var info = stat()
        guard stat(resolved, &info) == 0, isKind(info, S_IFREG) else {
            throw Failure(path: path, reason: "it is not a regular file")
        }
        guard info.st_mode & 0o222 != 0, access(resolved, W_OK) == 0 else {
            throw Failure(path: path, reason: "it is read-only; make it writable to fix it")
        }
        guard let current = FileManager.default.contents(atPath: resolved), current.elementsEqual(original) else {
            throw Failure(path: path, reason: "it changed while learnlint was fixing it; run `learnlint fix` again")
        }
        try write(bytes, to: resolved)
    }

    // MARK: - Private helpers

    /// `/dev/stdout`, `/dev/stderr`, `/dev/fd/N`, `/proc/self/fd/N`: the descriptor itself, so a report
    /// sent there joins the stream (opening the path again would truncate a file standard output
    /// appends to, and replacing it would lose the report).
    private static func standardStream(_ path: String) -> Int32? {
        switch path {
        case "/dev/stdout": return STDOUT_FILENO
        case "/dev/stderr": return STDERR_FILENO
        default:
            for prefix in ["/dev/fd/", "/proc/self/fd/"] where path.hasPrefix(prefix) {
                if let number = Int32(path.dropFirst(prefix.count)), number >= 0 { return number }
            }
            return nil
        }
    }

    /// The atomic path: temporary file, flush, mode, rename.
    private static func replace(_ target: String, with bytes: [UInt8], mode: mode_t, reported: String) throws(Failure) {
        let (descriptor, temporary) = try makeTemporary(beside: target, reported: reported)
        var finished = false
        defer {
            if !finished { unlink(temporary) }
        }
        do {
            try writeAll(bytes, to: descriptor, path: reported)
        } catch {
            close(descriptor)
            throw error
        }
        guard fchmod(descriptor, mode) == 0, fsync(descriptor) == 0 else {
            let reason = errorText()
            close(descriptor)
            throw Failure(path: reported, reason: reason)
        }
        close(descriptor)
        guard rename(temporary, target) == 0 else { throw Failure(path: reported, reason: errorText()) }
        finished = true
    }

    /// The in-place path for files whose identity must stay (hard links, another owner): the new bytes
    /// are first written to a temporary file and read back, then over the original, which is truncated
    /// to their length.
    private static func rewriteInPlace(_ bytes: [UInt8], at target: String, reported: String) throws(Failure) {
        let (scratch, temporary) = try makeTemporary(beside: target, reported: reported)
        defer {
            close(scratch)
            unlink(temporary)
        }
        try writeAll(bytes, to: scratch, path: reported)
        guard fsync(scratch) == 0 else { throw Failure(path: reported, reason: errorText()) }
        guard let copy = FileManager.default.contents(atPath: temporary), copy.elementsEqual(bytes) else {
            throw Failure(path: reported, reason: "the temporary copy did not read back intact")
        }
        let descriptor = open(target, O_WRONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw Failure(path: reported, reason: errorText()) }
        defer { close(descriptor) }
        try writeAll(bytes, to: descriptor, path: reported)
        guard ftruncate(descriptor, off_t(bytes.count)) == 0, fsync(descriptor) == 0 else {
            throw Failure(path: reported, reason: errorText())
        }
    }

    /// Opens (creating a missing regular file) and writes through: FIFOs, devices, dangling links.
    private static func writeThrough(_ bytes: [UInt8], to path: String) throws(Failure) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw Failure(path: path, reason: errorText()) }
        defer { close(descriptor) }
        try writeAll(bytes, to: descriptor, path: path)
    }

    private static func makeTemporary(beside target: String, reported: String) throws(Failure) -> (Int32, String) {
        let folder = PathText.deletingLastComponent(target)
        var template = Array("\(folder.isEmpty ? "." : folder)/\(temporaryPrefix)XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress.map { mkstemp($0) } ?? -1
        }
        guard descriptor >= 0 else { throw Failure(path: reported, reason: errorText()) }
        return (descriptor, String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self))
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) throws(Failure) {
        guard FileDescriptor.writeAll(bytes, to: descriptor) else { throw Failure(path: path, reason: errorText()) }
    }

    private static func makeFolders(containing path: String) throws(Failure) {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw Failure(path: path, reason: "cannot create its folder")
        }
    }

    /// What `open(…, 0o666)` would give a new file under the current umask.
    private static func defaultMode() -> mode_t {
        let mask = umask(0o022)
        umask(mask)
        return 0o666 & ~mask
    }

    private static func isKind(_ info: stat, _ kind: mode_t) -> Bool { info.st_mode & S_IFMT == kind }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    private static func errorText() -> String {
        String(cString: strerror(errno))
    }
}
