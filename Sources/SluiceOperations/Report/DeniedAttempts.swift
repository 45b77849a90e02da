/// Attempts the policy denied (and logged, `log denied`) of one host to one destination and service.
public struct DeniedAttempts: Hashable, Sendable, Codable {
    public var host: String
    public var destination: String
    public var service: String
    public var attempts: UInt64
}
