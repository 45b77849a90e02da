/// How a child process ended, decoded from a `waitpid` status word.
public enum ExitStatus: Hashable, Sendable {
    /// It exited with this status.
    case exited(Int32)
    /// Signal N ended it.
    case signaled(Int32)

    /// Decodes a `waitpid` status word of a process that has ended.
    public init(waitStatus status: Int32) {
        let signal = status & 0x7F
        self = signal == 0 ? .exited((status >> 8) & 0xFF) : .signaled(signal)
    }

    /// The status as a shell reports it: the exit status, or 128 + N for signal N.
    public var code: Int32 {
        switch self {
        case .exited(let status): status
        case .signaled(let signal): 128 + signal
        }
    }
}
