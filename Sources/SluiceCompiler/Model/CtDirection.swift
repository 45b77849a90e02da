/// The direction of a packet in its tracked connection, as `ct direction` tests it.
public enum CtDirection: UInt8, Hashable, Sendable, Codable {
    /// The direction of the connection's first packet (`IP_CT_DIR_ORIGINAL`).
    case original = 0
    /// Back towards whoever opened the connection (`IP_CT_DIR_REPLY`).
    case reply = 1

    /// nft's word for it.
    public var name: String { self == .original ? "original" : "reply" }
}
