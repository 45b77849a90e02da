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
        let pipes = try SubprocessPipes(for: arguments.first ?? "", withInput: input != nil)
        let pid: pid_t
        do {
            pid = try spawn(arguments, standardInput: input == nil ? nil : pipes.input.child,
                            output: .descriptors(output: pipes.output.write, error: pipes.error.write))
        } catch {
            pipes.closeAll()
            throw error
        }
        pipes.closeChildEnds()

        var exchange = SubprocessExchange(label: arguments.joined(separator: " "), input: input, pipes: pipes)
        defer { exchange.closeRemaining() }
        let outputEnded: Bool
        do {
            outputEnded = try exchange.pump(until: deadline)
        } catch {
            // Never leave a child running or unreaped behind an error.
            _ = kill(pid, SIGKILL)
            _ = try? reap(pid, deadline: nil)
            throw error
        }
        let status = try awaitExit(pid, of: arguments, outputEnded: outputEnded, deadline: deadline, timeout: timeout)
        return CommandResult(command: arguments, status: status,
                             standardOutput: String(decoding: exchange.output, as: UTF8.self),
                             standardError: String(decoding: exchange.errors, as: UTF8.self))
    }

    /// The child's exit status, if its output ended and it exits by `deadline`; otherwise kills
    /// (SIGKILL, by pid) and reaps it and throws `commandTimedOut`.
    private static func awaitExit(_ pid: pid_t, of arguments: [String], outputEnded: Bool, deadline: Deadline,
                                  timeout: Duration) throws -> Int32 {
        if outputEnded, let exited = try reap(pid, deadline: deadline) {
            return exited
        }
        _ = kill(pid, SIGKILL)
        _ = try? reap(pid, deadline: nil)
        throw LabError.commandTimedOut(command: arguments, timeout: timeout)
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
