import Foundation

/// One entry of a table's apply history, without its (possibly large) sources and compiled policy.
public struct AppliedVersion: Hashable, Sendable, Codable {
    /// Increasing over the whole database, so newer versions have larger ids.
    public var id: Int64
    /// The Sluice table the version was applied to.
    public var table: String
    /// When it was applied (UTC, millisecond precision).
    public var time: Date
    /// The login name, or `uid N`, of whoever applied it.
    public var user: String
    /// SHA-256 hex of the applied ruleset, as the caller computed it.
    public var hash: String
    /// The operator's note (`apply -m`), or what the command generated.
    public var message: String
    /// Whether an apply, a rollback or the confirm timer's rollback recorded it.
    public var kind: VersionKind
    /// For rollbacks: the version whose policy was restored.
    public var rolledBackTo: Int64?
    /// Whether this is the version the kernel table runs now.
    public var isLive: Bool
    /// Bytes of the stored compiled policy, for `history` to show heavy versions.
    public var storedSize: Int

    /// Creates a history entry.
    public init(id: Int64, table: String, time: Date, user: String, hash: String, message: String,
                kind: VersionKind, rolledBackTo: Int64?, isLive: Bool, storedSize: Int) {
        self.id = id
        self.table = table
        self.time = time
        self.user = user
        self.hash = hash
        self.message = message
        self.kind = kind
        self.rolledBackTo = rolledBackTo
        self.isLive = isLive
        self.storedSize = storedSize
    }
}
