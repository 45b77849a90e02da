/// What `ExecProgramCheck` asks of the machine about an `alert exec` program.
public protocol ProgramFileSystem: Sendable {
    /// Whether the program at the absolute path can be run.
    func programStatus(_ path: String) -> ProgramStatus
}

/// Whether an `alert exec` program can be run on this machine.
public enum ProgramStatus: Sendable, Equatable {
    /// A regular file the caller may execute.
    case executable
    /// Nothing is at the path (or a symlink points nowhere).
    case missing
    /// Something is there, but not a regular file (a directory, a device, a FIFO).
    case notRegularFile
    /// A regular file without execute permission (or on a `noexec` mount).
    case notExecutable
}
