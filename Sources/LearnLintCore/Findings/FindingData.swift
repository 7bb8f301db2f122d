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

    // sections, pairing
    public var section: String?
    public var items: Int?
    public var minItems: Int?
    public var after: String?
    public var problem: String?
    public var challenge: String?
    public var solution: String?
    // vocabulary, consistency
    public var key: String?
    public var found: String?
    public var expected: String?
    public var term: String?
    /// Set on a near misspelling (`Kuberentes` → `Kubernetes`): guessed by distance, not listed.
    public var nearMiss: Bool?
    public var name: String?
    public var documents: Int?
    public var of: Int?
    // duplicates
    public var twin: String?
    public var similarity: Double?
    public var twins: Int?
    // placeholders
    public var pattern: String?
    public var text: String?
    // suppressions
    public var directive: String?
    public var id: String?
    public var rule: String?
    public var suggestion: String?
    public var stage: Stage?
    // rendering
    public var pitfall: String?

    public init(
        section: String? = nil, items: Int? = nil, minItems: Int? = nil, after: String? = nil, problem: String? = nil,
        challenge: String? = nil, solution: String? = nil, key: String? = nil, found: String? = nil,
        expected: String? = nil, term: String? = nil, nearMiss: Bool? = nil, name: String? = nil, documents: Int? = nil, of: Int? = nil,
        twin: String? = nil, similarity: Double? = nil, twins: Int? = nil, pattern: String? = nil, text: String? = nil,
        directive: String? = nil, id: String? = nil, rule: String? = nil, suggestion: String? = nil, stage: Stage? = nil,
        pitfall: String? = nil
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
    }

    /// The JSON keys, in the order reports write them.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case section, items, minItems = "min_items", after, problem, challenge, solution
        case key, found, expected, term, nearMiss = "near_miss", name, documents, of
        case twin, similarity, twins
        case pattern, text
        case directive, id, rule, suggestion, stage
        case pitfall
    }

    /// Whether no detail is set (SARIF then writes no `data` property).
    public var isEmpty: Bool { json.isEmptyObject }

    /// The details as a report's `data` object: set fields only, in `CodingKeys` order.
    public var json: JSONValue {
        var members: [JSONValue.Member] = []
        func add(_ key: CodingKeys, _ value: String?) {
            if let value { members.append(.init(key.rawValue, .string(value))) }
        }
        func add(_ key: CodingKeys, _ value: Int?) {
            if let value { members.append(.init(key.rawValue, .int(value))) }
        }
        add(.section, section)
        add(.items, items)
        add(.minItems, minItems)
        add(.after, after)
        add(.problem, problem)
        add(.challenge, challenge)
        add(.solution, solution)
        add(.key, key)
        add(.found, found)
        add(.expected, expected)
        add(.term, term)
        if let nearMiss { members.append(.init(CodingKeys.nearMiss.rawValue, .bool(nearMiss))) }
        add(.name, name)
        add(.documents, documents)
        add(.of, of)
        add(.twin, twin)
        if let similarity { members.append(.init(CodingKeys.similarity.rawValue, .double(similarity))) }
        add(.twins, twins)
        add(.pattern, pattern)
        add(.text, text)
        add(.directive, directive)
        add(.id, id)
        add(.rule, rule)
        add(.suggestion, suggestion)
        add(.stage, stage?.rawValue)
        add(.pitfall, pitfall)
        return .object(members)
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
