/// Where a process started by the lab writes its standard output and error.
public enum LabProcessOutput: Hashable, Sendable {
    /// To /dev/null.
    case discard
    /// Appended to a file (created if needed), both streams.
    case file(String)
}
