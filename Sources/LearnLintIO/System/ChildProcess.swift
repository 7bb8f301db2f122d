import Glibc
import LearnLintCore

/// Runs a program with `posix_spawn` (no shell), feeding it bytes and collecting both of its output
/// streams: what learnlint needed Foundation's `Process` and `Pipe` for (git calls).
///
/// One thread does all the waiting, `poll` over the pipes, so a child that fills one pipe while
/// learnlint writes to another cannot stall either side, however large its output.
package enum ChildProcess {
    /// What a finished child left.
    package struct Output: Sendable {
        /// The exit status; nil when a signal ended the child.
        package var exitStatus: Int32?
        package var standardOutput: [UInt8]
        /// Empty unless standard error was collected.
        package var standardError: [UInt8]

        package var succeeded: Bool { exitStatus == 0 }
    }

    /// Why the child could not be started (the system's words).
    package struct Failure: Error, Sendable, CustomStringConvertible {
        package var description: String
    }

    /// Runs `executable` (an absolute path) with `arguments` (without the program name) in this
    /// process's environment and folder. Standard input is `input`, or `/dev/null` when nil; standard
    /// error is collected or sent to `/dev/null`.
    package static func run(
        _ executable: String, _ arguments: [String], input: [UInt8]? = nil, collectStandardError: Bool = true
    ) throws(Failure) -> Output {
        let child = try spawnLock.withLock { spawns throws(Failure) in
            spawns += 1
            return try Child.spawn(executable, arguments, writesInput: input != nil, collectsErrors: collectStandardError)
        }
        var streams = Streams(child: child, input: input ?? [])
        streams.pump()
        return Output(exitStatus: wait(for: child.pid), standardOutput: streams.output, standardError: streams.errors)
    }

    // MARK: - Private helpers

    /// Pipes are made, marked close-on-exec and handed to a child under one lock: a child that another
    /// thread spawned in between would inherit our ends and keep our reads from ever ending. The lock
    /// guards a count of spawns, not `()`: the thread sanitizer misreads an access to a value of size 0.
    private static let spawnLock = Locked(0)

    /// The child's exit status once it ends (nil when a signal ended it).
    private static func wait(for pid: pid_t) -> Int32? {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { return nil }
        }
        // The <sys/wait.h> macros, which Swift does not import: low 7 bits zero is a normal exit.
        return status & 0x7F == 0 ? (status >> 8) & 0xFF : nil
    }
}

/// A started child and learnlint's ends of its pipes.
private struct Child {
    var pid: pid_t
    var output: Int32
    var errors: Int32?
    var input: Int32?

    static func spawn(_ executable: String, _ arguments: [String], writesInput: Bool, collectsErrors: Bool)
        throws(ChildProcess.Failure) -> Child
    {
        var opened: [Int32] = []
        func pipe() throws(ChildProcess.Failure) -> (read: Int32, write: Int32) {
            var ends: [Int32] = [-1, -1]
            guard Glibc.pipe(&ends) == 0 else { throw ChildProcess.Failure(description: systemError(errno)) }
            opened += ends
            for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
            return (ends[0], ends[1])
        }
        do throws(ChildProcess.Failure) {
            let output = try pipe()
            let errors = collectsErrors ? try pipe() : nil
            let input = writesInput ? try pipe() : nil
            var actions = posix_spawn_file_actions_t()
            posix_spawn_file_actions_init(&actions)
            defer { posix_spawn_file_actions_destroy(&actions) }
            if let input {
                posix_spawn_file_actions_adddup2(&actions, input.read, STDIN_FILENO)
            } else {
                posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0)
            }
            posix_spawn_file_actions_adddup2(&actions, output.write, STDOUT_FILENO)
            if let errors {
                posix_spawn_file_actions_adddup2(&actions, errors.write, STDERR_FILENO)
            } else {
                posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0)
            }
            // Default signal handling and nothing blocked in the child, whatever learnlint set (the
            // language server ignores SIGPIPE; git must not inherit that).
            var attributes = posix_spawnattr_t()
            posix_spawnattr_init(&attributes)
            defer { posix_spawnattr_destroy(&attributes) }
            var none = sigset_t()
            sigemptyset(&none)
            var all = sigset_t()
            sigfillset(&all)
            posix_spawnattr_setsigmask(&attributes, &none)
            posix_spawnattr_setsigdefault(&attributes, &all)
            posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
            let argv = ([executable] + arguments).map { strdup($0) } + [nil]
            defer { for pointer in argv { free(pointer) } }
            var pid = pid_t()
            let status = posix_spawn(&pid, executable, &actions, &attributes, argv, environ)
            guard status == 0 else { throw ChildProcess.Failure(description: systemError(status)) }
            // The child holds its own copies; ours would keep the reads below from seeing the end.
            close(output.write)
            if let errors { close(errors.write) }
            if let input { close(input.read) }
            return Child(pid: pid, output: output.read, errors: errors?.read, input: input?.write)
        } catch let failure {
            for end in opened { close(end) }
            throw failure
        }
    }
}

/// Writes the child's input and reads its two outputs as each becomes ready, until all three end.
private struct Streams {
    var output: [UInt8] = []
    var errors: [UInt8] = []
    private var descriptors: [Int32]
    private let outputDescriptor: Int32
    private let inputDescriptor: Int32?
    private let input: [UInt8]
    private var written = 0

    init(child: Child, input: [UInt8]) {
        descriptors = [child.output] + [child.errors, child.input].compactMap { $0 }
        outputDescriptor = child.output
        inputDescriptor = child.input
        self.input = input
    }

    mutating func pump() {
        // A child that exits without reading all of its input must not kill learnlint with SIGPIPE:
        // while writing, SIGPIPE is blocked in this thread (the write fails with EPIPE instead) and a
        // pending one is taken back before the mask is restored.
        var pipeSignal = sigset_t()
        sigemptyset(&pipeSignal)
        sigaddset(&pipeSignal, SIGPIPE)
        var previous = sigset_t()
        if let inputDescriptor {
            pthread_sigmask(SIG_BLOCK, &pipeSignal, &previous)
            _ = fcntl(inputDescriptor, F_SETFL, fcntl(inputDescriptor, F_GETFL) | O_NONBLOCK)
            if input.isEmpty { finish(inputDescriptor) }
        }
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while !descriptors.isEmpty {
            var polled = descriptors.map {
                pollfd(fd: $0, events: Int16($0 == inputDescriptor ? POLLOUT : POLLIN), revents: 0)
            }
            let ready = poll(&polled, nfds_t(polled.count), -1)
            if ready < 0 {
                if errno == EINTR { continue }
                for descriptor in descriptors { finish(descriptor) }
                break
            }
            for entry in polled where entry.revents != 0 {
                if entry.fd == inputDescriptor {
                    writeInput(entry)
                } else {
                    read(entry.fd, into: &chunk)
                }
            }
        }
        if inputDescriptor != nil {
            if sigismember(&previous, SIGPIPE) == 0 {
                var pending = sigset_t()
                sigpending(&pending)
                var now = timespec(tv_sec: 0, tv_nsec: 0)
                if sigismember(&pending, SIGPIPE) == 1 { _ = sigtimedwait(&pipeSignal, nil, &now) }
            }
            pthread_sigmask(SIG_SETMASK, &previous, nil)
        }
    }

    private mutating func read(_ descriptor: Int32, into chunk: inout [UInt8]) {
        let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
        if count < 0, errno == EINTR || errno == EAGAIN { return }
        guard count > 0 else {
            finish(descriptor)
            return
        }
        if descriptor == outputDescriptor {
            output.append(contentsOf: chunk[0..<count])
        } else {
            errors.append(contentsOf: chunk[0..<count])
        }
    }

    private mutating func writeInput(_ entry: pollfd) {
        guard entry.revents & Int16(POLLOUT) != 0 else {
            finish(entry.fd)  // The child closed its input (POLLERR / POLLHUP): it wants no more.
            return
        }
        let count = input[written...].withUnsafeBytes { Glibc.write(entry.fd, $0.baseAddress, $0.count) }
        if count < 0, errno == EINTR || errno == EAGAIN { return }
        guard count > 0 else {
            finish(entry.fd)
            return
        }
        written += count
        if written == input.count { finish(entry.fd) }
    }

    private mutating func finish(_ descriptor: Int32) {
        guard let index = descriptors.firstIndex(of: descriptor) else { return }
        descriptors.remove(at: index)
        close(descriptor)
    }
}

private func systemError(_ code: Int32) -> String { String(cString: strerror(code)) }
