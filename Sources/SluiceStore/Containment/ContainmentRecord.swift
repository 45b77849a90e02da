import SluiceCompiler
import Foundation

/// One containment of a host; released and replaced ones stay as history.
public struct ContainmentRecord: Hashable, Sendable, Codable {
    /// Increasing over the whole database.
    public var id: Int64
    /// The Sluice table whose sets hold the host.
    public var table: String
    /// A canonical address, or `self` in host mode.
    public var host: String
    /// Block (egress only) or isolate (everything but management).
    public var kind: ContainmentKind
    /// When it began (millisecond precision).
    public var since: Date
    /// When it ends by itself; nil means until `sluice release`.
    public var expires: Date?
    /// Why, in words (`quota hq_compute_1d exceeded`, an operator's `--reason`).
    public var reason: String
    /// The watcher or an operator.
    public var source: ContainmentSource
    /// The incident that caused it, for watcher containments.
    public var incidentID: Int64?
    /// When it was released or replaced by a newer containment; nil while it stands.
    public var released: Date?

    /// Creates a containment record.
    public init(id: Int64, table: String, host: String, kind: ContainmentKind, since: Date, expires: Date?,
                reason: String, source: ContainmentSource, incidentID: Int64?, released: Date?) {
        self.id = id
        self.table = table
        self.host = host
        self.kind = kind
        self.since = since
        self.expires = expires
        self.reason = reason
        self.source = source
        self.incidentID = incidentID
        self.released = released
    }

    /// Whether the containment holds at `time`: not released and not expired.
    public func isActive(at time: Date) -> Bool {
        released == nil && (expires.map { $0 > time } ?? true)
    }
}
