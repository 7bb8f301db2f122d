import LearnLintCore
import LearnLintEngine
import LearnLintRules

/// The terminal report. By default a summary that fits 100 columns: one row per contributor
/// (grouped by the roster column when asked), with documents, score, the required sections they
/// miss and their flags; then who handed nothing in, who is not on the roster, who is below the pass
/// mark, the near-duplicate pairs (with the command that shows them), the item legend and the verdict.
/// `--wide` prints the full contributor × item grid instead of the summary rows.
public struct CoverageTextReporter: CoverageReporter {
    static let coveredMark = "✓"
    static let missingMark = "·"
    /// The summary's width budget.
    static let width = 100

    public init() {}

    public func render(_ input: CoverageReportInput) -> String {
        let report = input.report
        let paint = Painter(enabled: input.colored)
        var output = headline(report)
        guard !report.contributors.isEmpty else { return output + "\n" + overall(report, paint) }
        output += "\n" + (input.wide ? CoverageTextGrid(report: report, paint: paint).render() : summary(report, paint))
        output += lists(report)
        output += "\n" + legend(report)
        return ControlCharacters.escapeText(output + "\n" + overall(report, paint), keepingColours: input.colored)
    }

    /// `S1`, `S2`… for sections, `T1`… for terms, `C1`… for concepts.
    static func codes(for items: [CoverageItem]) -> [String] {
        var seen: [CoverageItem.Kind: Int] = [:]
        return items.map { item in
            seen[item.kind, default: 0] += 1
            return String(item.kind.rawValue.prefix(1)).uppercased() + String(seen[item.kind] ?? 0)
        }
    }

    /// Text cut to `width` characters, the cut marked with `…`.
    static func fit(_ text: String, _ width: Int) -> String {
        guard text.count > width, width > 1 else { return text }
        return String(text.prefix(width - 1)) + "…"
    }

    static func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        Padding.fill(text, to: width, alignRight: right)
    }

    static func plural(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }

    // MARK: - Parts

    private func headline(_ report: CoverageReport) -> String {
        let counts = report.itemCounts.filter { $0.count > 0 }.map { Self.plural($0.count, $0.kind.rawValue) }
        var line = "Coverage of \(Self.plural(report.scored.count, "contributor")) with a document"
        line += " (\(Self.plural(report.documentCount, "document")))\n"
        line += "Items: \(report.items.count)\(counts.isEmpty ? "" : " (" + counts.joined(separator: ", ") + ")")\n"
        if let source = report.rosterSource {
            line += "Roster \(source): \(report.contributors.count - report.unexpected.count) expected, "
            line += "\(report.missing.count) without a document, \(report.unexpected.count) not on it"
            if let filter = report.filter { line += "; only \(filter)" }
            line += "\n"
        }
        return line
    }

    private func summary(_ report: CoverageReport, _ paint: Painter) -> String {
        let codes = Self.codes(for: report.items)
        let codeOf = Dictionary(uniqueKeysWithValues: zip(report.items.map(\.key), codes))
        let groupColumn = report.groupBy
        let nameWidth = min(20, max("contributor".count, report.contributors.map(\.name.count).max() ?? 0))
        let groupWidth = groupColumn.map { column in
            min(19, max(column.count, report.contributors.compactMap { report.group(of: $0)?.count }.max() ?? 0))
        } ?? 0
        let missingRows = report.contributors.map { contributor in
            let missing = report.missingSections(of: contributor).compactMap { codeOf[$0.key] }
            return contributor.hasDocuments ? (missing.isEmpty ? "none" : missing.joined(separator: " ")) : "—"
        }
        let missingWidth = min(16, max("missing".count, missingRows.map(\.count).max() ?? 0))
        var header = Self.pad("contributor", nameWidth)
        if let groupColumn { header += "  " + Self.pad(Self.fit(groupColumn, groupWidth), groupWidth) }
        header += "  docs   score  " + Self.pad("missing", missingWidth) + "  flags"
        var output = paint.bold(header) + "\n"
        let rows = Array(zip(report.contributors, missingRows))
        let sections: [(title: String?, rows: [(ContributorCoverage, String)])] =
            groupColumn == nil
            ? [(nil, rows)]
            : report.groups.map { group in (group.name, rows.filter { report.group(of: $0.0) == group.name }) }
        for section in sections {
            if let title = section.title {
                output += paint.bold(Self.fit("\(groupColumn ?? "") \(title): " + groupSummary(section.rows.map(\.0), report), Self.width)) + "\n"
            }
            for (contributor, missing) in section.rows {
                var row = Self.pad(Self.fit(contributor.name, nameWidth), nameWidth)
                if groupColumn != nil { row += "  " + Self.pad(Self.fit(report.group(of: contributor) ?? "", groupWidth), groupWidth) }
                row += "  " + Self.pad(String(contributor.documents.count), 4, right: true) + "  "
                let score = Self.pad(contributor.hasDocuments ? CoverageReport.formatPercent(contributor.score) : "—", 6, right: true)
                row += report.isBelowPass(contributor) ? paint.red(score) : (contributor.hasDocuments ? paint.green(score) : score)
                row += "  " + Self.pad(Self.fit(missing, missingWidth), missingWidth) + "  "
                let used = nameWidth + (groupColumn == nil ? 0 : groupWidth + 2) + 2 + 4 + 2 + 6 + 2 + missingWidth + 2
                row += Self.fit(report.flags(of: contributor).joined(separator: ", "), max(10, Self.width - used))
                output += row.trailingSpacesRemoved + "\n"
            }
        }
        return output
    }

    private func groupSummary(_ members: [ContributorCoverage], _ report: CoverageReport) -> String {
        var parts = [Self.plural(members.count, "contributor")]
        let missing = members.filter { !$0.hasDocuments }.count
        if missing > 0 { parts.append("\(missing) without a document") }
        let below = members.filter(report.isBelowPass).count
        if below > 0 { parts.append("\(below) below pass") }
        if let score = CoverageReport.meanScore(members) { parts.append("score \(CoverageReport.formatPercent(score))") }
        return parts.joined(separator: ", ")
    }

    /// The lists a lead acts on, each only when it has someone in it.
    private func lists(_ report: CoverageReport) -> String {
        var output = ""
        let missing = report.missing.map(\.name)
        if !missing.isEmpty { output += wrapped("No document (\(missing.count)): ", missing) }
        let unexpected = report.unexpected.map(\.name)
        if !unexpected.isEmpty { output += wrapped("Not on the roster (\(unexpected.count)): ", unexpected) }
        if let failUnder = report.failUnder {
            let below = report.belowPass.map { "\($0.name) \(CoverageReport.formatPercent($0.score))" }
            if !below.isEmpty { output += wrapped("Below the pass mark of \(CoverageReport.formatPercent(failUnder)) (\(below.count)): ", below) }
        }
        let pairs = report.duplicatePairs
        if !pairs.isEmpty {
            output += "Near-duplicates (\(Self.plural(pairs.count, "pair"))):\n"
            for pair in pairs {
                let owner = report.contributors.first { $0.documents.contains(pair.path) }?.name ?? pair.path
                output += "  \(owner) and \(report.displayName(pair.twinContributor)), \(Int((pair.similarity * 100).rounded()))% similar:"
                output += "\n  \(pair.compareCommand)\n"
            }
        }
        return output.isEmpty ? "" : "\n" + output
    }

    /// `label` then the names, comma-separated, wrapped at the width with an indent.
    private func wrapped(_ label: String, _ names: [String]) -> String {
        var output = label
        var column = label.count
        for (index, name) in names.enumerated() {
            let piece = name + (index == names.count - 1 ? "" : ",")
            if column + piece.count + 1 > Self.width, column > 4 {
                output += "\n   "
                column = 3
            } else if index > 0 {
                output += " "
                column += 1
            }
            output += piece
            column += piece.count
        }
        return output + "\n"
    }

    /// Every item with its code, kind group, title and how many contributors with a document cover it.
    private func legend(_ report: CoverageReport) -> String {
        let codes = Self.codes(for: report.items)
        let totals = report.itemTotals
        let codeWidth = codes.map(\.count).max() ?? 0
        let titleWidth = min(56, report.items.map(\.title.count).max() ?? 0)
        let countWidth = String(report.scored.count).count * 2 + 1
        var output = ""
        for index in report.items.indices {
            let item = report.items[index]
            if index == 0 || report.items[index - 1].kind != item.kind { output += item.kind.groupLabel + ":\n" }
            let count = "\(totals[index].coveredBy)/\(report.scored.count)"
            var line = "  " + Self.pad(codes[index], codeWidth) + "  " + Self.pad(Self.fit(item.title, titleWidth), titleWidth)
            line += "  " + Self.pad(count, countWidth, right: true) + "  "
            line += Self.pad(CoverageReport.formatPercent(CoverageReport.percent(totals[index].ratio)), 6, right: true)
            output += line.trailingSpacesRemoved + "\n"
        }
        output += "Score: per contributor, the mean over the item kinds of the share of that kind's items covered.\n"
        return output
    }

    private func overall(_ report: CoverageReport, _ paint: Painter) -> String {
        var line = "Overall: \(CoverageReport.formatPercent(report.score)) covered"
        guard let failUnder = report.failUnder else { return line + ".\n" }
        line += " (fail under \(CoverageReport.formatPercent(failUnder))): "
        return line + (report.passed ? paint.green("passed") : paint.red("failed")) + ".\n"
    }
}

/// Wraps text in terminal colours when enabled, and leaves it alone otherwise.
struct Painter {
    var enabled: Bool

    func green(_ text: String) -> String { wrap(text, "\u{1B}[32m") }
    func red(_ text: String) -> String { wrap(text, "\u{1B}[31m") }
    func dim(_ text: String) -> String { wrap(text, ANSI.dim) }
    func bold(_ text: String) -> String { wrap(text, ANSI.bold) }

    private func wrap(_ text: String, _ code: String) -> String {
        enabled ? code + text + ANSI.reset : text
    }
}

extension String {
    /// The string without spaces at its end (table rows never end in padding).
    var trailingSpacesRemoved: String {
        var result = self
        while result.last == " " { result.removeLast() }
        return result
    }
}
