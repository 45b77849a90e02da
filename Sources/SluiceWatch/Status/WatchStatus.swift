import Foundation
import SluiceCompiler

/// What `sluice status` prints: every quota's usage per host in the current window, and every
/// contained host with its reason and end. Built by the running engine, or from kernel and store
/// snapshots when no watcher runs (`read(compiled:table:at:kernel:store:)`).
public struct WatchStatus: Hashable, Sendable, Codable {
    /// The Sluice table.
    public var table: String
    /// When the status was taken.
    public var time: Date
    /// Quotas in policy order.
    public var quotas: [QuotaStatus]
    /// Contained hosts, by host then level.
    public var containments: [ContainmentStatus]
    /// Learned names (destinations by DNS name), when the policy lists names.
    public var names: [NameStatus]?

    /// Creates a status.
    public init(table: String, time: Date, quotas: [QuotaStatus], containments: [ContainmentStatus]) {
        self.table = table
        self.time = time
        self.quotas = quotas
        self.containments = containments
    }

    /// Gives every user host (`uid:N`) its login name, where `name` knows one: `status` shows
    /// users by name and uid, in text and JSON.
    public mutating func nameUsers(_ name: (UInt32) -> String?) {
        func named(_ host: HostID) -> String? {
            guard case .user(let uid) = host else { return nil }
            return name(uid)
        }
        for q in quotas.indices {
            for h in quotas[q].hosts.indices { quotas[q].hosts[h].name = named(quotas[q].hosts[h].host) }
        }
        for c in containments.indices { containments[c].name = named(containments[c].host) }
    }

    /// One quota's status from its usage figures.
    /// A learned quota's hosts are held to their `baselines` (their limits for `window`).
    static func quota(_ binding: QuotaBinding, window: QuotaWindow, usage: [HostID: UInt64],
                      baselines: [HostID: HostBaseline] = [:]) -> QuotaStatus {
        let hosts = usage.filter { $0.value > 0 || $0.key == .groupTotal }.sorted { a, b in
            // The group total first, then hosts by address.
            (a.key == .groupTotal ? 0 : 1, a.key) < (b.key == .groupTotal ? 0 : 1, b.key)
        }.map { host, used in
            let own = binding.scope.isPerSource || host == .groupTotal
            let baseline = baselines[host]
            let budget = baseline?.limit ?? binding.bytes
            return HostUsageStatus(host: host, used: used, budget: budget, spent: own && used >= budget, baseline: baseline)
        }
        return QuotaStatus(id: binding.id, scope: binding.scope, groups: binding.groups, budget: binding.bytes,
                           window: window, hosts: hosts)
    }
}
