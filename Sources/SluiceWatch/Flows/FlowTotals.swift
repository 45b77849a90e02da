/// Bytes, packets and connections counted for one flow key since the last flush.
struct FlowTotals: Hashable {
    var bytes: UInt64 = 0
    var packets: UInt64 = 0
    var flows: UInt64 = 0
}
