import ArgumentParser
import Foundation
import LearnLintCore
import LearnLintRules
import LearnLintConfiguration
import LearnLintEngine

/// `learnlint rules`: the rules of the active configuration (or, with --docs, docs/rules.md).
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rules", abstract: "List the configured rules.")

    @OptionGroup var configOptions: ConfigOptions

    @Flag(name: .long, help: "Print the rule-kind reference (docs/rules.md) instead.")
    var docs = false

    func run() throws {
        if docs {
            print(RuleDocumentation.markdown(), terminator: "")
            return
        }
        try exitingOnConfigurationError {
            let ruleSet = try configOptions.ruleSet()
            let width = ruleSet.rules.map(\.id.count).max() ?? 0
            for rule in ruleSet.rules {
                let severity = rule.spec.enabled ? rule.severity.rawValue : "off"
                let id = rule.id.padding(toLength: width, withPad: " ", startingAt: 0)
                let kind = rule.kind.padding(toLength: 12, withPad: " ", startingAt: 0)
                print("\(id)  \(kind) \(severity.padding(toLength: 8, withPad: " ", startingAt: 0)) \(rule.spec.summary ?? type(of: rule).description.summary)")
            }
        }
    }
}

/// `learnlint explain RULE`: a rule (by id or kind) with its triggering and non-triggering examples.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "explain", abstract: "Explain a rule, with examples.")

    @OptionGroup var configOptions: ConfigOptions

    @Argument(help: "A rule id (e.g. required-sections) or a rule kind (e.g. sections); none lists them.")
    var rule: String?

    @Option(name: .long, help: "For a pairing rule: show how each unit of FILE's challenges section was judged.")
    var trace: String?

    @Flag(name: .long, help: "For a pairing rule: list its named heuristics (the names `disable:` takes).")
    var heuristics = false

    @Option(name: .long, help: "Format of the --trace output.")
    var format: TraceFormat = .text

    func validate() throws {
        guard format == .text || trace != nil else { throw ValidationError("--format applies to --trace FILE") }
    }

    func run() throws {
        if heuristics {
            print(PairingRule.renderHeuristics(examples: false), terminator: "")
            return
        }
        if let trace {
            return try traceFile(trace)
        }
        try exitingOnConfigurationError {
            let configuration = try configOptions.load()
            guard let rule else {
                print(listing(configuration), terminator: "")
                return
            }
            if let spec = configuration.rules.first(where: { $0.id == rule }),
                let description = RuleRegistry.description(ofKind: spec.kind)
            {
                print(RuleDocumentation.explain(description, spec: spec), terminator: "")
                printHeuristics(of: description)
            } else if let description = RuleRegistry.description(ofKind: rule) {
                print(RuleDocumentation.explain(description, spec: nil), terminator: "")
                printHeuristics(of: description)
            } else {
                let known = configuration.rules.map(\.id) + RuleRegistry.kindNames
                let hint = Suggestion.closest(to: rule, in: known).map { "; did you mean '\($0)'?" }
                    ?? "; `learnlint explain` lists the rule ids and kinds"
                throw CommandFailure("no rule or rule kind '\(rule)'\(hint)")
            }
        }
    }

    /// `learnlint explain` with no argument: what it can explain.
    private func listing(_ configuration: Configuration) -> String {
        let source = configuration.source == ConfigurationLoader.builtInSource ? "the built-in rules" : configuration.source
        var text = "Usage: learnlint explain RULE-ID | KIND\n\nRule ids (from \(source)):\n"
        for spec in configuration.rules { text += "  \(spec.id) (\(spec.kind))\n" }
        text += "\nRule kinds:\n"
        for kind in RuleRegistry.kindNames { text += "  \(kind)\n" }
        return text
    }
}

extension ExplainCommand {
    /// The pairing kind's named heuristics, each with its examples, after the kind's own.
    private func printHeuristics(of description: RuleKindDescription) {
        guard description.kind == PairingRule.description.kind else { return }
        print("\nHeuristics (switch one off with `disable: [name]`; each fires or does not on its examples):")
        print(PairingRule.renderHeuristics(examples: true), terminator: "")
    }

    /// `--trace FILE`: the pairing rule's reading of one document.
    private func traceFile(_ path: String) throws {
        try exitingOnConfigurationError {
            let ruleSet = try configOptions.ruleSet()
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                throw CommandFailure("cannot read '\(path)'")
            }
            // Without a rule id, the first pairing rule of the configuration.
            let name = rule ?? PairingRule.description.kind
            let pairing = ruleSet.rules.filter { $0.kind == PairingRule.description.kind }
            guard !pairing.isEmpty, pairing.contains(where: { $0.id == name }) || name == PairingRule.description.kind
            else {
                throw CommandFailure("--trace explains a pairing rule; '\(name)' is none")
            }
            let entries = PairingRule.trace(text, path: path, ruleSet: ruleSet, ruleID: name)
            switch format {
            case .text:
                print(PairingRule.renderTrace(entries, path: path), terminator: "")
            case .json:
                let id = PairingRule.tracedRule(in: ruleSet.rules, ruleID: name)?.id
                print(PairingRule.renderTraceJSON(entries, path: path, ruleID: id), terminator: "")
            }
        }
    }
}

/// The formats of `explain --trace`.
enum TraceFormat: String, RawValueArgument {
    case text, json
}

/// `learnlint init`: writes the built-in rules.yaml into the current folder.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "init", abstract: "Write the default rules.yaml here.")

    @Flag(name: .long, help: "Overwrite an existing rules.yaml.")
    var force = false

    func run() throws {
        let path = "rules.yaml"
        if FileManager.default.fileExists(atPath: path), !force {
            printError("learnlint: rules.yaml already exists; use --force to overwrite it")
            throw ExitCode(2)
        }
        try writeFile(DefaultRules.yaml, to: path)
        print("Wrote rules.yaml (the built-in default rules).")
    }
}

/// `learnlint config check [FILE]`: validates a rules file and runs its rules' own examples.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config", abstract: "Work with rules files.",
        subcommands: [ConfigCheckCommand.self, ConfigSchemaCommand.self])
}

struct ConfigCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Validate a rules file and run its rules' examples; exit 2 when it is wrong.")

    @Argument(help: "The rules file (default: the one learnlint would use here).")
    var file: String?

    func run() throws {
        try exitingOnConfigurationError {
            let options = try ConfigOptions.parse(file.map { ["--config", $0] } ?? [])
            let ruleSet = try options.ruleSet()
            do {
                let mismatches = try ExampleRunner.checkUserExamples(ruleSet.configuration)
                guard mismatches.isEmpty else {
                    throw ConfigurationFailure(error: .examplesFailed(mismatches.map(\.description)))
                }
            } catch let error as ConfigurationError {
                throw ConfigurationFailure(error: error)
            }
            guard !ruleSet.activeRuleIDs.isEmpty else {
                throw CommandFailure("\(ruleSet.configuration.source) enables no rule, so a check with it checks nothing; add rules (or `extends: [default]`)")
            }
            print("\(ruleSet.configuration.source): OK (\(ruleSet.rules.count) rule\(ruleSet.rules.count == 1 ? "" : "s"))")
        }
    }
}
