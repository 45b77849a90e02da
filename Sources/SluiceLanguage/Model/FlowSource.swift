/// The sender of a flow in `expect` and `explain`: an address, or `self` (host mode: this machine,
/// whatever source address it uses).
public enum FlowSource: Hashable, Sendable, Codable, CustomStringConvertible {
    case address(IPAddress)
    case machine

    public var description: String {
        switch self {
        case .address(let a): a.description
        case .machine: Group.selfName
        }
    }
}
