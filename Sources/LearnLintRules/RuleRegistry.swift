/// The rule kinds this build knows, listed explicitly (no reflection, no mutable global).
public enum RuleRegistry {
    public static let kinds: [any Rule.Type] = [
        SectionsRule.self,
        SuppressionsRule.self,
        PairingRule.self,
        VocabularyRule.self,
        ConsistencyRule.self,
        DuplicatesRule.self,
        PlaceholdersRule.self,
        RenderingRule.self,
    ]

    public static var kindNames: [String] { kinds.map { $0.description.kind } }

    public static func type(ofKind kind: String) -> (any Rule.Type)? {
        kinds.first { $0.description.kind == kind }
    }

    public static func description(ofKind kind: String) -> RuleKindDescription? {
        type(ofKind: kind)?.description
    }
}
