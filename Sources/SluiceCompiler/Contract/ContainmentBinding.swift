import SluiceLanguage

/// The kernel sets that hold contained hosts, and the management hosts that are never contained.
/// Elements carry the `for` duration as their timeout, so containment holds while the watcher is
/// down and ends on time without it. Every part of Sluice that contains or releases a host asks
/// this type which elements to write; none maps hosts to sets on its own.
public struct ContainmentBinding: Hashable, Sendable, Codable {
    public var blockedV4: String
    public var blockedV6: String
    public var isolatedV4: String
    public var isolatedV6: String
    /// Host mode with `self`: sets keyed by `meta nfproto`, holding `ipv4` and `ipv6` while this
    /// machine itself is contained.
    public var blockedSelf: String?
    public var isolatedSelf: String?
    /// Host mode: sets keyed by uid (`meta skuid`), holding the local users whose traffic is
    /// blocked or isolated; the machine and other users are untouched.
    public var blockedUsers: String?
    public var isolatedUsers: String?
    /// The management group, whose hosts containment never cuts off and never contains.
    public var managementGroup: String?
    /// The management group's addresses.
    public var management: [AddressRange]

    /// Creates a containment binding.
    public init(blockedV4: String, blockedV6: String, isolatedV4: String, isolatedV6: String,
                blockedSelf: String? = nil, isolatedSelf: String? = nil, managementGroup: String? = nil,
                management: [AddressRange] = []) {
        self.blockedV4 = blockedV4
        self.blockedV6 = blockedV6
        self.isolatedV4 = isolatedV4
        self.isolatedV6 = isolatedV6
        self.blockedSelf = blockedSelf
        self.isolatedSelf = isolatedSelf
        self.managementGroup = managementGroup
        self.management = management
    }

    /// The elements that hold `host` contained as `kind`, or nil when the policy has no set for it
    /// (`self` without host mode's built-in group, a group total).
    public func elements(for host: HostID, kind: ContainmentKind) -> [ContainmentElement]? {
        switch host {
        case .address(let raw):
            let address = raw.unmapped
            let set: String = switch (kind, address.family) {
            case (.block, .ipv4): blockedV4
            case (.block, .ipv6): blockedV6
            case (.isolate, .ipv4): isolatedV4
            case (.isolate, .ipv6): isolatedV6
            }
            return [ContainmentElement(set: set, key: .address(AddressRange(address)))]
        case .machine:
            guard let set = kind == .block ? blockedSelf : isolatedSelf else { return nil }
            return AddressFamily.allCases.map { ContainmentElement(set: set, key: .nfproto($0.nfproto)) }
        case .user(let uid):
            guard let set = kind == .block ? blockedUsers : isolatedUsers else { return nil }
            return [ContainmentElement(set: set, key: .uid(uid))]
        case .groupTotal:
            return nil
        }
    }

    /// Every containment set of the policy.
    public var sets: [ContainmentSet] {
        var out = [ContainmentSet(name: blockedV4, kind: .block, machine: false),
                   ContainmentSet(name: blockedV6, kind: .block, machine: false),
                   ContainmentSet(name: isolatedV4, kind: .isolate, machine: false),
                   ContainmentSet(name: isolatedV6, kind: .isolate, machine: false)]
        if let s = blockedSelf { out.append(ContainmentSet(name: s, kind: .block, machine: true)) }
        if let s = isolatedSelf { out.append(ContainmentSet(name: s, kind: .isolate, machine: true)) }
        if let s = blockedUsers { out.append(ContainmentSet(name: s, kind: .block, machine: false, users: true)) }
        if let s = isolatedUsers { out.append(ContainmentSet(name: s, kind: .isolate, machine: false, users: true)) }
        return out
    }

    /// The host an element of a containment set holds: an address, this machine for the
    /// `nf_proto` sets, or a user for the uid sets; nil for an element that is none of these.
    public static func host(of element: SetElement, in set: ContainmentSet) -> HostID? {
        switch element.key {
        case .address(let range) where !set.machine && !set.users && range.lower == range.upper: .address(range.lower)
        case .nfproto where set.machine: .machine
        case .uid(let uid) where set.users: .user(uid)
        default: nil
        }
    }

    /// Whether a host is one of the management hosts, which containment never cuts off.
    public func isManagement(_ host: HostID) -> Bool {
        guard case .address(let address) = host else { return false }
        let a = address.unmapped
        return management.contains { $0.contains(a) }
    }
}
