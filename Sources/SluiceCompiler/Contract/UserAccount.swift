/// One local account a policy names, as resolved when it was compiled: status, incidents and the
/// watcher show users by name from this, without asking the machine again.
public struct UserAccount: Hashable, Sendable, Codable, Comparable {
    public var uid: UInt32
    /// The login name; nil for a uid the machine had no name for.
    public var name: String?

    /// Creates an account entry.
    public init(uid: UInt32, name: String?) {
        self.uid = uid
        self.name = name
    }

    public static func < (a: UserAccount, b: UserAccount) -> Bool { a.uid < b.uid }
}
