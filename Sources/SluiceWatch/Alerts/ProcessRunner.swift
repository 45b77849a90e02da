import Glibc
import SluiceSystem

/// Runs a program directly (posix_spawn, no shell) with bytes on its standard input, a clean
/// environment, and a timeout after which its process group is killed.
///
/// Standard input is one end of a socket pair, written with `MSG_NOSIGNAL`, so a program that exits
/// without reading cannot kill the watcher with SIGPIPE. Standard output and error go to a socket
/// whose first bytes are kept for the log; the rest is read and dropped so the program never
/// blocks on a full buffer. The program gets its own process group, killed at the timeout or when
/// the program exits, so what it started ends with it (unless it left the group: `setsid`).
enum ProcessRunner {
    /// Most output kept for the log.
    static let outputLimit = 4096

    /// Runs `path` and waits for it (at most `timeout`, then kills it).
    static func run(path: String, input: [UInt8], environment: [String], timeout: Duration) -> ExecOutcome {
        let started = ContinuousClock.now
        do {
            return try spawnAndWait(path: path, input: input, environment: environment, timeout: timeout, started: started)
        } catch {
            return ExecOutcome(status: .couldNotStart(error.description), output: "", duration: ContinuousClock.now - started)
        }
    }

    private static func spawnAndWait(path: String, input: [UInt8], environment: [String], timeout: Duration,
                                     started: ContinuousClock.Instant) throws(SystemError) -> ExecOutcome {
        guard path.hasPrefix("/") else {
            throw SystemError(operation: "run \(path): the path must be absolute", errno: ENOENT)
        }
        var stdinPair: [Int32] = [-1, -1]
        try SystemCall.retrying("create the standard input socket pair for \(path)") {
            socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0, &stdinPair)
        }
        var outPipe: [Int32] = [-1, -1]
        do throws(SystemError) {
            // A socket pair, created close-on-exec, like standard input's.
            try SystemCall.retrying("create the output channel for \(path)") {
                socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0, &outPipe)
            }
        } catch {
            close(stdinPair[0]); close(stdinPair[1])
            throw error
        }
        let child: ChildProcess
        do throws(SystemError) {
            child = try spawn(path: path, stdin: stdinPair[1], output: outPipe[1], environment: environment)
        } catch {
            close(stdinPair[0]); close(stdinPair[1]); close(outPipe[0]); close(outPipe[1])
            throw error
        }
        close(stdinPair[1])
        close(outPipe[1])
        return supervise(child, input: input, inputFD: stdinPair[0], outputFD: outPipe[0], deadline: started + timeout,
                         started: started)
    }

    /// Feeds the program its input and keeps the start of its output until it ends or the
    /// deadline passes; ends its process group either way. Closes both descriptors.
    private static func supervise(_ child: ChildProcess, input: [UInt8], inputFD: Int32, outputFD initialOutput: Int32,
                                  deadline: ContinuousClock.Instant, started: ContinuousClock.Instant) -> ExecOutcome {
        var outputFD: Int32? = initialOutput
        _ = fcntl(inputFD, F_SETFL, fcntl(inputFD, F_GETFL) | O_NONBLOCK)
        _ = fcntl(initialOutput, F_SETFL, fcntl(initialOutput, F_GETFL) | O_NONBLOCK)
        var written = 0
        var inputOpen = true
        var output: [UInt8] = []
        defer {
            if inputOpen { close(inputFD) }
            if let fd = outputFD { close(fd) }
        }
        while true {
            if inputOpen {
                inputOpen = feed(inputFD, input, &written)
                if !inputOpen { close(inputFD) }
            }
            if let fd = outputFD, !drain(fd, into: &output) {
                close(fd)
                outputFD = nil
            }
            let exited: Bool
            do {
                // Left unreaped: its pid, which is also its process group's id, cannot be reused
                // before `killGroupAndReap` kills the group.
                exited = try child.hasExited()
            } catch {
                _ = child.killGroupAndReap()
                return ExecOutcome(status: .couldNotStart(error.description), output: text(output),
                                   duration: ContinuousClock.now - started)
            }
            if exited {
                // Also kills whatever it started and left running: an alert's processes end with
                // its program, or every alert could leave one running for ever.
                let status = child.killGroupAndReap()
                if let fd = outputFD { _ = drain(fd, into: &output) }
                let exitStatus: ExecStatus = switch status {
                case .exited(let code): .exited(code)
                case .signaled(let signal): .signaled(signal)
                }
                return ExecOutcome(status: exitStatus, output: text(output), duration: ContinuousClock.now - started)
            }
            if ContinuousClock.now >= deadline {
                _ = child.killGroupAndReap()
                return ExecOutcome(status: .timedOut, output: text(output), duration: ContinuousClock.now - started)
            }
            var fds = [pollfd(fd: outputFD ?? -1, events: Int16(POLLIN), revents: 0)]
            _ = poll(&fds, 1, 10)
        }
    }

    /// Starts the program in its own process group with default handling of the signals a
    /// daemon may ignore or block, and none of the watcher's descriptors (netlink sockets, the
    /// database), even one some library opened without close-on-exec.
    private static func spawn(path: String, stdin: Int32, output: Int32, environment: [String]) throws(SystemError) -> ChildProcess {
        try ChildProcess.spawn(SpawnOptions(
            executable: path, environment: environment,
            standardInput: .descriptor(stdin), standardOutput: .descriptor(output), standardError: .descriptor(output),
            newProcessGroup: true, closeOtherDescriptors: true,
            signals: .reset([SIGPIPE, SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGUSR1, SIGUSR2, SIGALRM, SIGCHLD]),
            label: path))
    }

    /// Writes what the socket takes; returns false once everything is written (or the program
    /// stopped reading) and the socket should be closed.
    private static func feed(_ fd: Int32, _ input: [UInt8], _ written: inout Int) -> Bool {
        while written < input.count {
            let n = input.withUnsafeBytes { buffer in
                send(fd, buffer.baseAddress.map { $0 + written }, input.count - written, Int32(MSG_NOSIGNAL))
            }
            if n > 0 {
                written += n
                continue
            }
            if n == -1 && errno == EINTR { continue }
            if n == -1 && (errno == EAGAIN || errno == EWOULDBLOCK) { return true }
            return false
        }
        shutdown(fd, Int32(SHUT_WR))
        return false
    }

    /// Reads what is there; returns false at end of file.
    private static func drain(_ fd: Int32, into output: inout [UInt8]) -> Bool {
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n > 0 {
                let room = max(0, outputLimit - output.count)
                output += buffer.prefix(min(room, n))
                continue
            }
            if n == 0 { return false }
            if errno == EINTR { continue }
            return errno == EAGAIN || errno == EWOULDBLOCK
        }
    }

    private static func text(_ bytes: [UInt8]) -> String {
        String(decoding: bytes, as: UTF8.self)
    }
}
