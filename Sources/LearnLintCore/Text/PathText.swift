/// Path arithmetic on strings, as `NSString`'s path functions did it (they are full Foundation only;
/// `URL` would make a relative path absolute, which changes what reports print).
package enum PathText {
    /// The path without its last component, as `NSString.deletingLastPathComponent`: runs of slashes
    /// count as one and a trailing slash is dropped first; `/a/b` → `/a`, `/a` → `/`, `a` → `` (empty),
    /// `a//b/` → `a`.
    package static func deletingLastComponent(_ path: String) -> String {
        let fixed = collapsingSlashes(path)
        guard fixed.count > 1, let slash = fixed.lastIndex(of: UInt8(ascii: "/")) else {
            return fixed == [UInt8(ascii: "/")] ? "/" : ""
        }
        return slash == 0 ? "/" : String(decoding: fixed[..<slash], as: UTF8.self)
    }

    /// The bytes with each run of slashes as one and no trailing slash (but `/` itself stays).
    private static func collapsingSlashes(_ path: String) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(path.utf8.count)
        for byte in path.utf8 where !(byte == UInt8(ascii: "/") && bytes.last == UInt8(ascii: "/")) {
            bytes.append(byte)
        }
        if bytes.count > 1, bytes.last == UInt8(ascii: "/") { bytes.removeLast() }
        return bytes
    }
}
