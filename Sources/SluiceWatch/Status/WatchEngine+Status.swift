import Foundation

extension WatchEngine {
    /// The running engine's status.
    public func status() -> WatchStatus {
        let quotas = orderedBindings.map { WatchStatus.quota($0.binding, window: $0.window, usage: $0.usage, baselines: $0.baselines) }
        let list = containments.values.sorted { $0.key < $1.key }.map {
            ContainmentStatus(host: $0.host, level: $0.level, since: $0.since, expires: $0.ends.date, reason: $0.reason,
                              origin: $0.origin)
        }
        return WatchStatus(table: table, time: clock.now(), quotas: quotas, containments: list)
    }
}
