import SluiceCompiler
import SluiceStore

extension TableOperations {
    /// A host's text as people read it: a user (`uid:1001`) with the name the live policy resolved,
    /// or the machine's name for it (`alice (uid:1001)`); anything else as it is.
    public func display(_ hostText: String) -> String {
        // Only a user needs the live policy (a store read).
        guard case .user? = HostID(hostText) else { return hostText }
        return Self.label(hostText, name: userName(of: hostText, compiled: try? livePolicy().1))
    }

    /// `alice (uid:1001)` for a host with a login name; the host's text as it is otherwise.
    public static func label(_ hostText: String, name: String?) -> String {
        name.map { "\($0) (\(hostText))" } ?? hostText
    }

    /// Gives every item about a user (its `host` text is `uid:N`) that user's login name.
    func nameUsers<Item>(_ items: inout [Item], host: KeyPath<Item, String>, name: WritableKeyPath<Item, String?>,
                         compiled: CompiledPolicy?) {
        for i in items.indices { items[i][keyPath: name] = userName(of: items[i][keyPath: host], compiled: compiled) }
    }

    /// The login name of a user host (`uid:1001`); nil for any other host.
    func userName(of hostText: String, compiled: CompiledPolicy?) -> String? {
        guard case .user(let uid)? = HostID(hostText) else { return nil }
        return userName(uid, compiled: compiled)
    }

    /// A uid's login name: the one `compiled` (the live policy) resolved, or the machine's.
    func userName(_ uid: UInt32, compiled: CompiledPolicy?) -> String? {
        compiled?.userName(uid) ?? SystemUserDirectory().name(of: uid)
    }
}
