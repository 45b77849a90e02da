/// One item of an `allow`'s target list: a destination name or a literal address.
public enum Target: Hashable, Sendable, Codable {
    case destination(String)
    case address(AddressRange)
}
