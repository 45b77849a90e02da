/// How an `alert exec` program ended.
public enum ExecStatus: Hashable, Sendable, CustomStringConvertible {
    /// It exited with this status.
    case exited(Int32)
    /// A signal ended it.
    case signaled(Int32)
    /// It ran past the timeout and was killed.
    case timedOut
    /// It could not be started.
    case couldNotStart(String)

    /// Whether it exited with status 0.
    public var succeeded: Bool { self == .exited(0) }

    public var description: String {
        switch self {
        case .exited(let code): "exited with status \(code)"
        case .signaled(let signal): "ended by signal \(signal)"
        case .timedOut: "timed out and was killed"
        case .couldNotStart(let why): "could not start: \(why)"
        }
    }
}
