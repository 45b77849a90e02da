internal import CSystemShims
import Glibc

extension ChildProcess {
    /// Starts a program with `posix_spawn` as `options` say, and returns it.
    ///
    /// "Text file busy" (ETXTBSY) is retried a few times: some process still had the program open
    /// for writing as it started (it was being saved, or another thread forked meanwhile); that
    /// passes at once.
    public static func spawn(_ options: SpawnOptions) throws(SystemError) -> ChildProcess {
        let label = options.label
        var actions = posix_spawn_file_actions_t()
        try SystemCall.checkCode("prepare to run \(label)", posix_spawn_file_actions_init(&actions))
        defer { posix_spawn_file_actions_destroy(&actions) }
        try add(options.standardInput, as: 0, to: &actions, label: "the standard input of \(label)")
        try add(options.standardOutput, as: 1, to: &actions, label: "the standard output of \(label)")
        try add(options.standardError, as: 2, to: &actions, label: "the standard error of \(label)")
        if options.closeOtherDescriptors {
            let code = sluice_spawn_add_close_from(&actions, 3)
            // Without the call (glibc before 2.34) close-on-exec is all there is.
            if code != ENOSYS { try SystemCall.checkCode("prepare to close descriptors for \(label)", code) }
        }
        if let directory = options.workingDirectory {
            try SystemCall.checkCode("prepare to run \(label)", path: directory, sluice_spawn_add_chdir(&actions, directory))
        }

        var attributes = posix_spawnattr_t()
        try SystemCall.checkCode("prepare to run \(label)", posix_spawnattr_init(&attributes))
        defer { posix_spawnattr_destroy(&attributes) }
        let flags = try configure(&attributes, options, label: label)
        if flags != 0 {
            try SystemCall.checkCode("set the spawn flags of \(label)", posix_spawnattr_setflags(&attributes, Int16(flags)))
        }

        let argv: [UnsafeMutablePointer<CChar>?] = options.arguments.map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?]? = options.environment.map { $0.map { strdup($0) } + [nil] }
        defer {
            argv.forEach { free($0) }
            envp?.forEach { free($0) }
        }
        var pid = pid_t()
        let code = withEnvironment(envp) { environment in
            var code = posix_spawn(&pid, options.executable, &actions, &attributes, argv, environment)
            for _ in 0..<5 where code == ETXTBSY {
                usleep(20_000)
                code = posix_spawn(&pid, options.executable, &actions, &attributes, argv, environment)
            }
            return code
        }
        try SystemCall.checkCode("run \(label)", code)
        return ChildProcess(pid: pid)
    }

    /// Adds the file action that puts `stream` at descriptor `target`.
    private static func add(_ stream: SpawnStream, as target: Int32, to actions: inout posix_spawn_file_actions_t,
                            label: String) throws(SystemError) {
        let operation = "prepare \(label)"
        switch stream {
        case .inherit:
            return
        case .null:
            try SystemCall.checkCode(operation, posix_spawn_file_actions_addopen(
                &actions, target, "/dev/null", target == 0 ? O_RDONLY : O_WRONLY, 0))
        case .descriptor(let fd):
            try SystemCall.checkCode(operation, posix_spawn_file_actions_adddup2(&actions, fd, target))
        case .file(let path, let append, let mode):
            let flags = O_WRONLY | O_CREAT | (append ? O_APPEND : O_TRUNC)
            try SystemCall.checkCode(operation, path: path, posix_spawn_file_actions_addopen(&actions, target, path, flags, mode))
        case .standardOutput:
            try SystemCall.checkCode(operation, posix_spawn_file_actions_adddup2(&actions, 1, target))
        }
    }

    /// Sets the signal handling, process group and session attributes; returns the spawn flags.
    private static func configure(_ attributes: inout posix_spawnattr_t, _ options: SpawnOptions,
                                  label: String) throws(SystemError) -> Int32 {
        var flags: Int32 = 0
        var defaults = sigset_t()
        switch options.signals {
        case .inherit:
            break
        case .resetAll:
            sigfillset(&defaults)
        case .reset(let signals):
            sigemptyset(&defaults)
            for signal in signals { sigaddset(&defaults, signal) }
        }
        if options.signals != .inherit {
            var mask = sigset_t()
            sigemptyset(&mask)
            try SystemCall.checkCode("set the signal handling of \(label)", posix_spawnattr_setsigdefault(&attributes, &defaults))
            try SystemCall.checkCode("set the signal mask of \(label)", posix_spawnattr_setsigmask(&attributes, &mask))
            flags |= Int32(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK)
        }
        if options.newProcessGroup {
            try SystemCall.checkCode("set the process group of \(label)", posix_spawnattr_setpgroup(&attributes, 0))
            flags |= Int32(POSIX_SPAWN_SETPGROUP)
        }
        if options.newSession {
            flags |= Int32(sluice_posix_spawn_setsid_flag())
        }
        return flags
    }

    /// Calls `body` with a C environment array: `envp`'s storage, valid only during the call (a
    /// pointer taken from an array outside such a call may dangle), or this process's `environ`.
    private static func withEnvironment<Result>(_ envp: [UnsafeMutablePointer<CChar>?]?,
                                                _ body: (UnsafePointer<UnsafeMutablePointer<CChar>?>?) -> Result) -> Result {
        guard let envp else { return body(UnsafePointer(environ)) }
        return envp.withUnsafeBufferPointer { body($0.baseAddress) }
    }
}
