import SluiceLanguage

/// Whom a usage figure, an incident or a containment is about: one address, one local user (host
/// mode `users`, by uid), this machine (`self` in host mode), or the whole group of a `total`
/// quota (`*`).
///
/// One spelling for every part of Sluice: the store keeps the text form, the watcher and the
/// command line parse it with the same rules. An IPv4-mapped IPv6 address (`::ffff:10.1.0.21`)
/// is taken as the IPv4 address it stands for, since that is how the host's packets look.
public enum HostID: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// One internal address.
    case address(IPAddress)
    /// One local account, by uid (text `uid:1001`): the owner of the sockets its packets leave by.
    case user(UInt32)
    /// This machine's own traffic (the built-in group `self` of host mode).
    case machine
    /// Every host of a `total` quota's groups together.
    case groupTotal

    /// The text of `machine`.
    public static let machineText = "self"
    /// The text of `groupTotal`.
    public static let groupTotalText = "*"
    /// The prefix of a user's text form, `uid:1001`.
    public static let userPrefix = "uid:"

    /// Parses `self`, `*`, `uid:N` or an address; nil for anything else.
    public init?(_ text: some StringProtocol) {
        let string = String(text)
        switch string {
        case HostID.machineText: self = .machine
        case HostID.groupTotalText: self = .groupTotal
        case _ where string.hasPrefix(HostID.userPrefix):
            let digits = string.dropFirst(HostID.userPrefix.count)
            guard !digits.isEmpty, digits.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), digits.utf8.count <= 10,
                  let uid = UInt32(digits) else { return nil }
            self = .user(uid)
        default:
            guard let address = IPAddress(text) else { return nil }
            self = .address(address.unmapped)
        }
    }

    /// Parses a host an operator names (`sluice isolate HOST`): an address or `self`, never `*`.
    public init?(containable text: some StringProtocol) {
        guard let host = HostID(text), host.isContainable else { return nil }
        self = host
    }

    /// The host of a packet's source address.
    public init(source address: IPAddress) {
        self = .address(address.unmapped)
    }

    /// A canonical address, `self` or `*`.
    public var description: String {
        switch self {
        case .address(let a): a.description
        case .user(let uid): HostID.userPrefix + String(uid)
        case .machine: HostID.machineText
        case .groupTotal: HostID.groupTotalText
        }
    }

    /// The host a per-host (per-user) set element stands for: its address or its uid.
    public init?(element key: ElementKey) {
        switch key {
        case .address(let range) where range.lower == range.upper: self = .address(range.lower.unmapped)
        case .uid(let uid): self = .user(uid)
        default: return nil
        }
    }

    /// The key of this host's element in a per-host (per-user) set; nil for `self` and `*`.
    public var elementKey: ElementKey? {
        switch self {
        case .address(let a): .address(AddressRange(a.unmapped))
        case .user(let uid): .uid(uid)
        case .machine, .groupTotal: nil
        }
    }

    /// Whether the host can be put into a containment set (a group total cannot).
    public var isContainable: Bool {
        if case .groupTotal = self { return false }
        return true
    }

    public static func < (a: HostID, b: HostID) -> Bool {
        switch (a, b) {
        case (.address(let x), .address(let y)): x < y
        case (.user(let x), .user(let y)): x < y
        default: a.order < b.order
        }
    }

    private var order: Int {
        switch self {
        case .address: 0
        case .user: 1
        case .machine: 2
        case .groupTotal: 3
        }
    }
}

extension HostID: Codable {
    /// Decodes the text form (`10.0.0.1`, `uid:1001`, `self`, `*`).
    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let host = HostID(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a host: \(text)"))
        }
        self = host
    }

    /// Encodes the text form.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}
