import Foundation
import Testing

@testable import LearnLintIO

/// The posix_spawn runner that replaced Foundation's `Process` for git: output and errors collected,
/// the exit status kept, input fed while output is read (no deadlock however large either side), and
/// no shell between learnlint and the program.
@Suite struct ChildProcessTests {
    @Test func collectsBothStreamsAndTheExitStatus() throws {
        let result = try ChildProcess.run("/bin/sh", ["-c", "printf out; printf err >&2; exit 3"])
        #expect(String(decoding: result.standardOutput, as: UTF8.self) == "out")
        #expect(String(decoding: result.standardError, as: UTF8.self) == "err")
        #expect(result.exitStatus == 3)
        #expect(!result.succeeded)
    }

    @Test func argumentsReachTheProgramUninterpreted() throws {
        // No shell: quotes, spaces, `$` and `;` arrive as they were given.
        let words = ["a b", "'q'", "$HOME", "x;y", "", "ü"]
        let result = try ChildProcess.run("/usr/bin/printf", ["%s|"] + words)
        #expect(String(decoding: result.standardOutput, as: UTF8.self) == words.map { $0 + "|" }.joined())
        #expect(result.succeeded)
    }

    @Test func largeOutputOnBothStreamsWhileLargeInputIsWrittenDoesNotStall() throws {
        // 4 MB in, echoed to standard output, and 1 MB to standard error: far above a pipe's 64 KB,
        // so a runner that wrote all input before reading, or read one stream to its end before the
        // other, would hang here.
        let input = (0..<(4 << 20)).map { UInt8(truncatingIfNeeded: $0 % 251) }
        let script = "head -c 1048576 /dev/zero >&2 & cat; wait"
        let result = try ChildProcess.run("/bin/sh", ["-c", script], input: input)
        #expect(result.succeeded)
        #expect(result.standardOutput == input)
        #expect(result.standardError.count == 1 << 20)
    }

    @Test func aChildThatIgnoresItsInputEndsTheRunWithoutSIGPIPE() throws {
        // The child exits at once; writing the rest of the input would raise SIGPIPE in learnlint.
        let input = [UInt8](repeating: 0x61, count: 1 << 20)
        let result = try ChildProcess.run("/bin/sh", ["-c", "exit 0"], input: input)
        #expect(result.succeeded)
        #expect(result.standardOutput.isEmpty)
    }

    @Test func withoutInputTheChildReadsAnEmptyStandardInput() throws {
        let result = try ChildProcess.run("/bin/sh", ["-c", "wc -c"])
        #expect(String(decoding: result.standardOutput, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) == "0")
    }

    @Test func discardedStandardErrorIsEmpty() throws {
        let result = try ChildProcess.run("/bin/sh", ["-c", "echo gone >&2; echo kept"], collectStandardError: false)
        #expect(String(decoding: result.standardOutput, as: UTF8.self) == "kept\n")
        #expect(result.standardError.isEmpty)
    }

    @Test func aSignalIsNoExitStatus() throws {
        let result = try ChildProcess.run("/bin/sh", ["-c", "kill -TERM $$"])
        #expect(result.exitStatus == nil)
        #expect(!result.succeeded)
    }

    @Test func aMissingProgramIsAFailureWithTheSystemsWords() {
        #expect {
            _ = try ChildProcess.run("/nonexistent/program", [])
        } throws: { error in
            (error as? ChildProcess.Failure)?.description == "No such file or directory"
        }
    }

    @Test func concurrentRunsKeepTheirOutputsApart() async throws {
        // Each child gets only its own pipes (close-on-exec under one lock): a leaked write end
        // would make another run wait until this child ended, or mix outputs.
        try await withThrowingTaskGroup(of: (Int, String).self) { group in
            for index in 0..<16 {
                group.addTask {
                    let result = try ChildProcess.run("/bin/sh", ["-c", "echo \(index)"])
                    return (index, String(decoding: result.standardOutput, as: UTF8.self))
                }
            }
            for try await (index, output) in group { #expect(output == "\(index)\n") }
        }
    }

    @Test func gitFailuresCarryGitsMessage() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("learnlint-not-a-repo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect {
            _ = try Git.run(["rev-parse", "HEAD"], in: folder.path)
        } throws: { error in
            (error as? Git.Failure)?.message.contains("not a git repository") == true
        }
    }
}

/// `FileDescriptor.read`, which replaced `FileHandle.read(upToCount:)` for documents and standard input.
@Suite struct FileDescriptorTests {
    private static func withFile<T>(_ bytes: [UInt8], _ body: (Int32) throws -> T) throws -> T {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("learnlint-fd-\(UUID().uuidString)").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let descriptor = open(path, O_RDONLY)
        defer { close(descriptor) }
        return try body(descriptor)
    }

    @Test func aFileIsReadWholeOrCutAtTheLimit() throws {
        let bytes = (0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 7) }
        #expect(try Self.withFile(bytes) { FileDescriptor.read($0, upTo: .max) } == bytes)
        #expect(try Self.withFile(bytes) { FileDescriptor.read($0, upTo: 200_001) } == bytes)
        #expect(try Self.withFile(bytes) { FileDescriptor.read($0, upTo: 1_000) } == Array(bytes.prefix(1_000)))
        #expect(try Self.withFile(bytes) { FileDescriptor.read($0, upTo: 0) } == [])
        #expect(try Self.withFile([]) { FileDescriptor.read($0, upTo: .max) } == [])
        #expect(try Self.withFile(bytes) { descriptor in
            _ = FileDescriptor.read(descriptor, upTo: 10)
            return FileDescriptor.size(descriptor)
        } == bytes.count)
    }

    @Test func aPipeIsReadInChunksToItsEnd() throws {
        // More than one 64 KB chunk, from a pipe (no size known in advance, no seeking).
        var ends: [Int32] = [-1, -1]
        #expect(pipe(&ends) == 0)
        let bytes = (0..<300_000).map { UInt8(truncatingIfNeeded: $0 % 253) }
        let writeEnd = ends[1]
        let writer = Thread {
            FileDescriptor.writeAll(bytes, to: writeEnd)
            close(writeEnd)
        }
        writer.start()
        defer { close(ends[0]) }
        #expect(FileDescriptor.read(ends[0], upTo: .max) == bytes)
        #expect(FileDescriptor.size(ends[0]) == nil)
    }

    @Test func aFolderCannotBeRead() {
        let descriptor = open(FileManager.default.temporaryDirectory.path, O_RDONLY)
        defer { close(descriptor) }
        #expect(FileDescriptor.read(descriptor, upTo: .max) == nil)
    }
}
