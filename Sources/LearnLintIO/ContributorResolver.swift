import LearnLintCore
import LearnLintConfiguration

/// Names a document's contributor from the configured sources; the first that yields a name wins.
public struct ContributorResolver: Sendable {
    public var sources: [ContributorSource]
    /// First git author per display path, when a `git` source is configured (computed once per run).
    public var gitAuthors: [String: String]

    public init(sources: [ContributorSource], gitAuthors: [String: String] = [:]) {
        self.sources = sources
        self.gitAuthors = gitAuthors
    }

    public func contributor(for source: DocumentSource, frontMatter: FrontMatter?) -> String? {
        for kind in sources {
            switch kind {
            case .frontMatter(let key):
                if let name = frontMatter?.fields[key]?.trimmed, !name.isEmpty { return name }
            case .path(let glob):
                if let name = glob.capture(source.displayPath)?["name"] ?? glob.capture(source.rootRelativePath)?["name"],
                    !name.isEmpty
                {
                    return name
                }
            case .git:
                if let name = gitAuthors[source.displayPath] { return name }
            case .folder:
                if let name = folderName(source) { return name }
            }
        }
        return nil
    }

    /// The name of the folder holding the document (for `owner/repo/README.md`, the repo).
    private func folderName(_ source: DocumentSource) -> String? {
        let parts = source.displayPath.split(separator: "/")
        if parts.count >= 2 { return String(parts[parts.count - 2]) }
        let absolute = source.absolutePath.split(separator: "/")
        return absolute.count >= 2 ? String(absolute[absolute.count - 2]) : nil
    }
}
