/// The targets of an `allow`: `any` address, or a list of destinations and literal addresses.
public enum TargetSelector: Hashable, Sendable, Codable {
    case any
    case items([Target])
}
