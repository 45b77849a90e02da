/// Why an etcd request failed.
public enum EtcdError: Error, Hashable, Sendable, CustomStringConvertible {
    /// No member could be reached; each endpoint with its failure.
    case unreachable([String])
    /// etcd answered with an error (gRPC code and message).
    case server(status: Int, code: Int, message: String)
    /// The answer could not be read as etcd's JSON.
    case malformed(String)
    /// The watch's start revision was compacted away: read the keys again and watch from there.
    case compacted(Int64)
    /// A lease is gone (expired or revoked).
    case leaseNotFound(Int64)

    public var description: String {
        switch self {
        case .unreachable(let failures): return "no etcd member answered (\(failures.joined(separator: "; ")))"
        case .server(let status, let code, let message): return "etcd refused (HTTP \(status), code \(code)): \(message)"
        case .malformed(let text): return "etcd's answer was malformed: \(text)"
        case .compacted(let revision): return "etcd compacted the history up to revision \(revision)"
        case .leaseNotFound(let id): return "etcd lease \(id) no longer exists"
        }
    }
}
