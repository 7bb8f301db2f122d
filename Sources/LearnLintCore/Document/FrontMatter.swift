/// YAML front matter at the top of a document (`---` … `---`), read with the same YAML loader as
/// the configuration; its lines are blanked before Markdown parsing so numbering stays exact.
public struct FrontMatter: Sendable {
    /// Top-level scalar fields (`author: alice`).
    public var fields: [String: String]
    /// The lines the front matter occupies, fences included.
    public var lines: ClosedRange<Int>

    /// Splits front matter off `text`; returns it (if any) and the text with those lines blanked.
    ///
    /// Lines end as cmark ends them — at `\n`, `\r\n` or a lone `\r` (classic Mac text) — so the fences
    /// are found, and the blanked lines keep their own line ends, whatever the document uses.
    static func extract(from text: String) -> (FrontMatter?, String) {
        let bytes = text.utf8
        var lines: [Line] = []
        var start = bytes.startIndex
        while start < bytes.endIndex {
            let line = Line(in: bytes, from: start)
            lines.append(line)
            if lines.count == 1, !(line.isFence(in: bytes, closing: false) && line.hasTerminator) {
                return (nil, text)
            }
            if lines.count > 1, line.isFence(in: bytes, closing: true) { return split(text, lines) }
            start = line.end
        }
        return (nil, text)
    }

    /// The front matter between the first and last of `lines`, and `text` with them blanked.
    private static func split(_ text: String, _ lines: [Line]) -> (FrontMatter?, String) {
        let bytes = text.utf8
        let yaml = lines.dropFirst().dropLast().map { String(decoding: bytes[$0.start..<$0.contentEnd], as: UTF8.self) }
            .joined(separator: "\n")
        var fields: [String: String] = [:]
        if let node = try? YAMLLoader.load(yaml, file: "front matter"), case .mapping(let pairs) = node.value {
            for pair in pairs {
                if let key = pair.key.scalar, let value = pair.value.scalar { fields[key] = value }
            }
        }
        var blanked = ""
        for line in lines { blanked += String(decoding: bytes[line.contentEnd..<line.end], as: UTF8.self) }
        if let last = lines.last { blanked += String(decoding: bytes[last.end...], as: UTF8.self) }
        return (FrontMatter(fields: fields, lines: 1...lines.count), blanked)
    }

    /// One line of the text: its content, then its line end (empty on a last line without one).
    private struct Line {
        var start: String.UTF8View.Index
        var contentEnd: String.UTF8View.Index
        var end: String.UTF8View.Index

        init(in bytes: String.UTF8View, from start: String.UTF8View.Index) {
            self.start = start
            var index = start
            while index < bytes.endIndex, bytes[index] != UInt8(ascii: "\n"), bytes[index] != UInt8(ascii: "\r") {
                index = bytes.index(after: index)
            }
            contentEnd = index
            if index < bytes.endIndex, bytes[index] == UInt8(ascii: "\r") { index = bytes.index(after: index) }
            if index < bytes.endIndex, bytes[index] == UInt8(ascii: "\n") { index = bytes.index(after: index) }
            end = index
        }

        var hasTerminator: Bool { contentEnd < end }

        /// `---` opens front matter; `---` or `...` closes it.
        func isFence(in bytes: String.UTF8View, closing: Bool) -> Bool {
            let content = bytes[start..<contentEnd]
            return content.elementsEqual("---".utf8) || (closing && content.elementsEqual("...".utf8))
        }
    }
}
