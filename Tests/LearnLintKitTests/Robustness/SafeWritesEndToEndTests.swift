import Foundation
import Testing
import LearnLintTestSupport

@testable import LearnLintCore
@testable import LearnLintRules
@testable import LearnLintConfiguration
@testable import LearnLintIO
@testable import LearnLintEngine
@testable import LearnLintReporters

/// Writes go *through* what a path names (links, FIFOs, standard streams) and keep modes, owners and
/// hard links; `fix` stays inside the tree and refuses read-only files (issue 12). No test writes to
/// the real `/dev/null`: a FIFO and links to temporary files stand in for special files.
@Suite struct SafeWritesEndToEndTests {
    /// A folder holding one document with two fixable spellings, for `check` and `fix`.
    private func corpus() throws -> URL {
        let folder = try temporaryFolder()
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("ada"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: Repo.root.appendingPathComponent("fixtures/hostile/bare-cr/README.md"), to: folder.appendingPathComponent("ada/README.md"))
        try "version: 1\nextends: [default]\n".write(to: folder.appendingPathComponent("rules.yaml"), atomically: true, encoding: .utf8)
        return folder
    }

    private func kind(_ path: URL) -> mode_t {
        var info = stat()
        return lstat(path.path, &info) == 0 ? info.st_mode & S_IFMT : 0
    }

    private func mode(_ path: URL) -> mode_t {
        var info = stat()
        return stat(path.path, &info) == 0 ? info.st_mode & 0o7777 : 0
    }

    @Test(arguments: [["--output"], ["--report", "json="], ["--write-baseline"]])
    func reportsAreWrittenThroughASymbolicLink(option: [String]) throws {
        let folder = try corpus()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("kept/target.json")
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try "old\n".write(to: target, atomically: true, encoding: .utf8)
        #expect(chmod(target.path, 0o640) == 0)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("link.json").path, withDestinationPath: "kept/target.json")
        let arguments = option.count == 2 ? [option[0], option[1] + "link.json"] : [option[0], "link.json"]
        let result = try runLearnLint(["check", "--format", "json"] + arguments, in: folder)
        #expect(result.status <= 1, "\(result.stderr)")
        #expect(kind(folder.appendingPathComponent("link.json")) == S_IFLNK, "the link is still a link")
        let written = try String(contentsOf: target, encoding: .utf8)
        #expect(written.hasPrefix("{\n  \""), "the target holds the report")
        #expect(mode(target) == 0o640, "the target keeps its mode")
    }

    @Test func aReportIsWrittenIntoAFIFOWhichStaysAFIFO() throws {
        let folder = try corpus()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("report.fifo")
        #expect(mkfifo(fifo.path, 0o600) == 0)
        let script = "cat report.fifo > received.txt & \"$0\" check --format json --output report.fifo; status=$?; wait; exit $status"
        let result = try runProgram("/usr/bin/timeout", ["30", "/bin/sh", "-c", script, learnLintBinary()], in: folder)
        #expect(result.status == 1, "\(result.stderr)")
        #expect(kind(fifo) == S_IFIFO)
        let received = try String(contentsOf: folder.appendingPathComponent("received.txt"), encoding: .utf8)
        #expect(received.contains("\"schema\": \"learnlint/report@1\""))
    }

    @Test func devStdoutJoinsStandardOutputEvenWhenItAppends() throws {
        let folder = try corpus()
        defer { try? FileManager.default.removeItem(at: folder) }
        let direct = try runLearnLint(["check", "--output", "/dev/stdout"], in: folder)
        #expect(direct.status == 1)
        #expect(direct.stdout.hasSuffix(": 2 errors, 1 warning, 0 infos.\n"), "\(direct.stdout)")
        try "earlier line\n".write(to: folder.appendingPathComponent("log.txt"), atomically: true, encoding: .utf8)
        let appended = try runProgram("/bin/sh", ["-c", "\"$0\" check --output /dev/stdout >> log.txt", learnLintBinary()], in: folder)
        #expect(appended.status == 1)
        let log = try String(contentsOf: folder.appendingPathComponent("log.txt"), encoding: .utf8)
        #expect(log.hasPrefix("earlier line\nada/README.md:"), "the earlier content stays: \(log)")
    }

    @Test func aNewReportGetsTheUsualModeAndAnOldOneKeepsItsOwn() throws {
        let folder = try corpus()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try runProgram("/bin/sh", ["-c", "umask 022 && \"$0\" check --output fresh.txt", learnLintBinary()], in: folder)
        #expect(mode(folder.appendingPathComponent("fresh.txt")) == 0o644)
        try "old\n".write(to: folder.appendingPathComponent("private.txt"), atomically: true, encoding: .utf8)
        #expect(chmod(folder.appendingPathComponent("private.txt").path, 0o600) == 0)
        _ = try runLearnLint(["check", "--output", "private.txt"], in: folder)
        #expect(mode(folder.appendingPathComponent("private.txt")) == 0o600)
        #expect(try String(contentsOf: folder.appendingPathComponent("private.txt"), encoding: .utf8).contains("[technology-names]"))
    }

    @Test func theHookIsWrittenThroughALinkedHook() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try runProgram("/usr/bin/git", ["init", "-q", "."], in: folder).status == 0)
        let first = try runLearnLint(["install-hook"], in: folder)
        try #require(first.status == 0, "\(first.stderr)")
        // A hook manager keeps the hook elsewhere and links it in.
        let hooks = folder.appendingPathComponent(".git/hooks")
        let kept = folder.appendingPathComponent("managed-hook")
        try FileManager.default.moveItem(at: hooks.appendingPathComponent("pre-commit"), to: kept)
        try FileManager.default.createSymbolicLink(atPath: hooks.appendingPathComponent("pre-commit").path, withDestinationPath: kept.path)
        let again = try runLearnLint(["install-hook"], in: folder)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(kind(hooks.appendingPathComponent("pre-commit")) == S_IFLNK)
        #expect(mode(kept) & 0o111 != 0, "still executable")
    }

    // MARK: - fix

    @Test func fixDoesNotFollowALinkOutOfTheTree() throws {
        let folder = try corpus()
        let outside = try temporaryFolder()
        defer {
            try? FileManager.default.removeItem(at: folder)
            try? FileManager.default.removeItem(at: outside)
        }
        let victim = outside.appendingPathComponent("victim.md")
        try "# Elsewhere\n- Github Actions\n".write(to: victim, atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("eve"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("eve/README.md").path, withDestinationPath: victim.path)
        // Walking: the link is not even listed.
        let walked = try runLearnLint(["fix"], in: folder)
        #expect(walked.status == 0, "\(walked.stderr)")
        // Named on the command line: refused, with the reason.
        let named = try runLearnLint(["fix", "eve/README.md"], in: folder)
        #expect(named.status == 2)
        #expect(named.stderr.contains("cannot write 'eve/README.md': it is a symbolic link to '"), "\(named.stderr)")
        #expect(try String(contentsOf: victim, encoding: .utf8) == "# Elsewhere\n- Github Actions\n")
    }

    @Test func fixKeepsHardLinksModeAndOwner() throws {
        let folder = try corpus()
        defer { try? FileManager.default.removeItem(at: folder) }
        let document = folder.appendingPathComponent("ada/README.md")
        let other = folder.appendingPathComponent("other-name.md")
        #expect(link(document.path, other.path) == 0)
        #expect(chmod(document.path, 0o664) == 0)
        let isRoot = geteuid() == 0
        if isRoot { #expect(chown(document.path, 65534, 65534) == 0) }
        let result = try runLearnLint(["fix", "ada"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let fixed = try String(contentsOf: document, encoding: .utf8)
        #expect(fixed.contains("GitHub Actions") && !fixed.contains("Github Actions"))
        #expect(try String(contentsOf: other, encoding: .utf8) == fixed, "the other name sees the fix")
        var info = stat()
        #expect(stat(document.path, &info) == 0)
        #expect(info.st_nlink == 2 && info.st_mode & 0o7777 == 0o664)
        if isRoot { #expect(info.st_uid == 65534 && info.st_gid == 65534) }
    }

    @Test func fixRefusesAReadOnlyFile() throws {
        let folder = try corpus()
        defer { try? FileManager.default.removeItem(at: folder) }
        let document = folder.appendingPathComponent("ada/README.md")
        let before = try Data(contentsOf: document)
        #expect(chmod(document.path, 0o444) == 0)
        let result = try runLearnLint(["fix"], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr.contains("ada/README.md': it is read-only; make it writable to fix it"), "\(result.stderr)")
        #expect(try Data(contentsOf: document) == before)
        #expect(mode(document) == 0o444)
    }

    @Test func temporaryFilesAreNeverLintedAsDocuments() throws {
        let folder = try corpus()
        defer { try? FileManager.default.removeItem(at: folder) }
        // What a run killed between writing and renaming leaves behind.
        try "# Leftover\n".write(to: folder.appendingPathComponent("ada/\(AtomicFile.temporaryPrefix)Ab12Cd"), atomically: true, encoding: .utf8)
        try "version: 1\nextends: [default]\ndocuments: {include: [\"**/*\"]}\n"
            .write(to: folder.appendingPathComponent("rules.yaml"), atomically: true, encoding: .utf8)
        let result = try runLearnLint(["check", "--format", "json", "ada"], in: folder)
        let paths = try parseJSON(result.stdout)["documents"]?.arrayValue?.compactMap { $0["path"]?.stringValue }
        #expect(paths == ["ada/README.md"])
        let written = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("ada").path)
        #expect(written.sorted() == ["\(AtomicFile.temporaryPrefix)Ab12Cd", "README.md"])
    }

    /// An interrupted write leaves the old file whole: the new bytes only ever replace it by a rename.
    @Test func sigkillMidWriteLeavesTheOldReportIntact() throws {
        let folder = try corpus()
        defer { try? FileManager.default.removeItem(at: folder) }
        let big = String(repeating: "- Github Actions and Postgres\n", count: 20_000)
        for index in 0..<10 {
            let path = folder.appendingPathComponent("c\(index)/README.md")
            try FileManager.default.createDirectory(at: path.deletingLastPathComponent(), withIntermediateDirectories: true)
            try ("# Notes\n## Key Technologies\n" + big).write(to: path, atomically: true, encoding: .utf8)
        }
        try "version: 1\nextends: [default]\ndocuments: {max_bytes: 10000000}\n"
            .write(to: folder.appendingPathComponent("rules.yaml"), atomically: true, encoding: .utf8)
        try "previous report\n".write(to: folder.appendingPathComponent("report.json"), atomically: true, encoding: .utf8)
        for delay in ["0.3", "0.6", "0.9"] {
            let script = "\"$0\" check --format json --output report.json & pid=$!; sleep \(delay); kill -9 $pid; wait $pid; true"
            _ = try runProgram("/bin/sh", ["-c", script, learnLintBinary()], in: folder)
            let text = try String(contentsOf: folder.appendingPathComponent("report.json"), encoding: .utf8)
            #expect(text == "previous report\n" || text.hasSuffix("\n  ]\n}\n"), "a whole report, old or new")
        }
    }
}
