import FoundationEssentials

/// A JSON value whose objects keep their key order, so reports are byte-for-byte stable.
public enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([Member])

    public struct Member: Sendable, Hashable {
        public var key: String
        public var value: JSONValue

        public init(_ key: String, _ value: JSONValue) {
            self.key = key
            self.value = value
        }
    }

    /// Builds an object from key–value pairs, in order.
    public static func object(_ pairs: KeyValuePairs<String, JSONValue>) -> JSONValue {
        .object(pairs.map { Member($0.key, $0.value) })
    }

    public subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }

    public var stringValue: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    public var intValue: Int? {
        switch self {
        case .int(let number): return number
        case .double(let number) where number == number.rounded() && abs(number) < 1e15: return Int(number)
        default: return nil
        }
    }

    public var doubleValue: Double? {
        switch self {
        case .int(let number): return Double(number)
        case .double(let number): return number
        default: return nil
        }
    }

    public var arrayValue: [JSONValue]? {
        if case .array(let items) = self { return items }
        return nil
    }
}

// MARK: - Writing

extension JSONValue {
    /// Serialises with two-space indentation (or compact), keys in their stored order.
    public func serialized(pretty: Bool = true) -> String {
        var output = ""
        write(into: &output, indent: pretty ? 0 : nil)
        return output
    }

    /// Appends the value, pretty-printed as if it stood at `indent` spaces inside a larger document.
    public func write(into output: inout String, atIndent indent: Int) {
        write(into: &output, indent: indent)
    }

    private func write(into output: inout String, indent: Int?) {
        switch self {
        case .null: output += "null"
        case .bool(let value): output += value ? "true" : "false"
        case .int(let value): output += String(value)
        case .double(let value):
            if value.isFinite {
                output += value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
            } else {
                output += "null"
            }
        case .string(let value): JSONValue.writeString(value, into: &output)
        case .array(let items):
            writeContainer(open: "[", close: "]", count: items.count, into: &output, indent: indent) { index, out, inner in
                items[index].write(into: &out, indent: inner)
            }
        case .object(let members):
            writeContainer(open: "{", close: "}", count: members.count, into: &output, indent: indent) { index, out, inner in
                JSONValue.writeString(members[index].key, into: &out)
                out += inner == nil ? ":" : ": "
                members[index].value.write(into: &out, indent: inner)
            }
        }
    }

    private func writeContainer(
        open: String, close: String, count: Int, into output: inout String, indent: Int?,
        element: (Int, inout String, Int?) -> Void
    ) {
        output += open
        guard count > 0 else {
            output += close
            return
        }
        let inner = indent.map { $0 + 2 }
        for index in 0..<count {
            if index > 0 { output += "," }
            if let inner { JSONValue.writeNewline(indent: inner, into: &output) }
            element(index, &output, inner)
        }
        if let indent { JSONValue.writeNewline(indent: indent, into: &output) }
        output += close
    }

    /// Newlines followed by 0, 2, 4… spaces, built once: reports write one per value.
    private static let newlines: [String] = (0..<16).map { "\n" + String(repeating: " ", count: 2 * $0) }

    private static func writeNewline(indent: Int, into output: inout String) {
        let level = indent / 2
        if indent % 2 == 0, newlines.indices.contains(level) {
            output += newlines[level]
        } else {
            output += "\n" + String(repeating: " ", count: max(0, indent))
        }
    }

    static func writeString(_ text: String, into output: inout String) {
        output += "\""
        // Most strings need no escape: appended whole. A byte 0xE2 may start U+2028 or U+2029, which
        // are escaped, so it sends the string down the scalar-by-scalar path too.
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0xE2 }) else {
            output += text
            output += "\""
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "\u{2028}": output += "\\u2028"
            case "\u{2029}": output += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    output += controlEscape(scalar.value)
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        output += "\""
    }

    /// `\u001f` for a control character: kept out of line, as the rare path, so the loop above stays small.
    @inline(never)
    private static func controlEscape(_ value: UInt32) -> String {
        "\\u" + Padding.digits(value, radix: 16, width: 4)
    }
}

// MARK: - Reading

extension JSONValue: Decodable {
    /// Parses JSON text; object keys come back sorted (reports are re-serialised in our own order).
    public static func parse(_ data: Data) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: data)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Int.self) {
            self = .int(value)
        } else if let value = try? container.decode(Double.self) {
            self = .double(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else {
            let dictionary = try container.decode([String: JSONValue].self)
            self = .object(dictionary.keys.sorted().map { Member($0, dictionary[$0] ?? .null) })
        }
    }
}
