/// Where the compiler looks up the user names a policy's `users` sets name: the machine's user
/// database in `check` and `apply` (`SystemUserDirectory` in SluiceOperations), a fixed table in
/// tests. A seam, so the compiler stays pure: the same policy and the same answers give the same
/// bytes.
public protocol UserDirectory: Sendable {
    /// The uid of a login name, or nil when the machine has no such user.
    func uid(named name: String) -> UInt32?
    /// The login name of a uid, or nil when the machine has none.
    func name(of uid: UInt32) -> String?
    /// The subordinate uid ranges of accounts (`/etc/subuid`), by the owner's uid: what an account
    /// can run processes as in a user namespace of its own.
    func subordinateUIDs() -> [(owner: UInt32, uids: ClosedRange<UInt32>)]
}

extension UserDirectory {
    /// None, unless the directory knows some.
    public func subordinateUIDs() -> [(owner: UInt32, uids: ClosedRange<UInt32>)] { [] }
}
