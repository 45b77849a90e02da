/// Why cluster settings were refused; the message names the option or file:line.
public enum ClusterSettingsError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A value did not read or is not allowed.
    case invalid(String)
    /// A line of the cluster file.
    case file(path: String, line: Int, String)
    /// One setting's value (its cluster-file name: `endpoints`, `gateway`, `sync-interval`), for
    /// the caller to locate in the file or on the command line.
    case setting(String, String)

    public var description: String {
        switch self {
        case .invalid(let text), .setting(_, let text): return text
        case .file(let path, let line, let text): return "\(path):\(line): \(text)"
        }
    }
}
