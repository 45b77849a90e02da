import SluiceLanguage

/// One packet as the evaluator sees it at the hook: the fields Sluice's rules read.
public struct Packet: Hashable, Sendable {
    public var family: AddressFamily
    /// Nil for host mode's `self` when the source address does not matter.
    public var source: IPAddress?
    public var destination: IPAddress
    public var l4proto: UInt8
    /// Destination port (TCP and UDP only).
    public var destinationPort: UInt16?
    /// Source port (TCP and UDP only); nil for the egress flows `explain` asks about.
    public var sourcePort: UInt16?
    public var outputInterface: String
    /// The interface it arrived on at a gateway; empty for a packet this machine sends.
    public var inputInterface = ""
    public var ctState: CtState
    /// The packet's direction in its connection: a new one's first packet is the original.
    public var ctDirection: CtDirection = .original
    /// The uid owning the packet's socket (`meta skuid`); nil for a packet without a local owner.
    public var uid: UInt32?
    /// The owner the connection recorded from an earlier packet (`ct owner`); nil for a new one.
    public var owner: UInt32?
    /// The connection's conntrack mark so far; a new connection's is 0.
    public var ctMark: UInt32
    /// Learned sets taken to hold the destination address (see `FlowQuery.learnedSets`).
    public var learnedSets: Set<String> = []

    /// Creates a packet.
    public init(family: AddressFamily, source: IPAddress?, destination: IPAddress, l4proto: UInt8,
                destinationPort: UInt16?, outputInterface: String, ctState: CtState = .new, ctMark: UInt32 = 0,
                uid: UInt32? = nil, owner: UInt32? = nil) {
        self.uid = uid
        self.owner = owner
        self.family = family
        self.source = source
        self.destination = destination
        self.l4proto = l4proto
        self.destinationPort = destinationPort
        self.outputInterface = outputInterface
        self.ctState = ctState
        self.ctMark = ctMark
    }
}
