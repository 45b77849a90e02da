import SluiceCompiler
import SluiceStore

extension TableOperations {
    /// A host's text as people read it: a user (`uid:1001`) with the name the live policy resolved,
    /// or the machine's name for it (`alice (uid:1001)`); anything else as it is.
    public func display(_ hostText: String) -> String {
        guard let host = HostID(hostText), case .user(let uid) = host, let name = userName(uid) else { return hostText }
        return "\(name) (\(hostText))"
    }

    /// Fills in the login name of every incident about a user.
    func nameUsers(_ incidents: inout [Incident], compiled: CompiledPolicy?) {
        for i in incidents.indices {
            guard let host = HostID(incidents[i].host), case .user(let uid) = host else { continue }
            incidents[i].userName = userName(uid, compiled: compiled)
        }
    }

    /// A uid's login name: the one the live policy resolved, or the machine's.
    func userName(_ uid: UInt32, compiled: CompiledPolicy? = nil) -> String? {
        (compiled ?? (try? livePolicy().1))?.userName(uid) ?? SystemUserDirectory().name(of: uid)
    }
}
