import Glibc
import SluiceSystem

/// Starts programs with `posix_spawn` (no shell), so that the lab controls their file descriptors,
/// signal dispositions and lifetime, and ends them by process id.
enum Subprocess {
    /// Where a spawned process's standard output and error go.
    enum Output {
        case discard
        case file(String)
        case descriptors(output: Int32, error: Int32)
    }

    /// Runs `arguments` to completion, feeding `input` on standard input, and collects its output.
    /// Kills it (SIGKILL, by pid) and throws `commandTimedOut` if it runs past `timeout`.
    /// A nonzero exit is not an error here: the caller decides with `CommandResult.checked()`.
    static func run(_ arguments: [String], input: String? = nil, timeout: Duration) throws -> CommandResult {
        let deadline = Deadline(after: timeout)
        let pipeLabel = "pipe for \(arguments.first ?? "")"
        let outPipe = try LabError.converting { () throws(SystemError) in try Descriptors.closeOnExecPipe(pipeLabel) }
        let errPipe: (read: Int32, write: Int32)
        do {
            errPipe = try LabError.converting { () throws(SystemError) in try Descriptors.closeOnExecPipe(pipeLabel) }
        } catch {
            close(outPipe.read); close(outPipe.write)
            throw error
        }
        var inputPair: [Int32] = [-1, -1]
        if input != nil {
            // A socket rather than a pipe: `send(MSG_NOSIGNAL)` cannot raise SIGPIPE in this process
            // when the child exits without reading its input.
            let made = SystemCall.attempt("socketpair for \(arguments.first ?? "")") {
                socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0, &inputPair)
            }
            if case .failure(let error) = made {
                [outPipe.read, outPipe.write, errPipe.read, errPipe.write].forEach { close($0) }
                throw error
            }
        }
        let pid: pid_t
        do {
            pid = try spawn(arguments, standardInput: input == nil ? nil : inputPair[1],
                            output: .descriptors(output: outPipe.write, error: errPipe.write))
        } catch {
            [outPipe.read, outPipe.write, errPipe.read, errPipe.write, inputPair[0], inputPair[1]]
                .filter { $0 >= 0 }.forEach { close($0) }
            throw error
        }
        [outPipe.write, errPipe.write, inputPair[1]].filter { $0 >= 0 }.forEach { close($0) }

        let label = arguments.joined(separator: " ")
        var pending = Array((input ?? "").utf8)
        var inputFD = inputPair[0]
        var outFD = outPipe.read
        var errFD = errPipe.read
        defer { [inputFD, outFD, errFD].filter { $0 >= 0 }.forEach { close($0) } }
        var output: [UInt8] = []
        var errors: [UInt8] = []
        var timedOut = false

        do {
            if inputFD >= 0 {
                try SystemCall.retrying("make input of \(label) non-blocking") { fcntl(inputFD, F_SETFL, O_NONBLOCK) }
                if pending.isEmpty { close(inputFD); inputFD = -1 }
            }
            while outFD >= 0 || errFD >= 0 {
                var fds: [pollfd] = []
                if outFD >= 0 { fds.append(pollfd(fd: outFD, events: Int16(POLLIN), revents: 0)) }
                if errFD >= 0 { fds.append(pollfd(fd: errFD, events: Int16(POLLIN), revents: 0)) }
                if inputFD >= 0 { fds.append(pollfd(fd: inputFD, events: Int16(POLLOUT), revents: 0)) }
                let ready = try SystemCall.retrying("poll output of \(label)") {
                    poll(&fds, nfds_t(fds.count), deadline.pollMilliseconds)
                }
                if ready == 0 { timedOut = true; break }
                for entry in fds where entry.revents != 0 {
                    if entry.fd == inputFD {
                        let sent = SystemCall.attempt("write input of \(label)") {
                            pending.withUnsafeBytes { send(inputFD, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
                        }
                        switch sent {
                        case .success(let count):
                            pending.removeFirst(count)
                        case .failure(let error) where error.errno == EAGAIN:
                            break
                        case .failure:
                            // The child stopped reading (EPIPE): what it did with the rest shows in its status.
                            pending.removeAll()
                        }
                        if pending.isEmpty {
                            shutdown(inputFD, Int32(SHUT_WR))
                            close(inputFD)
                            inputFD = -1
                        }
                    } else if entry.fd == outFD {
                        if try !drain(outFD, into: &output, label: label) { close(outFD); outFD = -1 }
                    } else if entry.fd == errFD {
                        if try !drain(errFD, into: &errors, label: label) { close(errFD); errFD = -1 }
                    }
                }
            }
        } catch {
            // Never leave a child running or unreaped behind an error.
            _ = kill(pid, SIGKILL)
            _ = try? reap(pid, deadline: nil)
            throw error
        }

        let status: Int32
        if timedOut {
            _ = kill(pid, SIGKILL)
            _ = try? reap(pid, deadline: nil)
            throw LabError.commandTimedOut(command: arguments, timeout: timeout)
        }
        if let exited = try reap(pid, deadline: deadline) {
            status = exited
        } else {
            _ = kill(pid, SIGKILL)
            _ = try? reap(pid, deadline: nil)
            throw LabError.commandTimedOut(command: arguments, timeout: timeout)
        }
        return CommandResult(command: arguments, status: status,
                             standardOutput: String(decoding: output, as: UTF8.self),
                             standardError: String(decoding: errors, as: UTF8.self))
    }

    /// Reads what is available; false at end of file.
    private static func drain(_ fd: Int32, into buffer: inout [UInt8], label: String) throws -> Bool {
        var chunk = [UInt8](repeating: 0, count: 16384)
        let outcome = SystemCall.attempt("read output of \(label)") {
            chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        }
        switch outcome {
        case .success(0):
            return false
        case .success(let count):
            buffer.append(contentsOf: chunk[0..<count])
            return true
        case .failure(let error) where error.errno == EAGAIN:
            return true
        case .failure(let error):
            throw error
        }
    }

    /// Starts `arguments` and returns its pid. Standard input is `standardInput` or /dev/null.
    /// Signal dispositions and the mask are reset, so that a parent that ignores SIGINT (to
    /// handle it with a dispatch source) does not hand that to its children.
    static func spawn(_ arguments: [String], standardInput: Int32? = nil, output: Output) throws -> pid_t {
        guard let program = arguments.first else { throw LabError.invalidArgument("empty command") }
        let (standardOutput, standardError): (SpawnStream, SpawnStream) = switch output {
        case .discard: (.null, .standardOutput)
        case .file(let file): (.file(file, append: true, mode: 0o644), .standardOutput)
        case .descriptors(let out, let err): (.descriptor(out), .descriptor(err))
        }
        return try LabError.converting { () throws(SystemError) in
            try ChildProcess.spawn(SpawnOptions(
                executable: try Executable.find(program), arguments: arguments,
                standardInput: standardInput.map { .descriptor($0) } ?? .null,
                standardOutput: standardOutput, standardError: standardError, signals: .resetAll)).pid
        }
    }

    /// Waits for `pid` to exit and returns its status (128 + N for signal N); nil if `deadline`
    /// passes first. Without a deadline it blocks.
    static func reap(_ pid: pid_t, deadline: Deadline?) throws -> Int32? {
        try LabError.converting { () throws(SystemError) in try ChildProcess(pid: pid).wait(until: deadline)?.code }
    }
}
