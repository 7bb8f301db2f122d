// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "learnlint",
    products: [
        .executable(name: "learnlint", targets: ["learnlint"]),
        .library(name: "LearnLintKit", targets: ["LearnLintKit"]),
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
        .target(
            name: "LearnLintKit",
            dependencies: ["CYAML", "CCMarkGFM"]
        ),
        // The language server: JSON-RPC framing, the LSP messages it speaks, and editor state; the rules
        // themselves stay in LearnLintKit.
        .target(
            name: "LearnLintLSP",
            dependencies: ["LearnLintKit"]
        ),
        .executableTarget(
            name: "learnlint",
            dependencies: [
                "LearnLintKit",
                "LearnLintLSP",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "LearnLintKitTests",
            dependencies: ["LearnLintKit", "LearnLintLSP"]
        ),
    ]
)
