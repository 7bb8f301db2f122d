import CYAML

/// Loads YAML text into `YAMLNode`s with libyaml, keeping every node's line and column.
///
/// The tree is built from libyaml's *events*, not from `yaml_parser_load`'s document: limits on
/// nesting depth and on the number of nodes then stop a hostile file as soon as it crosses them
/// (100,000 nested `[` fail after the first few hundred, in microseconds) instead of after libyaml
/// has built, slowly, the whole tree. Aliases are expanded here under the same node limit (a
/// "billion laughs" file fails instead of eating memory), and duplicate mapping keys, which libyaml
/// accepts, are rejected. Only the first document of a stream is read.
public enum YAMLLoader {
    /// The most nodes one file may expand to, aliases included.
    public static let nodeLimit = 1_000_000
    /// The deepest nesting of lists and mappings (aliases included); rules files need fewer than ten.
    public static let depthLimit = 200

    public static func load(_ text: String, file: String) throws(ConfigurationError) -> YAMLNode? {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) != 0 else {
            throw .syntax(ConfigLocation(file: file, line: 1, column: 1), "cannot start the YAML parser")
        }
        defer { yaml_parser_delete(&parser) }
        var bytes = Array(text.utf8)
        if bytes.isEmpty { bytes = [UInt8(ascii: "\n")] }
        return try bytes.withUnsafeBufferPointer { buffer throws(ConfigurationError) -> YAMLNode? in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var builder = TreeBuilder(file: file)
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) != 0 else {
                    let mark = parser.problem_mark
                    let problem = parser.problem.map { String(cString: $0) } ?? "invalid YAML"
                    let context = parser.context.map { String(cString: $0) + ", " } ?? ""
                    throw .syntax(
                        ConfigLocation(file: file, line: Int(mark.line) + 1, column: Int(mark.column) + 1),
                        context + problem)
                }
                defer { yaml_event_delete(&event) }
                if try builder.consume(&event) { return builder.root }
            }
        }
    }
}

/// Builds the tree one event at a time, counting nodes and depth as it goes.
private struct TreeBuilder {
    /// A list or mapping whose end event has not come yet.
    struct Open {
        var isMapping: Bool
        var location: ConfigLocation
        var anchor: String?
        var items: [YAMLNode] = []
        /// Nodes inside it so far (itself included), for aliases that repeat it.
        var size = 1
        /// How deep its contents reach below it.
        var height = 1
    }

    /// A finished anchored node, with what repeating it costs.
    struct Anchored {
        var node: YAMLNode
        var size: Int
        var height: Int
    }

    let file: String
    var stack: [Open] = []
    var anchors: [String: Anchored] = [:]
    var produced = 0
    var root: YAMLNode?
    var finished = false

    init(file: String) {
        self.file = file
    }

    /// Takes one event; returns true when the first document is complete (or the stream ends).
    mutating func consume(_ event: inout yaml_event_t) throws(ConfigurationError) -> Bool {
        let location = ConfigLocation(
            file: file, line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
        switch event.type {
        case YAML_STREAM_END_EVENT, YAML_DOCUMENT_END_EVENT:
            return true
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            let text = scalar.value.map { String(decoding: UnsafeBufferPointer(start: $0, count: scalar.length), as: UTF8.self) } ?? ""
            let node = YAMLNode(.scalar(text, plain: scalar.style == YAML_PLAIN_SCALAR_STYLE), at: location)
            try count(1, height: 0, at: location)
            try add(node, size: 1, height: 0, anchor: Self.text(scalar.anchor))
        case YAML_ALIAS_EVENT:
            let name = Self.text(event.data.alias.anchor) ?? ""
            guard let anchored = anchors[name] else { throw .invalid(location, "alias '*\(name)' names no anchor before it") }
            try count(anchored.size, height: anchored.height, at: location)
            try add(anchored.node, size: anchored.size, height: anchored.height, anchor: nil)
        case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
            let isMapping = event.type == YAML_MAPPING_START_EVENT
            try count(1, height: 1, at: location)
            let anchor = Self.text(isMapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor)
            stack.append(Open(isMapping: isMapping, location: location, anchor: anchor))
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            guard let open = stack.popLast() else { return false }
            let node = try Self.close(open)
            try add(node, size: open.size, height: open.height, anchor: open.anchor)
        default:
            break
        }
        return false
    }

    /// Counts `size` more nodes reaching `height` below the current depth; fails past either limit.
    private mutating func count(_ size: Int, height: Int, at location: ConfigLocation) throws(ConfigurationError) {
        produced += size
        guard produced <= YAMLLoader.nodeLimit else {
            throw .invalid(location, "the file expands to more than \(YAMLLoader.nodeLimit) nodes (aliases repeated too often?)")
        }
        guard stack.count + height <= YAMLLoader.depthLimit else {
            throw .invalid(location, "lists and mappings nest deeper than \(YAMLLoader.depthLimit) levels")
        }
    }

    private mutating func add(_ node: YAMLNode, size: Int, height: Int, anchor: String?) throws(ConfigurationError) {
        if let anchor { anchors[anchor] = Anchored(node: node, size: size, height: height) }
        guard !stack.isEmpty else {
            if root == nil { root = node }
            return
        }
        stack[stack.count - 1].items.append(node)
        stack[stack.count - 1].size += size
        stack[stack.count - 1].height = max(stack[stack.count - 1].height, height + 1)
    }

    /// Mappings up to this many keys check for a duplicate key without a hash table.
    private static let smallMapping = 16

    /// The node of a finished list or mapping; a mapping's keys must differ.
    private static func close(_ open: Open) throws(ConfigurationError) -> YAMLNode {
        guard open.isMapping else { return YAMLNode(.sequence(open.items), at: open.location) }
        var pairs: [(key: YAMLNode, value: YAMLNode)] = []
        pairs.reserveCapacity(open.items.count / 2)
        // Most mappings of a rules file have a handful of keys: comparing each key with the ones
        // before it is cheaper than hashing them all into a table, and bounded (at most
        // `smallMapping`² / 2 comparisons); a larger mapping uses the table.
        let small = open.items.count <= 2 * smallMapping
        var seen: [String: ConfigLocation] = [:]
        var index = 0
        while index + 1 < open.items.count {
            let key = open.items[index]
            if let name = key.scalar {
                if small {
                    var earlier = 0
                    while earlier < index {
                        let other = open.items[earlier]
                        if other.scalar == name { throw .duplicateKey(key.location, name, first: other.location) }
                        earlier += 2
                    }
                } else {
                    if let first = seen[name] { throw .duplicateKey(key.location, name, first: first) }
                    seen[name] = key.location
                }
            }
            pairs.append((key, open.items[index + 1]))
            index += 2
        }
        return YAMLNode(.mapping(pairs), at: open.location)
    }

    private static func text(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }
}
