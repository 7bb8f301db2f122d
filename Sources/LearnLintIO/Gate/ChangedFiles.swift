import LearnLintCore

/// `--changed-since REF`: the files a branch changed, as a pull request would show them.
public enum ChangedFiles {
    /// Paths, relative to `directory` and `/`-separated, of files changed since `ref`: committed since
    /// the branch forked from `ref` (`git merge-base`), staged, unstaged, and untracked (not ignored).
    /// Deleted files are left out: there is nothing to check.
    ///
    /// Only files inside `directory` are listed (git's `--relative`), which is where reports name them.
    public static func since(_ ref: String, in directory: String) throws(Git.Failure) -> Set<String> {
        do {
            _ = try Git.run(["rev-parse", "--verify", "--quiet", "--end-of-options", ref + "^{commit}"], in: directory)
        } catch {
            // `--quiet` leaves stderr empty for an unknown ref; outside a repository git still explains.
            let reason = error.message.hasPrefix("git ") ? "unknown revision '\(ref)'" : error.message
            throw Git.Failure(message: "--changed-since: \(reason)")
        }
        // A shallow clone may lack the fork point: then compare with the ref itself.
        let base = (try? Git.run(["merge-base", ref, "HEAD"], in: directory))
            .map { String(decoding: $0, as: UTF8.self).trimming(.whitespaceAndNewlines) }
            .flatMap { $0.isEmpty ? nil : $0 } ?? ref
        var paths = Set(
            try Git.paths(["diff", "--name-only", "-z", "--relative", "--no-renames", "--diff-filter=d", base, "--"], in: directory))
        paths.formUnion(try Git.paths(["ls-files", "-z", "--others", "--exclude-standard"], in: directory))
        return paths
    }
}
