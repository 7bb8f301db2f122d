import Foundation

/// Runs `git` (found on PATH) in a folder; used by `--changed-since` and `install-hook`.
public enum Git {
    /// A git command that failed, with git's own message.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    /// Runs git; returns its standard output, or throws with its standard error when it fails.
    /// `input`, when given, is written to git's standard input (from another thread, so a large
    /// output cannot stall the write).
    public static func run(_ arguments: [String], in directory: String, input: Data? = nil) throws(Failure) -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let inputPipe = input.map { _ in Pipe() }
        process.standardInput = inputPipe ?? FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw Failure(message: "cannot run git: \(error.localizedDescription)")
        }
        if let input, let inputPipe {
            let writer = inputPipe.fileHandleForWriting
            DispatchQueue.global().async {
                try? writer.write(contentsOf: input)
                try? writer.close()
            }
        }
        // Drain stderr on another thread so neither pipe can fill up and stall git.
        let errors = PipeReader(err)
        let output = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let text = String(decoding: errors.wait(), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw Failure(message: text.isEmpty ? "git \(arguments.joined(separator: " ")) failed" : text)
        }
        return output
    }

    /// Runs git and splits its `-z` output into paths.
    public static func paths(_ arguments: [String], in directory: String) throws(Failure) -> [String] {
        try run(arguments, in: directory).split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
    }
}

/// Reads a pipe to its end on a background queue.
private final class PipeReader: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var data = Data()

    init(_ pipe: Pipe) {
        DispatchQueue.global().async {
            self.data = pipe.fileHandleForReading.readDataToEndOfFile()
            self.done.signal()
        }
    }

    /// The bytes, once the writer has closed the pipe (the semaphore orders the write before this read).
    func wait() -> Data {
        done.wait()
        return data
    }
}
