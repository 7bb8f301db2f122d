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
    /// Indexes built once, so that each finding's question costs a few look-ups and binary searches
    /// instead of a pass over every directive (thousands of comments and findings stay linear).
    private let fileWide: [Int]
    private let nextLine: [Int: [Int]]
    private let ranges: RangeIndex

    public init(_ directives: [SuppressionDirective]) {
        self.directives = directives
        var fileWide: [Int] = []
        var nextLine: [Int: [Int]] = [:]
        for (index, directive) in directives.enumerated() {
            switch directive.action {
            case .disableFile: fileWide.append(index)
            case .disableNextLine: nextLine[directive.range.end.line &+ 1, default: []].append(index)
            case .disable, .enable: continue
            }
        }
        self.fileWide = fileWide
        self.nextLine = nextLine
        self.ranges = RangeIndex(directives)
    }

    public var isEmpty: Bool { directives.isEmpty }

    /// Every (directive, key) that covers a finding of `rule` starting on `line`; empty when none does.
    ///
    /// All covering directives are returned, not the first, so overlapping directives all count as used.
    public func covering(rule: String, line: Int) -> [SuppressionUse] {
        var uses: [SuppressionUse] = []
        for index in (fileWide + (nextLine[line] ?? [])).sorted() {
            if let key = key(of: directives[index], for: rule) { uses.append(SuppressionUse(directive: index, rule: key)) }
        }
        return uses + ranges.covering(rule, atLine: line)
    }

    /// The line before which a `disable` directive stops covering `key`, or nil when it runs to the end.
    public func endLine(ofDisable index: Int, key: String) -> Int? {
        guard directives.indices.contains(index) else { return nil }
        var ends: [Int] = []
        if let all = ranges.firstEnable(after: index, in: ranges.enableAll) { ends.append(all) }
        if key != Suppressions.everyRule, let named = ranges.enables[key], let end = ranges.firstEnable(after: index, in: named) {
            ends.append(end)
        }
        return ends.min().map { directives[$0].range.start.line }
    }

    // MARK: - Private helpers

    private func key(of directive: SuppressionDirective, for rule: String) -> String? {
        if directive.rules.isEmpty { return Suppressions.everyRule }
        return directive.rules.contains(rule) ? rule : nil
    }
}

/// The `disable` / `enable` directives, ordered by the line they start on, with what a line's state
/// needs: the last directive naming every rule before a point, and each rule's own directives.
///
/// A line's state is the fold of the directives starting on or before it (docs/suppressions.md); for
/// one rule that fold depends only on the last all-rules directive, the last all-rules `enable`, and the
/// last directive naming the rule, each found by binary search.
private struct RangeIndex: Sendable {
    /// One directive naming a rule: its place in `lines` order, its index, whether it disables.
    struct Event: Sendable {
        var order: Int
        var index: Int
        var disables: Bool
    }

    /// Start lines of the range directives, ascending.
    var lines: [Int] = []
    /// For the first k+1 range directives: the last one naming every rule (its order, index, whether
    /// it disables), and the order of the last all-rules `enable`.
    var lastAll: [Event?] = []
    var lastEnableAll: [Int?] = []
    /// Each rule's own directives, in order.
    var named: [String: [Event]] = [:]
    /// Directive indices of `enable`s: of every rule, and by rule name (for `endLine`).
    var enableAll: [Int] = []
    var enables: [String: [Int]] = [:]

    init(_ directives: [SuppressionDirective]) {
        let range = directives.indices.filter { directives[$0].action == .disable || directives[$0].action == .enable }
            .sorted { (directives[$0].range.start.line, $0) < (directives[$1].range.start.line, $1) }
        var all: Event?
        var enableAllOrder: Int?
        for (order, index) in range.enumerated() {
            let directive = directives[index]
            let disables = directive.action == .disable
            lines.append(directive.range.start.line)
            if directive.rules.isEmpty {
                all = Event(order: order, index: index, disables: disables)
                if !disables {
                    enableAllOrder = order
                    enableAll.append(index)
                }
            } else {
                for rule in Set(directive.rules) {
                    named[rule, default: []].append(Event(order: order, index: index, disables: disables))
                    if !disables { enables[rule, default: []].append(index) }
                }
            }
            lastAll.append(all)
            lastEnableAll.append(enableAllOrder)
        }
        enableAll.sort()
        for key in enables.keys { enables[key]?.sort() }
    }

    /// The uses of the range directives in force for `rule` at `line`.
    func covering(_ rule: String, atLine line: Int) -> [SuppressionUse] {
        // How many range directives start on or before the line.
        let count = partitionPoint(lines.count) { lines[$0] <= line }
        guard count > 0 else { return [] }
        let all = lastAll[count - 1]
        let enabledAllAt = lastEnableAll[count - 1]
        var own: Event?
        if let events = named[rule] {
            let seen = partitionPoint(events.count) { events[$0].order < count }
            if seen > 0 { own = events[seen - 1] }
        }
        var uses: [SuppressionUse] = []
        // Disabled by name: the rule's last directive disables it, and no all-rules `enable` came after.
        if let own, own.disables, enabledAllAt.map({ $0 < own.order }) ?? true {
            uses.append(SuppressionUse(directive: own.index, rule: rule))
        }
        // Disabled with every rule, unless the rule was enabled by name since.
        if let all, all.disables, !(own.map { !$0.disables && $0.order > all.order } ?? false) {
            uses.append(SuppressionUse(directive: all.index, rule: Suppressions.everyRule))
        }
        return uses
    }

    /// The first directive index in `sorted` after `index`.
    func firstEnable(after index: Int, in sorted: [Int]) -> Int? {
        let position = partitionPoint(sorted.count) { sorted[$0] <= index }
        return position < sorted.count ? sorted[position] : nil
    }
}
