import FoundationEssentials
import Glibc
import LearnLintConfiguration
import LearnLintCore

/// A document to check: where it is on disk and how reports name it.
public struct DocumentSource: Sendable, Hashable {
    /// Path as shown in reports: relative to the working folder when inside it, `/`-separated.
    public var displayPath: String
    /// Path relative to the folder named on the command line (for path-based contributor patterns).
    public var rootRelativePath: String
    public var absolutePath: String
    /// Why the document cannot be read, when discovery already knows (an unreadable folder, a FIFO
    /// named on the command line): it is then reported as `unreadable-document`, never opened.
    public var problem: String? = nil

    public init(displayPath: String, rootRelativePath: String, absolutePath: String) {
        self.displayPath = displayPath
        self.rootRelativePath = rootRelativePath
        self.absolutePath = absolutePath
    }
}

/// Finds the documents named on the command line: files as given, folders walked with the
/// configuration's include/exclude globs.
public struct DocumentDiscovery: Sendable {
    /// Folders never walked into, whatever the globs say.
    public static let skippedFolders: Set<String> = [".git", ".hg", ".svn", "node_modules", ".build", ".swiftpm"]

    public var selection: DocumentSelection
    public var workingDirectory: String
    /// Whether links to files outside the walked folder are followed (`--follow-symlinks`).
    public var followsLinksOut: Bool

    public init(selection: DocumentSelection, workingDirectory: String, followsLinksOut: Bool = false) {
        self.selection = selection
        self.workingDirectory = URL(fileURLWithPath: workingDirectory).standardizedFileURL.path
        self.followsLinksOut = followsLinksOut
    }

    /// Every document under `paths` (the working folder when empty), sorted and without repeats.
    ///
    /// A file named in `paths` is checked whatever its name — someone typed it — unless `forceExclude`
    /// (hooks and scripts that pass every changed file): then it too must match include/exclude, and
    /// the files it leaves out are listed in `notDocuments`.
    public func documents(in paths: [String], forceExclude: Bool = false)
        -> (documents: [DocumentSource], missing: [String], notDocuments: [String])
    {
        var found: [String: DocumentSource] = [:]
        var missing: [String] = []
        var notDocuments: [String] = []
        for path in paths.isEmpty ? ["."] : paths {
            let absolute = absolutePath(path)
            var isDirectory = false
            guard FileManager.default.fileExists(atPath: absolute, isDirectory: &isDirectory) else {
                missing.append(path)
                continue
            }
            if isDirectory {
                for source in walk(absolute) { found[source.displayPath] = source }
            } else {
                var source = DocumentSource(
                    displayPath: displayPath(absolute), rootRelativePath: displayPath(absolute), absolutePath: absolute)
                guard !forceExclude || selects(source.displayPath) else {
                    notDocuments.append(path)
                    continue
                }
                source.problem = DocumentDiscovery.specialFileProblem(absolute)
                found[source.displayPath] = source
            }
        }
        return (found.values.sorted { $0.displayPath < $1.displayPath }, missing, notDocuments)
    }

    /// Whether include/exclude select a path (report path, or relative to a walked folder).
    public func selects(_ paths: String...) -> Bool {
        selection.include.contains { glob in paths.contains { glob.matches($0) } }
            && !selection.exclude.contains { glob in paths.contains { glob.matches($0) } }
    }

    /// The path reports use for an absolute path.
    public func displayPath(_ absolute: String) -> String {
        let root = workingDirectory.hasSuffix("/") ? workingDirectory : workingDirectory + "/"
        if absolute.hasPrefix(root) { return String(absolute.dropFirst(root.count)) }
        return absolute
    }

    public func absolutePath(_ path: String) -> String {
        let joined = path.hasPrefix("/") ? path : workingDirectory + "/" + path
        return URL(fileURLWithPath: joined).standardizedFileURL.path
    }

    // MARK: - Private helpers

    /// Why a file named on the command line is not read: FIFOs (opening one waits for a writer
    /// forever), devices and sockets.
    static func specialFileProblem(_ absolute: String) -> String? {
        var info = stat()
        guard stat(absolute, &info) == 0 else { return nil }
        return info.st_mode & S_IFMT == S_IFREG ? nil : "it is not a regular file (a FIFO, device or socket); it was not read"
    }

    private func walk(_ root: String) -> [DocumentSource] {
        var result: [DocumentSource] = []
        let base = root.hasSuffix("/") ? String(root.dropLast()) : root
        DirectoryWalker.walk(
            base, followsLinksOut: followsLinksOut,
            skip: { name in DocumentDiscovery.skippedFolders.contains(name) || name.hasPrefix(".build") },
            unreadable: { relative, reason in
                // Its documents cannot be listed: the folder itself is reported, once.
                let absolute = relative.isEmpty ? base : base + "/" + relative
                var source = DocumentSource(
                    displayPath: displayPath(absolute), rootRelativePath: relative.isEmpty ? "." : relative, absolutePath: absolute)
                source.problem = "cannot open the folder (\(reason)); its documents were not checked"
                result.append(source)
            }
        ) { relative in
            let absolute = base + "/" + relative
            let display = displayPath(absolute)
            guard selects(display, relative) else { return }
            result.append(DocumentSource(displayPath: display, rootRelativePath: relative, absolutePath: absolute))
        }
        return result
    }
}
