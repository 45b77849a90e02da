/// Where the compiler looks up the user names a policy's `users` sets name: the machine's user
/// database in `check` and `apply` (`SystemUserDirectory` in SluiceOperations), a fixed table in
/// tests. A seam, so the compiler stays pure: the same policy and the same answers give the same
/// bytes.
public protocol UserDirectory: Sendable {
    /// The uid of a login name, or nil when the machine has no such user.
    func uid(named name: String) -> UInt32?
    /// The login name of a uid, or nil when the machine has none.
    func name(of uid: UInt32) -> String?
}
