/// The sender of a flow in `expect` and `explain`: an address, `self` (host mode: this machine,
/// whatever source address it uses), or a local user (host mode: a socket that user owns).
public enum FlowSource: Hashable, Sendable, Codable, CustomStringConvertible {
    case address(IPAddress)
    case machine
    /// `user alice` or `user 1001`: one uid (a name is resolved when the policy is compiled).
    case user(UserItem.Value)

    public var description: String {
        switch self {
        case .address(let a): a.description
        case .machine: Group.selfName
        case .user(.name(let name)): "user \(name)"
        case .user(.uids(let uids)): "user \(uids.lowerBound)"
        }
    }
}
