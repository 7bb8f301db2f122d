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
/// Links to folders are not followed (no loops); links to files are listed.
enum DirectoryWalker {
    /// Calls `visit` with each file's path relative to `root`; `skip` prunes folders by name.
    static func walk(_ root: String, skip: (String) -> Bool, visit: (String) -> Void) {
        var pending: [String] = [""]
        while let relative = pending.popLast() {
            let folder = relative.isEmpty ? root : root + "/" + relative
            guard let directory = opendir(folder) else { continue }
            defer { closedir(directory) }
            var children: [(String, Bool)] = []
            while let entry = readdir(directory) {
                let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                    pointer.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
                }
                if name == "." || name == ".." { continue }
                let path = relative.isEmpty ? name : relative + "/" + name
                switch kind(of: entry.pointee.d_type, at: root + "/" + path) {
                case .folder: if !skip(name) { children.append((path, true)) }
                case .file: children.append((path, false))
                case .other: continue
                }
            }
            for (path, isFolder) in children.sorted(by: { $0.0 > $1.0 }) {
                if isFolder { pending.append(path) } else { visit(path) }
            }
        }
    }

    private enum Kind { case folder, file, other }

    private static func kind(of type: UInt8, at path: String) -> Kind {
        switch Int32(type) {
        case Int32(DT_DIR): return .folder
        case Int32(DT_REG): return .file
        case Int32(DT_LNK):
            var info = stat()
            guard stat(path, &info) == 0 else { return .other }
            return (info.st_mode & S_IFMT) == S_IFREG ? .file : .other
        case Int32(DT_UNKNOWN):
            var info = stat()
            guard lstat(path, &info) == 0 else { return .other }
            if (info.st_mode & S_IFMT) == S_IFDIR { return .folder }
            return (info.st_mode & S_IFMT) == S_IFREG ? .file : .other
        default: return .other
        }
    }
}
