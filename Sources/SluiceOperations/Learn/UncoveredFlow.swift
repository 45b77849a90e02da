/// An observed flow the proposal does not admit, and why.
public struct UncoveredFlow: Hashable, Sendable, Codable {
    public var host: String
    public var destination: String
    public var service: String
    public var bytes: UInt64
    public var reason: String
}
