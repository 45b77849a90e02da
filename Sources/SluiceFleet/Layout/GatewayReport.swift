import Foundation

/// What a gateway last did with the fleet's live version, under `gateway/NAME`: applied it (and
/// which local history version runs it) or refused it, with the reason, and when.
public struct GatewayReport: Codable, Hashable, Sendable {
    public var gateway: String
    /// The published version it answers (sequence and hash).
    public var sequence: Int64
    public var hash: String
    /// Whether the gateway runs that version now; when false it keeps what it ran before.
    public var applied: Bool
    /// Why it refused (diagnostics or the kernel's answer); nil when applied.
    public var reason: String?
    /// The hash of what the gateway runs now (its live local version), nil when it runs none.
    public var running: String?
    public var time: Date

    /// A report.
    public init(gateway: String, sequence: Int64, hash: String, applied: Bool, reason: String?, running: String?, time: Date) {
        self.gateway = gateway
        self.sequence = sequence
        self.hash = hash
        self.applied = applied
        self.reason = reason
        self.running = running
        self.time = time
    }

    /// The JSON value (`FleetJSON`).
    public func encoded() throws -> Data { try FleetJSON.encode(self) }

    /// Reads a value; nil when it is not a report.
    public static func decode(_ data: Data) -> GatewayReport? { FleetJSON.decode(GatewayReport.self, data) }
}
