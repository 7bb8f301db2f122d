import Foundation
import Testing
import LearnLintTestSupport

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Memory is bounded (issue 12): the built binary's peak resident size, read from `wait4`, stays under a
/// documented bound on generated finding-heavy and large documents (docs/robustness.md, "Memory").
///
/// The bounds are per finding and per document byte *above an empty run's peak* (the runtime, the
/// compiled rules and the binary's pages), so they hold for debug and release builds alike. Under the
/// thread sanitizer (`make tsan`, `LEARNLINT_SANITIZER=thread`) shadow memory multiplies every figure:
/// these tests are then off, and say so.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["LEARNLINT_SANITIZER"] == nil,
                "peak memory is not measured under a sanitizer (its shadow memory multiplies it)"))
struct PeakMemoryEndToEndTests {
    /// Bytes a run may hold per finding, the finding's own share of the document's tree included (a
    /// one-finding list item is a block, a paragraph and a text node). Measured: about 1.3 KB; before
    /// findings shared their fields and stored details sparsely, 2.7 KB.
    static let bytesPerFinding = 2_048
    /// Bytes a run may hold per document byte, for ordinary prose. Measured: about 19.
    static let bytesPerDocumentByte = 25

    /// A document in which every line is a misspelt technology (`- Github`, `- docker`), about `size` bytes.
    private func findingHeavyDocument(size: Int) -> (text: String, findings: Int) {
        var text = "# Notes\n\n## Key Technologies\n\n"
        var findings = 0
        while text.utf8.count < size {
            text += "- Github\n- docker\n"
            findings += 2
        }
        return (text, findings)
    }

    @Test func aFindingHeavyDocumentStaysUnderItsBoundPerFinding() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (text, findings) = findingHeavyDocument(size: 200_000)
        try text.write(to: folder.appendingPathComponent("heavy.md"), atomically: true, encoding: .utf8)
        try "# Notes\n".write(to: folder.appendingPathComponent("empty.md"), atomically: true, encoding: .utf8)
        let empty = try peakRun(["check", folder.appendingPathComponent("empty.md").path], in: folder)
        let heavy = try peakRun(["check", folder.appendingPathComponent("heavy.md").path], in: folder)
        #expect(heavy.status == 1)
        // Every item is one warning: the run really held that many findings.
        #expect(heavy.stdout.contains(": 3 errors, \(findings) warnings, 0 infos."), "\(heavy.stdout.suffix(200))")
        let perFinding = (heavy.peakBytes - empty.peakBytes) / findings
        #expect(perFinding < Self.bytesPerFinding,
                "\(perFinding) bytes per finding (peak \(heavy.peakBytes >> 20) MB, empty run \(empty.peakBytes >> 20) MB)")
    }

    @Test func aLargeDocumentStaysUnderItsBoundPerByte() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let paragraph = "I learned how Docker images are built in layers and why the cache matters for every build.\n\n"
        let text = "# Notes\n\n## Key Technologies\n\n- Docker\n\n## Concepts\n\n" + String(repeating: paragraph, count: 2_000_000 / paragraph.utf8.count)
        try text.write(to: folder.appendingPathComponent("large.md"), atomically: true, encoding: .utf8)
        try "# Notes\n".write(to: folder.appendingPathComponent("empty.md"), atomically: true, encoding: .utf8)
        try "version: 1\nextends: [default]\ndocuments: {max_bytes: 4000000}\n"
            .write(to: folder.appendingPathComponent("rules.yaml"), atomically: true, encoding: .utf8)
        let empty = try peakRun(["check", folder.appendingPathComponent("empty.md").path], in: folder)
        let large = try peakRun(
            ["check", folder.appendingPathComponent("large.md").path, "--config", folder.appendingPathComponent("rules.yaml").path], in: folder)
        #expect(large.status == 1 && large.stdout.contains("1 document checked"), "\(large.stdout.suffix(300))")
        let perByte = (large.peakBytes - empty.peakBytes) / text.utf8.count
        #expect(perByte < Self.bytesPerDocumentByte,
                "\(perByte) bytes per document byte (peak \(large.peakBytes >> 20) MB, empty run \(empty.peakBytes >> 20) MB)")
    }

    /// Runs the built binary with standard output to a file and returns its exit status, output and peak
    /// resident size (`ru_maxrss` of `wait4`, which Foundation's `Process` does not expose).
    /// Paths in `arguments` are absolute: posix_spawn here cannot change the child's folder.
    private func peakRun(_ arguments: [String], in folder: URL) throws -> (status: Int32, stdout: String, peakBytes: Int) {
        let output = folder.appendingPathComponent("stdout-\(UUID().uuidString)")
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, output.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = [learnLintBinary()] + arguments
        let cArguments = argv.map { strdup($0) } + [nil]
        defer { cArguments.forEach { free($0) } }
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        let cEnvironment = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { cEnvironment.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, argv[0], &actions, nil, cArguments, cEnvironment)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EIO) }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let text = (try? String(contentsOf: output, encoding: .utf8)) ?? ""
        // Linux reports ru_maxrss in kilobytes.
        return ((status >> 8) & 0xFF, text, Int(usage.ru_maxrss) * 1024)
    }
}
