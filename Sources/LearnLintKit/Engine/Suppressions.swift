/// A document's suppression directives, and which of them silence a finding.
///
/// Semantics (docs/suppressions.md): `disable-file` covers the whole document; `disable-next-line`
/// the line after the comment ends; `disable` … `enable` every line from the `disable` comment's
/// line up to, not including, the line of the `enable` that ends it (to the end of the document
/// when none does). A line's state is the state after the directives that start on it.
public struct Suppressions: Sendable {
    /// The key of a directive that names no rule: it covers every rule.
    public static let everyRule = "*"

    public let directives: [SuppressionDirective]

    public init(_ directives: [SuppressionDirective]) {
        self.directives = directives
    }

    public var isEmpty: Bool { directives.isEmpty }

    /// Every (directive, key) that covers a finding of `rule` starting on `line`; empty when none does.
    ///
    /// All covering directives are returned, not the first, so overlapping directives all count as used.
    public func covering(rule: String, line: Int) -> [SuppressionUse] {
        var uses: [SuppressionUse] = []
        for (index, directive) in directives.enumerated() {
            switch directive.action {
            case .disableFile:
                if let key = key(of: directive, for: rule) { uses.append(SuppressionUse(directive: index, rule: key)) }
            case .disableNextLine:
                if directive.range.end.line + 1 == line, let key = key(of: directive, for: rule) {
                    uses.append(SuppressionUse(directive: index, rule: key))
                }
            case .disable, .enable:
                continue
            }
        }
        return uses + rangeState(atLine: line).covering(rule)
    }

    /// The line before which a `disable` directive stops covering `key`, or nil when it runs to the end.
    public func endLine(ofDisable index: Int, key: String) -> Int? {
        guard directives.indices.contains(index) else { return nil }
        for later in directives[(index + 1)...] where later.action == .enable {
            if later.rules.isEmpty || (key != Suppressions.everyRule && later.rules.contains(key)) {
                return later.range.start.line
            }
        }
        return nil
    }

    // MARK: - Private helpers

    private func key(of directive: SuppressionDirective, for rule: String) -> String? {
        if directive.rules.isEmpty { return Suppressions.everyRule }
        return directive.rules.contains(rule) ? rule : nil
    }

    /// Folds the `disable` / `enable` directives that start on or before `line`, in document order.
    private func rangeState(atLine line: Int) -> RangeState {
        var state = RangeState()
        for (index, directive) in directives.enumerated() where directive.range.start.line <= line {
            state.apply(directive, index: index)
        }
        return state
    }
}

/// Which rules are off at one line, and which directive switched each off.
private struct RangeState {
    /// Directive that disabled every rule, if one is in force.
    var allBy: Int?
    /// Rules switched back on while every rule is disabled.
    var exceptions: Set<String> = []
    /// Rules disabled by name, with the directive that did it.
    var disabledBy: [String: Int] = [:]

    mutating func apply(_ directive: SuppressionDirective, index: Int) {
        switch (directive.action, directive.rules.isEmpty) {
        case (.disable, true):
            allBy = index
            exceptions = []
        case (.disable, false):
            for rule in directive.rules {
                disabledBy[rule] = index
                exceptions.remove(rule)
            }
        case (.enable, true):
            allBy = nil
            exceptions = []
            disabledBy = [:]
        case (.enable, false):
            for rule in directive.rules {
                disabledBy[rule] = nil
                if allBy != nil { exceptions.insert(rule) }
            }
        default:
            break
        }
    }

    func covering(_ rule: String) -> [SuppressionUse] {
        var uses: [SuppressionUse] = []
        if let index = disabledBy[rule] { uses.append(SuppressionUse(directive: index, rule: rule)) }
        if let index = allBy, !exceptions.contains(rule) { uses.append(SuppressionUse(directive: index, rule: Suppressions.everyRule)) }
        return uses
    }
}
