import SluiceLanguage

/// Whom a usage figure, an incident or a containment is about: one address, this machine (`self`
/// in host mode), or the whole group of a `total` quota (`*`).
///
/// The text forms are the ones the store keeps, so the watcher and the CLI spell hosts alike.
public enum WatchHost: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// One internal address.
    case address(IPAddress)
    /// This machine's own traffic (the built-in group `self` of host mode).
    case machine
    /// Every host of a `total` quota's groups together.
    case groupTotal

    /// The text of `machine`.
    public static let machineText = "self"
    /// The text of `groupTotal`.
    public static let groupTotalText = "*"

    /// Parses `self`, `*` or an address; nil for anything else.
    public init?(_ text: String) {
        switch text {
        case WatchHost.machineText: self = .machine
        case WatchHost.groupTotalText: self = .groupTotal
        default:
            guard let address = IPAddress(text) else { return nil }
            self = .address(address)
        }
    }

    /// A canonical address, `self` or `*`.
    public var description: String {
        switch self {
        case .address(let a): a.description
        case .machine: WatchHost.machineText
        case .groupTotal: WatchHost.groupTotalText
        }
    }

    /// Whether the host can be put into a containment set (a group total cannot).
    public var isContainable: Bool {
        if case .groupTotal = self { return false }
        return true
    }

    public static func < (a: WatchHost, b: WatchHost) -> Bool {
        switch (a, b) {
        case (.address(let x), .address(let y)): x < y
        default: a.order < b.order
        }
    }

    private var order: Int {
        switch self {
        case .address: 0
        case .machine: 1
        case .groupTotal: 2
        }
    }
}
