import FoundationEssentials

/// Between the `file://` URIs of the protocol and the paths the linter reads.
enum DocumentURI {
    /// The absolute, standardised path of a `file:` URI (percent-escapes decoded); nil for other schemes
    /// (`untitled:` buffers have no rules file and are not checked).
    static func path(of uri: String) -> String? {
        guard let url = URL(string: uri), url.isFileURL else { return nil }
        let path = url.standardizedFileURL.path
        return path.isEmpty ? nil : path
    }

    /// The `file:` URI of an absolute path.
    static func uri(ofPath path: String) -> String {
        URL(fileURLWithPath: path).absoluteString
    }

    /// The file name of a URI's path (`rules.yaml`).
    static func fileName(of uri: String) -> String? {
        path(of: uri).map { URL(fileURLWithPath: $0).lastPathComponent }
    }
}
