/// A finding's machine-readable details (`data` in `learnlint/report@1` and SARIF `properties`).
///
/// Every detail any rule records is a typed field here, so code that reads one (`fix` checking the text
/// a finding `found`, `merge` telling corpus-stage findings apart) reads a field, not a string key. Only
/// the fields that are set are written, always in the order of `CodingKeys`, which lists every rule's
/// keys in the order that rule wrote them (e.g. `section, items, min_items`; `key, found, expected`).
public struct FindingData: Sendable, Hashable, Codable {
    /// The stage that produced a finding, when it is not the document pass.
    public enum Stage: String, Sendable, Hashable, Codable {
        /// Settled after the corpus stage: `merge` recomputes the finding instead of copying it.
        case corpus
    }

    /// One detail's value; the key says which case it is (`CodingKeys.valueType`).
    enum Value: Sendable, Hashable {
        case string(String), int(Int), bool(Bool), double(Double)

        var string: String? { if case .string(let value) = self { return value } else { return nil } }
        var int: Int? { if case .int(let value) = self { return value } else { return nil } }
        var bool: Bool? { if case .bool(let value) = self { return value } else { return nil } }
        var double: Double? { if case .double(let value) = self { return value } else { return nil } }
    }

    /// Only the details that are set, in `CodingKeys` order. A finding sets two or three of the 26; as
    /// 26 optionals they made every `Finding` about 860 bytes, and a document full of findings held
    /// several copies of each (rule output, suppressions, the run's list, the sort): a 1 MB document of
    /// findings peaked near 190 MB. Stored sparsely, a finding is about 200 bytes (docs/robustness.md).
    private var entries: [Entry] = []

    /// The value first: 17 bytes then the 1-byte key make a 24-byte entry, the other order 32.
    private struct Entry: Sendable, Hashable {
        var value: Value
        var key: CodingKeys
    }

    private subscript(key: CodingKeys) -> Value? {
        get { entries.first { $0.key == key }?.value }
        set {
            let position = entries.firstIndex { $0.key.order >= key.order } ?? entries.endIndex
            let present = position < entries.endIndex && entries[position].key == key
            switch (newValue, present) {
            case (let value?, true): entries[position].value = value
            case (let value?, false): entries.insert(Entry(value: value, key: key), at: position)
            case (nil, true): entries.remove(at: position)
            case (nil, false): break
            }
        }
    }

    // sections, pairing
    public var section: String? { get { self[.section]?.string } set { self[.section] = newValue.map(Value.string) } }
    public var items: Int? { get { self[.items]?.int } set { self[.items] = newValue.map(Value.int) } }
    public var minItems: Int? { get { self[.minItems]?.int } set { self[.minItems] = newValue.map(Value.int) } }
    public var after: String? { get { self[.after]?.string } set { self[.after] = newValue.map(Value.string) } }
    public var problem: String? { get { self[.problem]?.string } set { self[.problem] = newValue.map(Value.string) } }
    public var challenge: String? { get { self[.challenge]?.string } set { self[.challenge] = newValue.map(Value.string) } }
    public var solution: String? { get { self[.solution]?.string } set { self[.solution] = newValue.map(Value.string) } }
    // vocabulary, consistency
    public var key: String? { get { self[.key]?.string } set { self[.key] = newValue.map(Value.string) } }
    public var found: String? { get { self[.found]?.string } set { self[.found] = newValue.map(Value.string) } }
    public var expected: String? { get { self[.expected]?.string } set { self[.expected] = newValue.map(Value.string) } }
    public var term: String? { get { self[.term]?.string } set { self[.term] = newValue.map(Value.string) } }
    /// Set on a near misspelling (`Kuberentes` → `Kubernetes`): guessed by distance, not listed.
    public var nearMiss: Bool? { get { self[.nearMiss]?.bool } set { self[.nearMiss] = newValue.map(Value.bool) } }
    public var name: String? { get { self[.name]?.string } set { self[.name] = newValue.map(Value.string) } }
    public var documents: Int? { get { self[.documents]?.int } set { self[.documents] = newValue.map(Value.int) } }
    public var of: Int? { get { self[.of]?.int } set { self[.of] = newValue.map(Value.int) } }
    // duplicates
    public var twin: String? { get { self[.twin]?.string } set { self[.twin] = newValue.map(Value.string) } }
    public var similarity: Double? { get { self[.similarity]?.double } set { self[.similarity] = newValue.map(Value.double) } }
    public var twins: Int? { get { self[.twins]?.int } set { self[.twins] = newValue.map(Value.int) } }
    // placeholders
    public var pattern: String? { get { self[.pattern]?.string } set { self[.pattern] = newValue.map(Value.string) } }
    public var text: String? { get { self[.text]?.string } set { self[.text] = newValue.map(Value.string) } }
    // suppressions
    public var directive: String? { get { self[.directive]?.string } set { self[.directive] = newValue.map(Value.string) } }
    public var id: String? { get { self[.id]?.string } set { self[.id] = newValue.map(Value.string) } }
    public var rule: String? { get { self[.rule]?.string } set { self[.rule] = newValue.map(Value.string) } }
    public var suggestion: String? { get { self[.suggestion]?.string } set { self[.suggestion] = newValue.map(Value.string) } }
    public var stage: Stage? {
        get { self[.stage]?.string.flatMap(Stage.init(rawValue:)) }
        set { self[.stage] = newValue.map { .string($0.rawValue) } }
    }
    // rendering
    public var pitfall: String? { get { self[.pitfall]?.string } set { self[.pitfall] = newValue.map(Value.string) } }

    public init(
        section: String? = nil, items: Int? = nil, minItems: Int? = nil, after: String? = nil, problem: String? = nil, challenge: String? = nil, solution: String? = nil, key: String? = nil, found: String? = nil, expected: String? = nil, term: String? = nil, nearMiss: Bool? = nil, name: String? = nil, documents: Int? = nil, of: Int? = nil, twin: String? = nil, similarity: Double? = nil, twins: Int? = nil, pattern: String? = nil, text: String? = nil, directive: String? = nil, id: String? = nil, rule: String? = nil, suggestion: String? = nil, stage: Stage? = nil, pitfall: String? = nil
    ) {
        self.section = section
        self.items = items
        self.minItems = minItems
        self.after = after
        self.problem = problem
        self.challenge = challenge
        self.solution = solution
        self.key = key
        self.found = found
        self.expected = expected
        self.term = term
        self.nearMiss = nearMiss
        self.name = name
        self.documents = documents
        self.of = of
        self.twin = twin
        self.similarity = similarity
        self.twins = twins
        self.pattern = pattern
        self.text = text
        self.directive = directive
        self.id = id
        self.rule = rule
        self.suggestion = suggestion
        self.stage = stage
        self.pitfall = pitfall
        // Inserting one detail at a time grew the list to a capacity of 4 or more; copying it once
        // leaves exactly as many entries as the finding has (a finding-heavy run holds thousands).
        entries = entries.map { $0 }
    }

    /// The JSON keys, in the order reports write them.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case section, items, minItems = "min_items", after, problem, challenge, solution
        case key, found, expected, term, nearMiss = "near_miss", name, documents, of
        case twin, similarity, twins
        case pattern, text
        case directive, id, rule, suggestion, stage
        case pitfall

        /// The position in the declaration order above (the order details are written in).
        fileprivate var order: Int { Self.orders[self] ?? 0 }
        private static let orders = Dictionary(uniqueKeysWithValues: allCases.enumerated().map { ($1, $0) })
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        for key in CodingKeys.allCases {
            switch key {
            case .items, .minItems, .documents, .of, .twins: self[key] = try container.decodeIfPresent(Int.self, forKey: key).map(Value.int)
            case .nearMiss: self[key] = try container.decodeIfPresent(Bool.self, forKey: key).map(Value.bool)
            case .similarity: self[key] = try container.decodeIfPresent(Double.self, forKey: key).map(Value.double)
            case .stage: stage = try container.decodeIfPresent(Stage.self, forKey: key)
            default: self[key] = try container.decodeIfPresent(String.self, forKey: key).map(Value.string)
            }
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        for entry in entries {
            switch entry.value {
            case .string(let value): try container.encode(value, forKey: entry.key)
            case .int(let value): try container.encode(value, forKey: entry.key)
            case .bool(let value): try container.encode(value, forKey: entry.key)
            case .double(let value): try container.encode(value, forKey: entry.key)
            }
        }
    }

    /// Whether no detail is set (SARIF then writes no `data` property).
    public var isEmpty: Bool { entries.isEmpty }

    /// The details as a report's `data` object: set fields only, in `CodingKeys` order.
    public var json: JSONValue {
        .object(entries.map { entry in
            switch entry.value {
            case .string(let value): return .init(entry.key.rawValue, .string(value))
            case .int(let value): return .init(entry.key.rawValue, .int(value))
            case .bool(let value): return .init(entry.key.rawValue, .bool(value))
            case .double(let value): return .init(entry.key.rawValue, .double(value))
            }
        })
    }
}

extension JSONValue {
    package var isEmptyObject: Bool {
        if case .object(let members) = self { return members.isEmpty }
        return false
    }
}

extension FindingData {
    /// A copy with some details added: `data.with { $0.problem = … }`.
    public func with(_ change: (inout FindingData) -> Void) -> FindingData {
        var copy = self
        change(&copy)
        return copy
    }
}
