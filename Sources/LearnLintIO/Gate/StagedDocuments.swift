
/// A document whose bytes were read from somewhere other than the work tree.
public struct StagedDocument: Sendable {
    public var source: DocumentSource
    public var bytes: [UInt8]

    public init(source: DocumentSource, bytes: [UInt8]) {
        self.source = source
        self.bytes = bytes
    }
}

/// `check --staged`: the documents as they are in the git index — what `git commit` records — not as
/// they are in the work tree, where a half-staged file may look finished. A pre-commit hook that read
/// the work tree would pass a commit whose README lacks the section only the unstaged edit adds.
public enum StagedDocuments {
    /// What the index holds for `paths` (the working folder when empty): files named exactly are taken
    /// whatever their name unless `forceExclude`; files found under a named folder must match
    /// include/exclude. A path the index does not hold is `missing`.
    public static func read(
        _ paths: [String], in directory: String, discovery: DocumentDiscovery, forceExclude: Bool
    ) throws(Git.Failure) -> (documents: [StagedDocument], missing: [String], notDocuments: [String]) {
        let arguments = paths.isEmpty ? ["."] : paths
        var entries: [(path: String, object: String)] = []
        var seen: Set<String> = []
        var missing: [String] = []
        var notDocuments: [String] = []
        for argument in arguments {
            // `ls-files` prints paths relative to the folder git runs in, which is where reports name them.
            let listed = try Git.paths(["--literal-pathspecs", "ls-files", "--stage", "-z", "--", argument], in: directory)
                .compactMap(entry)
            guard !listed.isEmpty else {
                missing.append(argument)
                continue
            }
            let exact = discovery.displayPath(discovery.absolutePath(argument))
            for item in listed where !seen.contains(item.path) {
                if item.path == exact {
                    guard !forceExclude || discovery.selects(item.path) else {
                        notDocuments.append(argument)
                        continue
                    }
                } else {
                    let skipped = item.path.split(separator: "/").dropLast().contains {
                        DocumentDiscovery.skippedFolders.contains(String($0))
                    }
                    guard !skipped, discovery.selects(item.path) else { continue }
                }
                seen.insert(item.path)
                entries.append(item)
            }
        }
        entries.sort { $0.path < $1.path }
        let contents = try blobs(entries.map(\.object), in: directory)
        var documents: [StagedDocument] = []
        for (index, item) in entries.enumerated() where index < contents.count {
            let source = DocumentSource(
                displayPath: item.path, rootRelativePath: item.path, absolutePath: discovery.absolutePath(item.path))
            documents.append(StagedDocument(source: source, bytes: contents[index]))
        }
        return (documents, missing, notDocuments)
    }

    // MARK: - Private helpers

    /// `MODE OBJECT STAGE\tPATH` of a regular file at stage 0 (links, submodules and conflicts are skipped).
    private static func entry(_ line: String) -> (path: String, object: String)? {
        guard let tab = line.firstIndex(of: "\t") else { return nil }
        let fields = line[..<tab].split(separator: " ")
        guard fields.count == 3, fields[0].hasPrefix("100"), fields[2] == "0" else { return nil }
        return (String(line[line.index(after: tab)...]), String(fields[1]))
    }

    /// The bytes of each object, in order, from one `git cat-file --batch` (object ids carry no
    /// newline, so the request is safe whatever the file names).
    private static func blobs(_ objects: [String], in directory: String) throws(Git.Failure) -> [[UInt8]] {
        guard !objects.isEmpty else { return [] }
        let request = Array(objects.map { $0 + "\n" }.joined().utf8)
        let output = try Git.run(["cat-file", "--batch"], in: directory, input: request)
        var result: [[UInt8]] = []
        var cursor = 0
        while cursor < output.count, result.count < objects.count {
            // Header: `OBJECT TYPE SIZE\n`, then SIZE bytes, then `\n`.
            guard let newline = output[cursor...].firstIndex(of: 0x0A) else { break }
            let header = String(decoding: output[cursor..<newline], as: UTF8.self).split(separator: " ")
            guard header.count == 3, let size = Int(header[2]), size >= 0, newline + 1 <= output.count - size else {
                throw Git.Failure(message: "cannot read the staged content of a file from git")
            }
            let start = newline + 1
            result.append(Array(output[start..<(start + size)]))
            cursor = start + size + 1
        }
        return result
    }
}
