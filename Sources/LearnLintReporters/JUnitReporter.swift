import FoundationEssentials
import LearnLintCore
import LearnLintEngine
import LearnLintRules

/// JUnit XML: a `<testsuite>` per document, a `<testcase>` per rule applied to it, a `<failure>` when
/// the rule found something; valid against both the strict Ant schema and the Jenkins xUnit one.
///
/// The strict schema allows one `<failure>` per test case, so a rule with several findings in one
/// document fails once: the message lists them all and the body has one `path:line:col` line per
/// finding. A document that could not be read has an `<error>` for `unreadable-document`, and its
/// other rules are `<skipped>` (they never ran). Rules are not timed one by one, so every time is 0.
///
/// Only findings at or above `--fail-on` are failures, so Jenkins marks a build as learnlint's exit
/// code does; the others stay visible, one line each, in the suite's `<system-out>`.
public struct JUnitReporter: Reporter {
    /// The `package` of every suite and the prefix of every `classname` (Jenkins groups by it).
    public static let package = "learnlint"

    public init() {}

    public func render(_ input: ReportInput) -> String {
        var output = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        // The strict schema allows no attributes on <testsuites>: readers sum the suites themselves.
        output += "<testsuites>\n"
        let timestamp = JUnitReporter.timestamp(input.timestamp ?? Date(timeIntervalSince1970: 0))
        for (index, suite) in suites(input).enumerated() {
            output += render(suite, id: index, timestamp: timestamp)
        }
        output += "</testsuites>\n"
        return output
    }

    /// `2024-01-02T03:04:05` in UTC: the strict schema wants no zone and no fraction.
    public static func timestamp(_ date: Date) -> String {
        let parts = UTCDateTime(date)
        func padded(_ value: Int, _ width: Int) -> String { Padding.digits(value, width: width) }
        let date = [padded(parts.year, 4), padded(parts.month, 2), padded(parts.day, 2)].joined(separator: "-")
        let time = [padded(parts.hour, 2), padded(parts.minute, 2), padded(parts.second, 2)].joined(separator: ":")
        return date + "T" + time
    }

    /// The Jenkins class name of a document: dots would split it into package and class, so they become `_`.
    public static func className(_ path: String) -> String {
        package + "." + path.replacingEach(".", with: "_")
    }

    // MARK: - Model

    /// One document's suite: its test cases in rule order.
    struct Suite {
        var path: String
        var contributor: String?
        var cases: [Case]
        /// Findings below `--fail-on`: reported, not failed.
        var notes: [Finding] = []
    }

    /// One rule applied to one document, and what it found.
    struct Case {
        enum Outcome {
            case passed
            case failed([Finding])
            case errored([Finding])
            case skipped(String)
        }

        var rule: String
        var outcome: Outcome
    }

    func suites(_ input: ReportInput) -> [Suite] {
        var byPath: [String: [Finding]] = [:]
        for finding in input.result.findings { byPath[finding.path, default: []].append(finding) }
        var paths = input.result.documents.map(\.path)
        for path in byPath.keys.sorted() where !paths.contains(path) { paths.append(path) }
        let configured = input.ruleSet.rules.map(\.id)
        return paths.map { path in
            let facts = input.result.documents.first { $0.path == path }
            let findings = byPath[path] ?? []
            let settings = input.ruleSet.settings(for: path)
            var rules = configured.filter { settings[$0] != nil }
            // Rules outside the configuration (unreadable-document, suppression checks) still get a case.
            for finding in findings where !rules.contains(finding.rule) { rules.append(finding.rule) }
            let readable = facts?.readable ?? true
            let fails = { (finding: Finding) in input.failingSeverity.map { finding.severity >= $0 } ?? false }
            let failing = findings.filter(fails)
            let cases = rules.map { rule -> Case in
                let own = failing.filter { $0.rule == rule }
                if rule == Linter.unreadableRuleID, !own.isEmpty { return Case(rule: rule, outcome: .errored(own)) }
                if !own.isEmpty { return Case(rule: rule, outcome: .failed(own)) }
                if !readable { return Case(rule: rule, outcome: .skipped("the document could not be read")) }
                return Case(rule: rule, outcome: .passed)
            }
            let notes = findings.filter { !fails($0) }
            return Suite(path: path, contributor: facts?.contributor, cases: cases, notes: notes)
        }
    }

    // MARK: - Private helpers

    private func render(_ suite: Suite, id: Int, timestamp: String) -> String {
        var failures = 0
        var errors = 0
        var skipped = 0
        for testCase in suite.cases {
            switch testCase.outcome {
            case .passed: break
            case .failed: failures += 1
            case .errored: errors += 1
            case .skipped: skipped += 1
            }
        }
        let attributes: KeyValuePairs<String, String> = [
            "name": suite.path, "package": JUnitReporter.package, "id": String(id), "timestamp": timestamp,
            "hostname": "localhost", "tests": String(suite.cases.count), "failures": String(failures),
            "errors": String(errors), "skipped": String(skipped), "time": "0.000",
        ]
        var output =
            "  <testsuite" + attributes.map { " \($0.key)=\"\(XMLText.attribute($0.value))\"" }.joined() + ">\n"
        if let contributor = suite.contributor {
            output += "    <properties>\n"
            output += "      <property name=\"contributor\" value=\"\(XMLText.attribute(contributor))\"/>\n"
            output += "    </properties>\n"
        } else {
            output += "    <properties/>\n"
        }
        let className = XMLText.attribute(JUnitReporter.className(suite.path))
        for testCase in suite.cases {
            let open =
                "    <testcase name=\"\(XMLText.attribute(testCase.rule))\" classname=\"\(className)\" time=\"0.000\""
            switch testCase.outcome {
            case .passed:
                output += open + "/>\n"
            case .skipped(let reason):
                output += open + ">\n      <skipped message=\"\(XMLText.attribute(reason))\"/>\n    </testcase>\n"
            case .failed(let findings):
                output += open + ">\n      " + problem("failure", findings) + "\n    </testcase>\n"
            case .errored(let findings):
                output += open + ">\n      " + problem("error", findings) + "\n    </testcase>\n"
            }
        }
        if suite.notes.isEmpty {
            output += "    <system-out/>\n"
        } else {
            let lines = suite.notes.map { finding in
                "\(finding.path):\(finding.range.start.line):\(finding.range.start.column): \(finding.severity.rawValue): "
                    + "\(finding.message) [\(finding.rule)]"
            }
            output += "    <system-out>" + XMLText.content(lines.joined(separator: "\n") + "\n") + "</system-out>\n"
        }
        output += "    <system-err/>\n  </testsuite>\n"
        return output
    }

    /// `<failure message=… type=severity>path:line:col: severity: message…</failure>` for a rule's findings.
    private func problem(_ element: String, _ findings: [Finding]) -> String {
        let worst = findings.map(\.severity).max() ?? .error
        let message =
            findings.count == 1
            ? findings.map(\.message).joined()
            : "\(findings.count) findings: " + findings.map(\.message).joined(separator: "; ")
        let body = findings.map { finding in
            "\(finding.path):\(finding.range.start.line):\(finding.range.start.column): \(finding.severity.rawValue): \(finding.message)"
        }
        return "<\(element) message=\"\(XMLText.attribute(message))\" type=\"\(worst.rawValue)\">"
            + XMLText.content(body.joined(separator: "\n")) + "</\(element)>"
    }
}
