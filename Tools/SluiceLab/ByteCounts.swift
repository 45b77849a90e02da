/// What a listener has received: bytes in total and per peer address, and how many arrivals.
public struct ByteCounts: Hashable, Sendable {
    /// Bytes received from all peers.
    public private(set) var total = 0
    /// Bytes received per peer address (the port is ignored); a peer that connected but sent
    /// nothing appears with 0.
    public private(set) var byPeer: [LabAddress: Int] = [:]
    /// Connections accepted (TCP) or datagrams received (UDP).
    public private(set) var arrivals = 0

    /// Empty counts.
    public init() {}

    /// Bytes received from `peer` (0 if none).
    public func bytes(from peer: LabAddress) -> Int { byPeer[peer] ?? 0 }

    /// The peers in address order, for deterministic reports.
    public var peers: [LabAddress] { byPeer.keys.sorted() }

    mutating func add(_ count: Int, from peer: LabAddress) {
        total += count
        byPeer[peer, default: 0] += count
    }

    mutating func arrive(from peer: LabAddress) {
        arrivals += 1
        if byPeer[peer] == nil { byPeer[peer] = 0 }
    }
}
