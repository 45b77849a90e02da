import Glibc

/// Runs a program directly (posix_spawn, no shell) with bytes on its standard input, a clean
/// environment, and a timeout after which its process group is killed.
///
/// Standard input is one end of a socket pair, written with `MSG_NOSIGNAL`, so a program that exits
/// without reading cannot kill the watcher with SIGPIPE. Standard output and error go to a socket
/// whose first bytes are kept for the log; the rest is read and dropped so the program never
/// blocks on a full buffer. The program gets its own process group, so a timeout also ends what it
/// started.
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
        let inputFD = stdinPair[0]
        var outputFD: Int32? = outPipe[0]
        _ = fcntl(inputFD, F_SETFL, fcntl(inputFD, F_GETFL) | O_NONBLOCK)
        _ = fcntl(outPipe[0], F_SETFL, fcntl(outPipe[0], F_GETFL) | O_NONBLOCK)
        var written = 0
        var inputOpen = true
        var output: [UInt8] = []
        var status: Int32 = 0
        let deadline = started + timeout
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
            let reaped = waitpid(pid, &status, WNOHANG)
            if reaped == pid { break }
            if reaped == -1 && errno != EINTR {
                return ExecOutcome(status: .couldNotStart("waitpid: \(SystemCall.text(of: errno))"),
                                   output: text(output), duration: ContinuousClock.now - started)
            }
            if ContinuousClock.now >= deadline {
                kill(-pid, SIGKILL)
                kill(pid, SIGKILL)
                while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
                return ExecOutcome(status: .timedOut, output: text(output), duration: ContinuousClock.now - started)
            }
            var fds = [pollfd(fd: outputFD ?? -1, events: Int16(POLLIN), revents: 0)]
            _ = poll(&fds, 1, 10)
        }
        if let fd = outputFD { _ = drain(fd, into: &output) }
        let exitStatus: ExecStatus = (status & 0x7f) == 0 ? .exited((status >> 8) & 0xff) : .signaled(status & 0x7f)
        return ExecOutcome(status: exitStatus, output: text(output), duration: ContinuousClock.now - started)
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
        try SystemCall.checkCode("run \(path)", posix_spawn(&pid, path, &actions, &attributes, argv, envp))
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
