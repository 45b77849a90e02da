import Glibc

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
        try SystemCall.check("create the standard input socket pair for \(path)") {
            socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0, &stdinPair)
        }
        var outPipe: [Int32] = [-1, -1]
        do throws(SystemError) {
            // A socket pair rather than pipe2, which Glibc does not export to Swift; created close-on-exec.
            try SystemCall.check("create the output channel for \(path)") {
                socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0, &outPipe)
            }
        } catch {
            close(stdinPair[0]); close(stdinPair[1])
            throw error
        }
        var pid: pid_t = 0
        do throws(SystemError) {
            pid = try spawn(path: path, stdin: stdinPair[1], output: outPipe[1], environment: environment)
        } catch {
            close(stdinPair[0]); close(stdinPair[1]); close(outPipe[0]); close(outPipe[1])
            throw error
        }
        close(stdinPair[1])
        close(outPipe[1])
        return supervise(pid, input: input, inputFD: stdinPair[0], outputFD: outPipe[0], deadline: started + timeout,
                         started: started)
    }

    /// Feeds the program its input and keeps the start of its output until it ends or the
    /// deadline passes; ends its process group either way. Closes both descriptors.
    private static func supervise(_ pid: pid_t, input: [UInt8], inputFD: Int32, outputFD initialOutput: Int32,
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
                exited = try hasExited(pid)
            } catch {
                _ = endGroup(pid)
                return ExecOutcome(status: .couldNotStart(error.description), output: text(output),
                                   duration: ContinuousClock.now - started)
            }
            if exited {
                let status = endGroup(pid)
                if let fd = outputFD { _ = drain(fd, into: &output) }
                let exitStatus: ExecStatus = (status & 0x7f) == 0 ? .exited((status >> 8) & 0xff) : .signaled(status & 0x7f)
                return ExecOutcome(status: exitStatus, output: text(output), duration: ContinuousClock.now - started)
            }
            if ContinuousClock.now >= deadline {
                _ = endGroup(pid)
                return ExecOutcome(status: .timedOut, output: text(output), duration: ContinuousClock.now - started)
            }
            var fds = [pollfd(fd: outputFD ?? -1, events: Int16(POLLIN), revents: 0)]
            _ = poll(&fds, 1, 10)
        }
    }

    /// Whether the program has ended, leaving it unreaped: its pid, which is also its process
    /// group's id, cannot be reused before `endGroup` kills the group.
    private static func hasExited(_ pid: pid_t) throws(SystemError) -> Bool {
        var info = siginfo_t()
        try SystemCall.check("wait for the alert program") { waitid(P_PID, id_t(pid), &info, WEXITED | WNOHANG | WNOWAIT) }
        return info.si_signo == SIGCHLD
    }

    /// Kills the program's process group with SIGKILL (the program, if it still runs, and
    /// whatever it started and left running: an alert's processes end with its program, or
    /// every alert could leave one running for ever), then reaps the program; returns its status.
    private static func endGroup(_ pid: pid_t) -> Int32 {
        kill(-pid, SIGKILL)
        kill(pid, SIGKILL)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        return status
    }

    /// Starts the program in its own process group with default signal handling.
    private static func spawn(path: String, stdin: Int32, output: Int32, environment: [String]) throws(SystemError) -> pid_t {
        var actions = posix_spawn_file_actions_t()
        try SystemCall.checkCode("prepare to run \(path)", posix_spawn_file_actions_init(&actions))
        defer { posix_spawn_file_actions_destroy(&actions) }
        try SystemCall.checkCode("prepare the standard input of \(path)", posix_spawn_file_actions_adddup2(&actions, stdin, 0))
        try SystemCall.checkCode("prepare the standard output of \(path)", posix_spawn_file_actions_adddup2(&actions, output, 1))
        try SystemCall.checkCode("prepare the standard error of \(path)", posix_spawn_file_actions_adddup2(&actions, output, 2))
        // Nothing of the watcher's (netlink sockets, the database) leaks into the program, even a
        // descriptor some library opened without close-on-exec.
        if let closeFrom = closeFromAction {
            try SystemCall.checkCode("prepare to close descriptors for \(path)", closeFrom(&actions, 3))
        }
        var attributes = posix_spawnattr_t()
        try SystemCall.checkCode("prepare to run \(path)", posix_spawnattr_init(&attributes))
        defer { posix_spawnattr_destroy(&attributes) }
        var mask = sigset_t()
        sigemptyset(&mask)
        try SystemCall.checkCode("set the signal mask of \(path)", posix_spawnattr_setsigmask(&attributes, &mask))
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGPIPE, SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGUSR1, SIGUSR2, SIGALRM, SIGCHLD] {
            sigaddset(&defaults, signal)
        }
        try SystemCall.checkCode("set the signal handling of \(path)", posix_spawnattr_setsigdefault(&attributes, &defaults))
        try SystemCall.checkCode("set the process group of \(path)", posix_spawnattr_setpgroup(&attributes, 0))
        let flags = Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETPGROUP)
        try SystemCall.checkCode("set the spawn flags of \(path)", posix_spawnattr_setflags(&attributes, flags))
        let argv: [UnsafeMutablePointer<CChar>?] = [strdup(path), nil]
        let envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup($0) } + [nil]
        defer {
            for p in argv { free(p) }
            for p in envp { free(p) }
        }
        var pid: pid_t = 0
        var code = posix_spawn(&pid, path, &actions, &attributes, argv, envp)
        // "Text file busy": some process still had the program open for writing as it started (it
        // was being saved, or another thread of the watcher forked meanwhile); it passes at once.
        for _ in 0..<5 where code == ETXTBSY {
            usleep(20_000)
            code = posix_spawn(&pid, path, &actions, &attributes, argv, envp)
        }
        try SystemCall.checkCode("run \(path)", code)
        return pid
    }

    /// `posix_spawn_file_actions_addclosefrom_np` (glibc 2.34), looked up at run time because the
    /// Swift Glibc module does not export GNU extensions.
    private static let closeFromAction: (@convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>?, Int32) -> Int32)? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addclosefrom_np") else {
            return nil
        }
        return unsafeBitCast(symbol, to: (@convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>?, Int32) -> Int32).self)
    }()

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
