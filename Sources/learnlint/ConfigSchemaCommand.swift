import ArgumentParser
import LearnLintConfiguration

/// `learnlint config schema`: prints the JSON Schema of rules.yaml (committed as schema/rules.schema.json).
struct ConfigSchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema", abstract: "Print the JSON Schema (draft 2020-12) of rules.yaml, for editors and CI.")

    func run() throws {
        print(ConfigurationSchema.text(), terminator: "")
    }
}
