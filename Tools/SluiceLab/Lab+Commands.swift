/// Running programs inside the lab's namespaces.
extension Lab {
    /// Runs `arguments` in `namespace` (`ip netns exec`), waits at most `timeout`, and returns what it
    /// printed. With `check` (the default) a nonzero exit throws `LabError.commandFailed`; a
    /// timeout kills it and throws `LabError.commandTimedOut`. Both name the command.
    /// The default bound is generous: on a loaded two-core machine running many labs at once, a
    /// plain `nft delete element` was once seen to take over 10 s (a 100,000-element commit of
    /// another test was running); a command that hangs for good is still stopped.
    @discardableResult
    public func run(in namespace: LabNamespace, _ arguments: [String], input: String? = nil,
                    timeout: Duration = .seconds(30), check: Bool = true) throws -> CommandResult {
        try requireLive(namespace)
        let result = try Subprocess.run(["ip", "netns", "exec", namespace.name] + arguments, input: input, timeout: timeout)
        return check ? try result.checked() : result
    }

    /// Starts `arguments` in `namespace` in the background and returns its handle; `destroy()` ends
    /// it (SIGTERM, then SIGKILL) by process id if it is still running.
    public func start(in namespace: LabNamespace, _ arguments: [String], output: LabProcessOutput = .discard) throws -> LabProcess {
        try state.withLock { state in
            guard state.phase == .live else { throw LabError.labDestroyed(tag: tag) }
            guard plan.namespaces.contains(namespace) else { throw LabError.noSuchNamespace(namespace.name) }
            let command = ["ip", "netns", "exec", namespace.name] + arguments
            let destination: Subprocess.Output
            switch output {
            case .discard: destination = .discard
            case .file(let path): destination = .file(path)
            }
            let pid = try Subprocess.spawn(command, output: destination)
            let process = LabProcess(pid: pid, command: arguments, namespace: namespace)
            state.processes.append(process)
            return process
        }
    }
}
