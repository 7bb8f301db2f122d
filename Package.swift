// swift-tools-version: 6.0
import PackageDescription

// Every target names the modules it imports: a file must import what it uses (docs/architecture.md).
let settings: [SwiftSetting] = [.enableUpcomingFeature("MemberImportVisibility")]

let package = Package(
    name: "learnlint",
    products: [
        .executable(name: "learnlint", targets: ["learnlint"]),
        .library(
            name: "LearnLintKit",
            targets: [
                "LearnLintCore", "LearnLintRules", "LearnLintConfiguration", "LearnLintIO", "LearnLintEngine",
                "LearnLintReporters",
            ]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
    ],
    targets: [
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        .systemLibrary(
            name: "CCMarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        // The layers, lowest first; a layer imports only layers above it in this list
        // (docs/architecture.md; ArchitectureTests checks every `import`).
        // Document model, text analysis, YAML reading, findings, facts, suppressions.
        .target(name: "LearnLintCore", dependencies: ["CYAML", "CCMarkGFM"], swiftSettings: settings),
        // The rule kinds, each configured from its RuleSpec.
        .target(name: "LearnLintRules", dependencies: ["LearnLintCore"], swiftSettings: settings),
        // rules.yaml: loading, inheritance, validation, the schema.
        .target(
            name: "LearnLintConfiguration", dependencies: ["LearnLintCore", "LearnLintRules"],
            swiftSettings: settings),
        // Files and git: discovery, reading, atomic writes, hooks, baselines.
        .target(
            name: "LearnLintIO", dependencies: ["LearnLintCore", "LearnLintConfiguration"],
            swiftSettings: settings),
        // The pipeline: rule set, linter, suppressions applied, corpus pass, coverage, fix, compare.
        .target(
            name: "LearnLintEngine",
            dependencies: ["LearnLintCore", "LearnLintRules", "LearnLintConfiguration", "LearnLintIO"],
            swiftSettings: settings),
        // Every output format, and merge (which reads the JSON format back).
        .target(
            name: "LearnLintReporters",
            dependencies: ["LearnLintCore", "LearnLintRules", "LearnLintConfiguration", "LearnLintEngine"],
            swiftSettings: settings),
        // The language server: JSON-RPC framing, the LSP messages it speaks, and editor state; the rules
        // themselves stay in the layers below.
        .target(
            name: "LearnLintLSP",
            dependencies: [
                "LearnLintCore", "LearnLintRules", "LearnLintConfiguration", "LearnLintIO", "LearnLintEngine",
                "LearnLintReporters",
            ],
            swiftSettings: settings),
        .executableTarget(
            name: "learnlint",
            dependencies: [
                "LearnLintCore", "LearnLintRules", "LearnLintConfiguration", "LearnLintIO", "LearnLintEngine",
                "LearnLintReporters", "LearnLintLSP",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: settings
        ),
        // What every test file shares: repository, fixture and ../shared paths (with the visible skip),
        // running the built binary and other programs, temporary folders, golden files, throw-away git
        // repositories. Only tests depend on it, and it imports no layer: it does what a shell does.
        .target(
            name: "LearnLintTestSupport", path: "Tests/LearnLintTestSupport",
            swiftSettings: settings),
        .testTarget(
            name: "LearnLintKitTests",
            dependencies: [
                "LearnLintCore", "LearnLintRules", "LearnLintConfiguration", "LearnLintIO", "LearnLintEngine",
                "LearnLintReporters", "LearnLintLSP", "LearnLintTestSupport",
            ],
            swiftSettings: settings
        ),
    ]
)
