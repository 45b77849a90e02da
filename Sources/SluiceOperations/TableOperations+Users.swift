import SluiceCompiler

extension TableOperations {
    /// A host's text as people read it: a user (`uid:1001`) with the name the live policy resolved,
    /// or the machine's name for it (`alice (uid:1001)`); anything else as it is.
    public func display(_ hostText: String) -> String {
        guard let host = HostID(hostText), case .user(let uid) = host, let name = userName(uid) else { return hostText }
        return "\(name) (\(hostText))"
    }

    /// A uid's login name: the one the live policy resolved, or the machine's.
    func userName(_ uid: UInt32, compiled: CompiledPolicy? = nil) -> String? {
        (compiled ?? (try? livePolicy().1))?.userName(uid) ?? SystemUserDirectory().name(of: uid)
    }
}
