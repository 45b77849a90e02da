/// A kept version as read from etcd.
public enum PolicyVersionRead: Hashable, Sendable {
    case found(PublishedPolicy)
    /// The key is gone (fell out of the kept versions).
    case missing
    /// The value is not a version record.
    case unreadable
}
