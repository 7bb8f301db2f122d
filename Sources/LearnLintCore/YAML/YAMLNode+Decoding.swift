/// Typed, located reads from YAML nodes: each throws a `ConfigurationError` naming the node's place.
extension YAMLNode {
    /// This node as a mapping with any keys (rule ids, for instance), each a scalar.
    public func anyMapping() throws(ConfigurationError) -> YAMLMapping {
        try mapping(allowed: nil)
    }

    /// This node as a mapping whose keys must all be in `allowed`.
    public func mapping(allowed: [String]?) throws(ConfigurationError) -> YAMLMapping {
        guard case .mapping(let pairs) = value else {
            throw .wrongType(location, expected: "a mapping", found: typeName)
        }
        var entries: [(key: String, keyLocation: ConfigLocation, value: YAMLNode)] = []
        for pair in pairs {
            guard let key = pair.key.scalar else {
                throw .wrongType(pair.key.location, expected: "a key name", found: pair.key.typeName)
            }
            if let allowed, !allowed.contains(key) { throw .unknownKey(pair.key.location, key, allowed: allowed) }
            entries.append((key, pair.key.location, pair.value))
        }
        return YAMLMapping(location: location, entries: entries)
    }

    public func string() throws(ConfigurationError) -> String {
        guard let text = scalar, !isNull else { throw .wrongType(location, expected: "a string", found: typeName) }
        return text
    }

    public func int() throws(ConfigurationError) -> Int {
        guard let text = scalar, let number = Int(text) else {
            throw .wrongType(location, expected: "a whole number", found: describe())
        }
        return number
    }

    public func double() throws(ConfigurationError) -> Double {
        guard let text = scalar, let number = Double(text), number.isFinite else {
            throw .wrongType(location, expected: "a number", found: describe())
        }
        return number
    }

    public func bool() throws(ConfigurationError) -> Bool {
        switch scalar?.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: throw .wrongType(location, expected: "true or false", found: describe())
        }
    }

    /// A list of strings; a single string is read as a list of one.
    public func stringList() throws(ConfigurationError) -> [String] {
        switch value {
        case .scalar:
            if isNull { return [] }
            return [try string()]
        case .sequence(let items):
            var result: [String] = []
            for item in items { result.append(try item.string()) }
            return result
        case .mapping:
            throw .wrongType(location, expected: "a list of strings", found: typeName)
        }
    }

    /// The items of a list (a null node is an empty list).
    public func list() throws(ConfigurationError) -> [YAMLNode] {
        if isNull { return [] }
        guard case .sequence(let items) = value else {
            throw .wrongType(location, expected: "a list", found: typeName)
        }
        return items
    }

    private func describe() -> String {
        if let text = scalar, !isNull { return "'\(text)'" }
        return typeName
    }
}

/// The entries of a YAML mapping, in file order, with their keys' locations.
public struct YAMLMapping: Sendable {
    public let location: ConfigLocation
    public let entries: [(key: String, keyLocation: ConfigLocation, value: YAMLNode)]

    public subscript(key: String) -> YAMLNode? {
        entries.first { $0.key == key }?.value
    }

    public func require(_ key: String, in context: String) throws(ConfigurationError) -> YAMLNode {
        guard let node = self[key] else { throw .missingKey(location, key, in: context) }
        return node
    }

    public var keys: [String] { entries.map(\.key) }
}
