import CYAML

/// Loads YAML text into `YAMLNode`s with libyaml, keeping every node's line and column.
///
/// libyaml expands nothing itself: aliases are resolved here with a bound on the number of nodes
/// produced (a "billion laughs" file fails instead of eating memory), and duplicate mapping keys,
/// which libyaml accepts, are rejected.
public enum YAMLLoader {
    /// The most nodes one file may expand to, aliases included.
    public static let nodeLimit = 1_000_000

    public static func load(_ text: String, file: String) throws(ConfigurationError) -> YAMLNode? {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) != 0 else {
            throw .syntax(ConfigLocation(file: file, line: 1, column: 1), "cannot start the YAML parser")
        }
        defer { yaml_parser_delete(&parser) }
        let bytes = Array(text.utf8)
        var document = yaml_document_t()
        let loaded = bytes.withUnsafeBufferPointer { buffer -> Int32 in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            return yaml_parser_load(&parser, &document)
        }
        guard loaded != 0 else {
            let mark = parser.problem_mark
            let problem = parser.problem.map { String(cString: $0) } ?? "invalid YAML"
            let context = parser.context.map { String(cString: $0) + ", " } ?? ""
            throw .syntax(
                ConfigLocation(file: file, line: Int(mark.line) + 1, column: Int(mark.column) + 1),
                context + problem)
        }
        defer { yaml_document_delete(&document) }
        guard let root = yaml_document_get_root_node(&document) else { return nil }
        var converter = Converter(document: &document, file: file)
        return try converter.convert(root, depth: 0)
    }
}

private struct Converter {
    let document: UnsafeMutablePointer<yaml_document_t>
    let file: String
    var produced = 0

    init(document: UnsafeMutablePointer<yaml_document_t>, file: String) {
        self.document = document
        self.file = file
    }

    mutating func convert(_ node: UnsafeMutablePointer<yaml_node_t>, depth: Int) throws(ConfigurationError) -> YAMLNode {
        let location = ConfigLocation(
            file: file, line: Int(node.pointee.start_mark.line) + 1, column: Int(node.pointee.start_mark.column) + 1)
        produced += 1
        guard produced <= YAMLLoader.nodeLimit, depth < 200 else {
            throw .invalid(location, "the file expands to too many nodes (aliases nested too deeply?)")
        }
        switch node.pointee.type {
        case YAML_SCALAR_NODE:
            let scalar = node.pointee.data.scalar
            let text: String
            if let value = scalar.value {
                let buffer = UnsafeBufferPointer(start: value, count: scalar.length)
                text = String(decoding: buffer, as: UTF8.self)
            } else {
                text = ""
            }
            return YAMLNode(.scalar(text, plain: scalar.style == YAML_PLAIN_SCALAR_STYLE), at: location)
        case YAML_SEQUENCE_NODE:
            var items: [YAMLNode] = []
            var item = node.pointee.data.sequence.items.start
            while let current = item, current != node.pointee.data.sequence.items.top {
                if let child = yaml_document_get_node(document, current.pointee) {
                    items.append(try convert(child, depth: depth + 1))
                }
                item = current + 1
            }
            return YAMLNode(.sequence(items), at: location)
        case YAML_MAPPING_NODE:
            var pairs: [(key: YAMLNode, value: YAMLNode)] = []
            var seen: [String: ConfigLocation] = [:]
            var pair = node.pointee.data.mapping.pairs.start
            while let current = pair, current != node.pointee.data.mapping.pairs.top {
                if let keyNode = yaml_document_get_node(document, current.pointee.key),
                    let valueNode = yaml_document_get_node(document, current.pointee.value)
                {
                    let key = try convert(keyNode, depth: depth + 1)
                    if let name = key.scalar {
                        if let first = seen[name] {
                            throw .duplicateKey(key.location, name, first: first)
                        }
                        seen[name] = key.location
                    }
                    pairs.append((key, try convert(valueNode, depth: depth + 1)))
                }
                pair = current + 1
            }
            return YAMLNode(.mapping(pairs), at: location)
        default:
            return YAMLNode(.scalar("", plain: true), at: location)
        }
    }
}
