import Foundation
import Testing
import LearnLintTestSupport

/// The layers of docs/architecture.md, lowest first: a target may import the project's targets before
/// it in this list and none after it. SwiftPM already refuses cycles; this keeps the order itself
/// (a rule importing the engine compiles if Package.swift is loosened, and must not).
enum Architecture {
    static let layers = [
        "LearnLintCore", "LearnLintRules", "LearnLintConfiguration", "LearnLintIO", "LearnLintEngine",
        "LearnLintReporters", "LearnLintLSP", "learnlint",
    ]
    /// The test-support target (under Tests/): only the test target depends on it.
    static let testSupport = "LearnLintTestSupport"
    /// Targets that are not layers (system libraries' module maps): anyone may import them.
    static let systemTargets: Set<String> = ["CYAML", "CCMarkGFM"]

    /// `import X` lines of a Swift file, with their line numbers (attributes, access and kinds allowed:
    /// `@testable import X`, `package import X`, `import struct X.Y`).
    static func imports(in text: String) -> [(line: Int, module: String)] {
        var found: [(line: Int, module: String)] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var words = line.split(whereSeparator: { $0 == " " || $0 == "\t" })[...]
            while let first = words.first, first.hasPrefix("@") || ["public", "package", "internal", "private", "fileprivate"].contains(first) {
                words = words.dropFirst()
            }
            guard words.first == "import", words.count >= 2 else { continue }
            words = words.dropFirst()
            if ["struct", "class", "enum", "protocol", "func", "var", "let", "typealias"].contains(words.first ?? ""), words.count >= 2 {
                words = words.dropFirst()
            }
            guard let name = words.first?.split(separator: ".").first else { continue }
            found.append((index + 1, String(name)))
        }
        return found
    }

    /// Every `import` of every Swift file of every layer under Sources/, with its place; a folder that
    /// cannot be read is recorded as an issue.
    static func sourceImports() throws -> [(target: String, file: String, line: Int, module: String)] {
        let sources = Repo.root.appendingPathComponent("Sources")
        var found: [(target: String, file: String, line: Int, module: String)] = []
        for target in layers {
            let folder = sources.appendingPathComponent(target)
            guard let walker = FileManager.default.enumerator(atPath: folder.path) else {
                Issue.record("Sources/\(target) cannot be read")
                continue
            }
            for case let relative as String in walker where relative.hasSuffix(".swift") {
                let text = try String(contentsOf: folder.appendingPathComponent(relative), encoding: .utf8)
                found += imports(in: text).map { (target, "Sources/\(target)/\(relative)", $0.line, $0.module) }
            }
        }
        return found
    }

    /// Why `target` may not import `module`, or nil when it may.
    static func violation(target: String, imports module: String) -> String? {
        guard let own = layers.firstIndex(of: target) else { return "\(target) is not in the layer table" }
        guard let other = layers.firstIndex(of: module) else { return nil }  // not a project target
        if other == own { return "\(target) imports itself" }
        return other < own ? nil : "\(target) (layer \(own)) imports \(module) (layer \(other)), a higher layer"
    }
}

@Suite struct ArchitectureTests {
    @Test func everySourceTargetIsALayer() throws {
        let targets = try FileManager.default.contentsOfDirectory(atPath: Repo.root.appendingPathComponent("Sources").path)
            .filter { !$0.hasPrefix(".") && !Architecture.systemTargets.contains($0) }
        #expect(Set(targets) == Set(Architecture.layers), "a new target needs its place in Architecture.layers and docs/architecture.md")
    }

    @Test func noLayerImportsAHigherOne() throws {
        let found = try Architecture.sourceImports()
        for (target, file, line, module) in found {
            if let problem = Architecture.violation(target: target, imports: module) {
                Issue.record("\(file):\(line): \(problem)")
            }
        }
        // The walk saw the imports: a broken path would otherwise pass with nothing checked.
        #expect(found.count > 100)
    }

    @Test func theCheckSeesAnUpwardImport() {
        let text = "import Foundation\n@testable import LearnLintEngine\npackage import struct LearnLintCore.Document\n"
        let found = Architecture.imports(in: text)
        #expect(found.map(\.module) == ["Foundation", "LearnLintEngine", "LearnLintCore"])
        #expect(found.map(\.line) == [1, 2, 3])
        #expect(Architecture.violation(target: "LearnLintRules", imports: "LearnLintEngine") != nil)
        #expect(Architecture.violation(target: "LearnLintRules", imports: "LearnLintRules") != nil)
        #expect(Architecture.violation(target: "LearnLintCore", imports: "LearnLintRules") != nil)
        #expect(Architecture.violation(target: "LearnLintEngine", imports: "LearnLintCore") == nil)
        #expect(Architecture.violation(target: "learnlint", imports: "LearnLintLSP") == nil)
        #expect(Architecture.violation(target: "LearnLintLSP", imports: "learnlint") != nil)
        #expect(Architecture.violation(target: "LearnLintCore", imports: "CYAML") == nil)
        #expect(Architecture.violation(target: "LearnLintCore", imports: "Foundation") == nil)
    }

    /// No source imports full Foundation (which links FoundationInternationalization and ICU into the
    /// binary): FoundationEssentials, Glibc, Dispatch, Synchronization and the project's own modules only.
    @Test func noSourceImportsFullFoundation() throws {
        let allowedOutside: Set<String> = [
            "FoundationEssentials", "Glibc", "Musl", "Darwin", "Dispatch", "Synchronization", "ArgumentParser",
        ]
        let found = try Architecture.sourceImports()
        for (_, file, line, module) in found {
            let known = Architecture.layers.contains(module) || Architecture.systemTargets.contains(module)
            if !known, !allowedOutside.contains(module) {
                Issue.record("\(file):\(line): imports \(module); docs/architecture.md lists what a layer may import")
            }
        }
        #expect(found.count > 100)
    }

    /// Package.swift lists, for each layer, exactly the project targets below it that it uses; a target
    /// depending on a higher one would be a cycle in waiting.
    @Test func packageDependenciesFollowTheLayers() throws {
        let manifest = try Repo.read("Package.swift")
        for target in Architecture.layers {
            guard let start = manifest.range(of: "name: \"\(target)\"") else {
                Issue.record("Package.swift has no target \(target)")
                continue
            }
            // The target's declaration runs to the next `swiftSettings` (every target has them).
            guard let end = manifest.range(of: "swiftSettings", range: start.upperBound..<manifest.endIndex) else {
                Issue.record("\(target) has no swiftSettings (MemberImportVisibility) in Package.swift")
                continue
            }
            let declaration = manifest[start.upperBound..<end.lowerBound]
            if declaration.contains("\"\(Architecture.testSupport)\"") {
                Issue.record("Package.swift: \(target) depends on \(Architecture.testSupport), which only tests may use")
            }
            for other in Architecture.layers where other != target && declaration.contains("\"\(other)\"") {
                if let problem = Architecture.violation(target: target, imports: other) {
                    Issue.record("Package.swift: \(problem)")
                }
            }
        }
        #expect(manifest.contains(".enableUpcomingFeature(\"MemberImportVisibility\")"))
        // The test target does use it (a renamed support target would otherwise pass unseen).
        let tests = try #require(manifest.range(of: "name: \"LearnLintKitTests\""))
        #expect(manifest[tests.upperBound...].prefix(400).contains("\"\(Architecture.testSupport)\""))
    }

    /// The shared test helpers run the built binary and handle files as a user's shell would: they
    /// import no layer, so an end-to-end test cannot lean on the library through them.
    @Test func testSupportImportsNoLayer() throws {
        let folder = Repo.root.appendingPathComponent("Tests/\(Architecture.testSupport)")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".swift") }
        #expect(files.count >= 3, "Tests/\(Architecture.testSupport) holds the shared helpers")
        var imports = 0
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            for (line, module) in Architecture.imports(in: text) {
                imports += 1
                if Architecture.layers.contains(module) {
                    Issue.record("Tests/\(Architecture.testSupport)/\(file):\(line) imports \(module), a layer")
                }
            }
        }
        #expect(imports > 0)
    }
}
