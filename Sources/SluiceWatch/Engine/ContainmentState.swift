import SluiceCompiler
import Foundation

/// A containment the engine knows is in the kernel.
struct ContainmentState: Hashable, Sendable {
    var host: HostID
    var level: ContainmentKind
    var since: Date
    var ends: ContainmentEnd
    var reason: String
    var origin: ContainmentOrigin
    /// The quota whose exceeding caused it, when the watcher contained the host.
    var quotaID: String?
    /// The engine generation when the watcher added it: a poll whose reads began earlier cannot
    /// have seen it, and must not take its absence for a release.
    var generation: UInt64
    /// When a poll first found it missing from the kernel while the store still held it.
    var missingSince: Date?

    var key: ContainmentKey { ContainmentKey(host: host, level: level) }
}
