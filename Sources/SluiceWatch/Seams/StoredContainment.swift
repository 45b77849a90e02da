import SluiceCompiler
import Foundation

/// A standing containment as the store keeps it: the record the watcher restores into the kernel
/// after a reboot, and reads to tell an operator's release from a lost kernel element.
public struct StoredContainment: Hashable, Sendable, Codable {
    /// The Sluice table.
    public var table: String
    /// An address or `self`.
    public var host: HostID
    /// Block or isolate.
    public var level: ContainmentKind
    /// When it began.
    public var since: Date
    /// When it ends by itself; nil means until `sluice release`.
    public var expires: Date?
    /// Why, in words.
    public var reason: String
    /// The watcher or an operator.
    public var origin: ContainmentOrigin
    /// The incident that caused it, when the watcher contained the host.
    public var incidentID: Int64?

    /// Creates a containment record.
    public init(table: String, host: HostID, level: ContainmentKind, since: Date, expires: Date?, reason: String,
                origin: ContainmentOrigin, incidentID: Int64? = nil) {
        self.table = table
        self.host = host
        self.level = level
        self.since = since
        self.expires = expires
        self.reason = reason
        self.origin = origin
        self.incidentID = incidentID
    }
}
