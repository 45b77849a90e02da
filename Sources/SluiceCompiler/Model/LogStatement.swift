/// `log prefix "..." [group N]`: to the kernel log, or with a group to NFLOG (read by the watcher).
public struct LogStatement: Hashable, Sendable, Codable {
    public var prefix: String
    public var group: UInt16?

    /// The longest prefix the kernel keeps (NF_LOG_PREFIXLEN less its NUL).
    public static let longestPrefix = 127

    /// Creates a log statement.
    public init(prefix: String, group: UInt16? = nil) {
        self.prefix = prefix
        self.group = group
    }
}
