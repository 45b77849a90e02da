extension CompiledPolicy {
    /// The login name the policy's users sets resolved for a uid, if any.
    public func userName(_ uid: UInt32) -> String? {
        users?.first { $0.uid == uid }?.name
    }

    /// The uid a login name resolved to when the policy was compiled, if the policy names it.
    public func uid(named name: String) -> UInt32? {
        users?.first { $0.name == name }?.uid
    }

    /// A host as people read it: a user with its name (`alice (uid:1001)`), anything else as its
    /// text form.
    public func display(_ host: HostID) -> String {
        guard case .user(let uid) = host, let name = userName(uid) else { return host.description }
        return "\(name) (\(host))"
    }
}
