import Foundation

/// One containment of a host; released and replaced ones stay as history.
public struct ContainmentRecord: Hashable, Sendable, Codable {
    public var id: Int64
    public var table: String
    /// A canonical address, or `self` in host mode.
    public var host: String
    public var kind: ContainmentKind
    public var since: Date
    /// When it ends by itself; nil means until `sluice release`.
    public var expires: Date?
    public var reason: String
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
