/// An address owned by the outside namespace, and the uplink (`wan0` or `wan1`) that leads to it.
public struct LabOutsideAddress: Hashable, Sendable {
    /// The address; it must be in a documentation prefix.
    public var address: LabAddress
    /// 0 for `wan0`, 1 for `wan1`.
    public var uplink: Int

    /// Creates an outside address reached over uplink `uplink`.
    public init(_ address: LabAddress, uplink: Int = 0) {
        self.address = address
        self.uplink = uplink
    }
}
