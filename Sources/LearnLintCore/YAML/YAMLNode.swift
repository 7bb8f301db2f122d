/// A YAML node with the place it was written, loaded through libyaml.
public struct YAMLNode: Sendable {
    public enum Value: Sendable {
        case scalar(String, plain: Bool)
        case sequence([YAMLNode])
        case mapping([(key: YAMLNode, value: YAMLNode)])
    }

    public var value: Value
    public var location: ConfigLocation

    public init(_ value: Value, at location: ConfigLocation) {
        self.value = value
        self.location = location
    }

    /// A short name for the node's type, for "expected X, found Y" messages.
    public var typeName: String {
        switch value {
        case .scalar(let text, let plain):
            if plain && (text.isEmpty || text == "~" || text == "null") { return "null" }
            return "a scalar"
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        }
    }

    public var scalar: String? {
        if case .scalar(let text, _) = value { return text }
        return nil
    }

    public var isNull: Bool { typeName == "null" }
}

/// Where in a configuration file something was written (1-based line and column).
public struct ConfigLocation: Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String { "\(file):\(line):\(column)" }
}
