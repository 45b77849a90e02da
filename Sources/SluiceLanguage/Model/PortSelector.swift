/// The ports of an `allow`: every protocol and port (no `on`), or a list.
public enum PortSelector: Hashable, Sendable, Codable {
    case any
    case items([PortItem])
}
