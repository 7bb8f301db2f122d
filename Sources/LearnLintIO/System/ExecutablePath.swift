import Glibc

/// Where the running learnlint binary is, links resolved (what `Bundle.main.executableURL` gave,
/// without full Foundation): the pre-commit hook calls this binary first.
package enum ExecutablePath {
    /// The binary's real path, from `/proc/self/exe`; nil where the system does not say.
    package static var current: String? {
        guard let resolved = realpath("/proc/self/exe", nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
