/// Why a policy file could not be read.
public enum PolicyFileError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Nothing (or no regular file) exists at the path.
    case notFound(path: String)
    /// The file exists but could not be read.
    case unreadable(path: String, reason: String)
    /// A glob would have examined more than `limit` directory entries.
    case globTooBroad(pattern: String, limit: Int)

    /// A one-line explanation naming the path.
    public var description: String {
        switch self {
        case .notFound(let path): "no such file: \(path)"
        case .unreadable(let path, let reason): "cannot read \(path): \(reason)"
        case .globTooBroad(let pattern, let limit): "'\(pattern)' would examine more than \(limit) directory entries"
        }
    }
}
