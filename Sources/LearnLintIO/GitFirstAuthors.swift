import FoundationEssentials
import LearnLintConfiguration
import LearnLintCore

/// `contributors: [{git: first-author}]`: who first added each document, from one `git log` pass
/// per repository (never one per document), computed once per run.
public enum GitFirstAuthors {
    /// First author of each source that git knows, by display path.
    ///
    /// Documents are grouped by the repository holding them (the nearest folder above with a `.git`
    /// entry, so worktrees and submodules count as their own); each repository's history is read once.
    public static func authors(for sources: [DocumentSource]) -> [String: String] {
        var rootOfFolder: [String: String?] = [:]
        var byRoot: [String: [DocumentSource]] = [:]
        for source in sources {
            let folder = PathText.deletingLastComponent(source.absolutePath)
            guard let root = repositoryRoot(containing: folder, cache: &rootOfFolder) else { continue }
            byRoot[root, default: []].append(source)
        }
        var result: [String: String] = [:]
        for (root, members) in byRoot {
            let authors = firstAuthors(inRepository: root)
            guard !authors.isEmpty else { continue }
            let prefix = root.hasSuffix("/") ? root : root + "/"
            for source in members where source.absolutePath.hasPrefix(prefix) {
                if let author = authors[String(source.absolutePath.dropFirst(prefix.count))] {
                    result[source.displayPath] = author
                }
            }
        }
        return result
    }

    /// Repository-relative path → author of the commit that first added it (an empty map when the
    /// folder is not a repository or git is missing: the next contributor source then decides).
    public static func firstAuthors(inRepository root: String) -> [String: String] {
        // Oldest first, additions only, renames as additions, paths NUL-separated and unquoted;
        // %aN applies the repository's .mailmap.
        let arguments = [
            "git", "-C", root, "-c", "log.showSignature=false", "log", "--reverse", "--no-renames", "--diff-filter=A",
            "--format=%x1e%aN", "--name-only", "-z",
        ]
        guard let output = try? ChildProcess.run("/usr/bin/env", arguments, collectStandardError: false),
            output.succeeded
        else { return [:] }
        return parse(output.standardOutput)
    }

    /// Parses `git log --reverse --format=%x1e%aN --name-only -z`: records start with 0x1E, the
    /// author ends at the first NUL, then NUL-separated paths follow; the first author of a path wins.
    static func parse(_ data: [UInt8]) -> [String: String] {
        var result: [String: String] = [:]
        for record in data.split(separator: 0x1E, omittingEmptySubsequences: true) {
            let fields = record.split(separator: 0, omittingEmptySubsequences: false)
            guard let authorBytes = fields.first else { continue }
            let author = String(decoding: authorBytes, as: UTF8.self).trimming(.whitespaceAndNewlines)
            guard !author.isEmpty else { continue }
            for field in fields.dropFirst() {
                let path = String(decoding: field, as: UTF8.self).trimming(.newlines)
                if !path.isEmpty, result[path] == nil { result[path] = author }
            }
        }
        return result
    }

    // MARK: - Private helpers

    /// The nearest folder at or above `folder` that holds a `.git` entry (folder or worktree file).
    private static func repositoryRoot(containing folder: String, cache: inout [String: String?]) -> String? {
        var visited: [String] = []
        var current = folder
        var found: String?
        while true {
            if let known = cache[current] {
                found = known
                break
            }
            visited.append(current)
            if FileManager.default.fileExists(atPath: current + "/.git") {
                found = current
                break
            }
            let parent = PathText.deletingLastComponent(current)
            if parent == current || parent.isEmpty { break }
            current = parent
        }
        for path in visited { cache[path] = .some(found) }
        return found
    }
}

extension ContributorResolver {
    /// This resolver with first git authors for `sources` when a `git` source is configured.
    public func withGitAuthors(for sources: [DocumentSource]) -> ContributorResolver {
        guard sources.isEmpty == false, self.sources.contains(.git) else { return self }
        var resolver = self
        resolver.gitAuthors = GitFirstAuthors.authors(for: sources)
        return resolver
    }
}
