/// The kernel sets that hold contained hosts, and the NFLOG channel that wakes the watcher.
/// Elements carry the `for` duration as their timeout, so containment holds while the watcher is
/// down and ends on time without it.
public struct ContainmentBinding: Hashable, Sendable, Codable {
    public var blockedV4: String
    public var blockedV6: String
    public var isolatedV4: String
    public var isolatedV6: String
    /// Host mode with `self`: sets keyed by `meta nfproto`, holding `ipv4` and `ipv6` while this
    /// machine itself is contained.
    public var blockedSelf: String?
    public var isolatedSelf: String?
    /// The NFLOG group over-quota and denied packets are sent to.
    public var nflogGroup: UInt16
    /// The NFLOG prefix of denied egress, when the policy logs it.
    public var deniedPrefix: String?

    /// Creates a containment binding.
    public init(blockedV4: String, blockedV6: String, isolatedV4: String, isolatedV6: String,
                blockedSelf: String? = nil, isolatedSelf: String? = nil, nflogGroup: UInt16,
                deniedPrefix: String? = nil) {
        self.blockedV4 = blockedV4
        self.blockedV6 = blockedV6
        self.isolatedV4 = isolatedV4
        self.isolatedV6 = isolatedV6
        self.blockedSelf = blockedSelf
        self.isolatedSelf = isolatedSelf
        self.nflogGroup = nflogGroup
        self.deniedPrefix = deniedPrefix
    }
}
