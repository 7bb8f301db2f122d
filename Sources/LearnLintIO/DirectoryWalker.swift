#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Lists the regular files under a folder with `readdir`, which tells a file's type without a `stat`
/// per entry (Foundation's enumerator asks for resource values of each, a large share of a run).
///
/// Links to folders are not followed (no loops). A link to a file is listed when its target lies inside
/// the walked folder; a link out of it (`README.md -> /proc/self/environ`) is skipped unless
/// `followsLinksOut` is set, so a pull request cannot make CI read, and report, files of the machine.
/// FIFOs, devices and sockets are never listed; a sub-folder that cannot be opened is passed to
/// `unreadable` rather than skipped in silence.
enum DirectoryWalker {
    /// Calls `visit` with each file's path relative to `root`; `skip` prunes folders by name.
    static func walk(
        _ root: String, followsLinksOut: Bool = false, skip: (String) -> Bool,
        unreadable: (_ relative: String, _ reason: String) -> Void = { _, _ in },
        visit: (String) -> Void
    ) {
        let realRoot = realPath(root) ?? root
        var pending: [String] = [""]
        while let relative = pending.popLast() {
            let folder = relative.isEmpty ? root : root + "/" + relative
            guard let directory = opendir(folder) else {
                unreadable(relative, String(cString: strerror(errno)))
                continue
            }
            defer { closedir(directory) }
            var children: [(String, Bool)] = []
            while let entry = readdir(directory) {
                let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                    pointer.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
                }
                if name == "." || name == ".." { continue }
                let path = relative.isEmpty ? name : relative + "/" + name
                switch kind(of: entry.pointee.d_type, at: root + "/" + path, realRoot: realRoot, followsLinksOut: followsLinksOut) {
                case .folder: if !skip(name) { children.append((path, true)) }
                case .file: if !name.hasPrefix(AtomicFile.temporaryPrefix) { children.append((path, false)) }
                case .other: continue
                }
            }
            for (path, isFolder) in children.sorted(by: { $0.0 > $1.0 }) {
                if isFolder { pending.append(path) } else { visit(path) }
            }
        }
    }

    private enum Kind { case folder, file, other }

    private static func kind(of type: UInt8, at path: String, realRoot: String, followsLinksOut: Bool) -> Kind {
        switch Int32(type) {
        case Int32(DT_DIR): return .folder
        case Int32(DT_REG): return .file
        case Int32(DT_LNK):
            var info = stat()
            guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return .other }
            if followsLinksOut { return .file }
            guard let target = realPath(path), target.hasPrefix(realRoot.hasSuffix("/") ? realRoot : realRoot + "/") else {
                return .other
            }
            return .file
        case Int32(DT_UNKNOWN):
            var info = stat()
            guard lstat(path, &info) == 0 else { return .other }
            if (info.st_mode & S_IFMT) == S_IFDIR { return .folder }
            if (info.st_mode & S_IFMT) == S_IFLNK { return kind(of: UInt8(DT_LNK), at: path, realRoot: realRoot, followsLinksOut: followsLinksOut) }
            return (info.st_mode & S_IFMT) == S_IFREG ? .file : .other
        default: return .other
        }
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
