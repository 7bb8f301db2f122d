/// YAML front matter at the top of a document (`---` … `---`), read with the same YAML loader as
/// the configuration; its lines are blanked before Markdown parsing so numbering stays exact.
public struct FrontMatter: Sendable {
    /// Top-level scalar fields (`author: alice`).
    public var fields: [String: String]
    /// The lines the front matter occupies, fences included.
    public var lines: ClosedRange<Int>

    /// Splits front matter off `text`; returns it (if any) and the text with those lines blanked.
    static func extract(from text: String) -> (FrontMatter?, String) {
        guard text.hasPrefix("---\n") || text.hasPrefix("---\r\n") else { return (nil, text) }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var closing: Int?
        for index in 1..<lines.count {
            let line = lines[index].trimmingSuffix("\r")
            if line == "---" || line == "..." {
                closing = index
                break
            }
        }
        guard let closing else { return (nil, text) }
        let yaml = lines[1..<closing].joined(separator: "\n")
        var fields: [String: String] = [:]
        if let node = try? YAMLLoader.load(yaml, file: "front matter"), case .mapping(let pairs) = node.value {
            for pair in pairs {
                if let key = pair.key.scalar, let value = pair.value.scalar { fields[key] = value }
            }
        }
        for index in 0...closing {
            lines[index] = lines[index].hasSuffix("\r") ? "\r" : ""
        }
        return (FrontMatter(fields: fields, lines: 1...(closing + 1)), lines.joined(separator: "\n"))
    }
}

extension Substring {
    fileprivate func trimmingSuffix(_ suffix: String) -> Substring {
        hasSuffix(suffix) ? dropLast(suffix.count) : self
    }
}
