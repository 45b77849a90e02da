import SluiceCompiler
import Foundation

/// A host held in a containment set.
public struct ContainmentStatus: Hashable, Sendable, Codable {
    /// The host.
    public var host: HostID
    /// Block or isolate.
    public var level: ContainmentKind
    /// When it began, when known.
    public var since: Date?
    /// When it ends; nil means until released.
    public var expires: Date?
    /// Why.
    public var reason: String
    /// Who contained the host.
    public var origin: ContainmentOrigin
    /// A user's login name (`WatchStatus.nameUsers`); nil for addresses and `self`.
    public var name: String?

    /// Creates a containment's status.
    public init(host: HostID, level: ContainmentKind, since: Date?, expires: Date?, reason: String,
                origin: ContainmentOrigin) {
        self.host = host
        self.level = level
        self.since = since
        self.expires = expires
        self.reason = reason
        self.origin = origin
    }
}
