/// One item of an `on` list: a service name or a literal port.
public enum PortItem: Hashable, Sendable, Codable {
    case service(String)
    case port(PortSpec)
}
