import Foundation
import SluiceCompiler

/// What the engine knows about one quota in the window the kernel counts for it.
struct BindingState {
    var binding: QuotaBinding
    /// The window the kernel's counters belong to (until the next read-and-reset).
    var window: QuotaWindow
    /// The best known bytes per host in `window`: the kernel's figure, what the store had, or the
    /// budget when the kernel announced the host spent it.
    var usage: [HostID: UInt64] = [:]
    /// Quota figures last read from (or restored into) the kernel: a later, lower reading means
    /// the kernel lost usage (a recreated table) and it is put back.
    var kernelSeen: [HostID: UInt64] = [:]
    /// Attribution counters as last read (`total` quotas).
    var counterRaw: [HostID: UInt64] = [:]
    /// Attribution bytes the kernel lost (counters cannot be restored), added to its figures.
    var counterBase: [HostID: UInt64] = [:]
    /// Hosts whose usage changed since the last store write.
    var dirty: Set<HostID> = []
    /// A learned quota's limits for `window`, as written into the hosts' kernel elements; a host
    /// without one is held to the floor (`binding.bytes`).
    var baselines: [HostID: HostBaseline] = [:]
    /// A learned quota's usual per group for `window` (the median of the group's warmed-up hosts),
    /// which a host first seen mid-window gets; nil until the limits of the window are written.
    var groupUsuals: [String: UInt64]?
    /// A learned quota's usage already added to the hourly history.
    var hourlyCounted: [HostID: UInt64] = [:]
    /// Fleet (`--cluster`): the other gateways' bytes per host as last received, and how much of
    /// them is already in the kernel's figure (never lowered within a window: no budget refills).
    /// `injected` is written to the store with the usage (`HostBytes.remote`), so a restart knows it.
    var remoteTarget: [HostID: UInt64] = [:]
    var injected: [HostID: UInt64] = [:]

    init(binding: QuotaBinding, window: QuotaWindow) {
        self.binding = binding
        self.window = window
    }

    /// Takes one host's attribution counter in, as read from the kernel: a counter lower than
    /// last read was recreated, and its old bytes stay counted. Returns whether the host had
    /// counted bytes before. The last reading is looked up once (a poll takes 10,000 at a time).
    @discardableResult
    mutating func takeCounter(_ host: HostID, raw: UInt64) -> Bool {
        let slot = counterRaw.index(forKey: host)
        let last = slot.map { counterRaw.values[$0] } ?? 0
        guard raw != last else { return last > 0 }   // nothing new
        if raw < last { counterBase[host, default: 0] += last }
        if let slot { counterRaw.values[slot] = raw } else { counterRaw[host] = raw }
        raise(host, to: (counterBase[host] ?? 0) + raw)
        return last > 0
    }

    /// Raises a host's usage to at least `bytes`; returns whether it changed.
    @discardableResult
    mutating func raise(_ host: HostID, to bytes: UInt64) -> Bool {
        // One lookup for a known host: a sweep raises 10,000 of them.
        if let slot = usage.index(forKey: host) {
            guard bytes > usage.values[slot] else { return false }
            usage.values[slot] = bytes
        } else {
            guard bytes > 0 else { return false }
            usage[host] = bytes
        }
        dirty.insert(host)
        return true
    }

    /// Sizes the per-host tables for `hosts` at once when a reading brings more hosts than they
    /// hold: the first sweep of 10,000 hosts otherwise grows each table by doubling, old and new
    /// storage alive together at every step, while the sweep's own arrays are too (bench/WATCH.md).
    /// A no-op when they are large enough already.
    mutating func makeRoom(for hosts: Int, counters: Bool) {
        guard hosts > usage.count else { return }
        usage.reserveCapacity(hosts)
        dirty.reserveCapacity(hosts)
        if counters { counterRaw.reserveCapacity(hosts) } else { kernelSeen.reserveCapacity(hosts) }
    }

    /// How the kernel counts the quota.
    var accounting: QuotaAccounting { binding.accounting }

    /// The host's budget in `window`: its learned limit, or the quota's size (a learned quota's floor).
    func budget(_ host: HostID) -> UInt64 {
        baselines[host]?.limit ?? binding.bytes
    }

    /// Whether the host has spent the quota (the kernel caps what it reports at the budget).
    func spent(_ host: HostID) -> Bool {
        (usage[host] ?? 0) >= budget(host)
    }

    /// Hosts with bytes counted in the window, sorted (the contributors of a `total` quota).
    var contributors: [HostID] {
        usage.filter { $0.key != .groupTotal && $0.value > 0 }.map(\.key).sorted()
    }

    /// Usage figures of these hosts, for the store.
    func samples(_ hosts: some Collection<HostID>, table: String, at time: Date) -> UsageFigures {
        var figures: [HostBytes] = []
        figures.reserveCapacity(hosts.count)
        // With what was added from the fleet, so a restarted watcher knows which bytes are its own.
        for host in hosts { figures.append(HostBytes(host: host, bytes: usage[host] ?? 0, remote: injected[host] ?? 0)) }
        // In host order, as before: the store's slices then each touch their own run of the
        // usage index's pages (an address block is one run of its text keys), rather than all
        // of them in every transaction, and the write-ahead log takes each page about once.
        figures.sort { $0.host < $1.host }
        return UsageFigures(table: table, quotaID: binding.id, window: window, updated: time, hosts: figures)
    }
}
