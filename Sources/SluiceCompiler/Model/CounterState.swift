/// Packets and bytes a counter has seen.
public struct CounterState: Hashable, Sendable, Codable {
    public var packets: UInt64
    public var bytes: UInt64

    /// Creates a counter value.
    public init(packets: UInt64 = 0, bytes: UInt64 = 0) {
        self.packets = packets
        self.bytes = bytes
    }
}
