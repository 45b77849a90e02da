import SluiceSystem

/// Starts this program again as a detached process: its own session (so the end of the SSH
/// session that started it does not end it), standard input from /dev/null, output to a log file.
enum Detached {
    /// Spawns `sluice ARGUMENTS...`; returns its process id.
    static func spawn(_ arguments: [String], log: String) throws -> Int32 {
        let program = Executable.current() ?? CommandLine.arguments[0]
        return try ChildProcess.spawn(SpawnOptions(
            executable: program, arguments: [program] + arguments, standardInput: .null,
            standardOutput: .file(log, append: true, mode: 0o600), standardError: .standardOutput,
            newSession: true)).pid
    }
}
