import Foundation
import SluiceCompiler
import SluiceLanguage
import SluiceWatch

/// The fleet link's bookkeeping, without threads or network (tested on its own): what etcd holds
/// as last seen, what arrived for the watcher, and what this gateway still has to write.
struct FleetState {
    let keys: FleetKeys
    let gateway: String
    /// Containments in etcd as last seen.
    var known: [ContainmentKey: StoredContainment] = [:]
    /// Other gateways' usage shards by key.
    var remote: [String: RemoteUsage] = [:]
    /// Their sum per quota, window and host, kept as shards arrive and leave: summing every
    /// other gateway's 10,000 hosts afresh for each hand-over cost more than reading them.
    var remoteSums: UsageSums = [:]
    /// This gateway's own shards as found at the first read (handed over once, then dropped).
    var ownAtStart: [String: RemoteUsage]? = nil
    var firstRead = true
    var remoteChanged = false
    /// When the others' usage was last summed for the watcher: at most every `usageEvery`, since
    /// summing 10,000 hosts of every other gateway on each arriving shard would cost more than it
    /// tells (the watcher adds it to the kernel once per sync interval anyway).
    var lastUsageSum = Date.distantPast
    static let usageEvery = 0.25
    /// For the watcher's next `take`.
    var inbox = FleetInbox()
    /// Containments decided here and not yet written.
    var pendingContainments: [ContainmentKey: StoredContainment] = [:]
    /// This gateway's latest usage, and the shard values already in etcd.
    var latestUsage: [FleetUsage] = []
    var written: [String: String] = [:]
    /// The window each quota's usage was last written for (older ones are deleted).
    var writtenWindows: [String: Int64] = [:]
    /// The last revision taken in.
    var revision: Int64 = 0
    /// The leases this gateway has written its usage under.
    var ownLeases: Set<Int64> = []
    /// A lease another writer used for this gateway's usage keys, seen in the watch and not yet
    /// logged (two gateways share a name); logged once.
    var nameClash: Int64?
    var nameClashSeen = false

    init(keys: FleetKeys, gateway: String) {
        self.keys = keys
        self.gateway = gateway
    }

    /// Takes in a full read of the table's keys (at start, or after the watch fell behind a
    /// compaction): containments that vanished meanwhile were released.
    mutating func replaceAll(_ kvs: [KeyValue], revision: Int64, at now: Date) {
        let before = known
        known = [:]
        remote = [:]
        remoteSums = [:]
        remoteChanged = true
        apply(kvs.map { .put($0) }, at: now, fromWatch: false)
        if firstRead {
            firstRead = false
            var own: [String: RemoteUsage] = [:]
            for kv in kvs {
                guard let (gateway, quotaID, window) = keys.parseUsage(kv.key), gateway == self.gateway else { continue }
                own[kv.key] = RemoteUsage(gateway: gateway, quotaID: quotaID, window: window,
                                          hosts: UsageShard.decode(Substring(decoding: kv.value, as: UTF8.self)))
            }
            ownAtStart = own
        }
        for (key, record) in before where known[key] == nil && Self.holds(record, at: now) {
            inbox.release.append(key)
        }
        inbox.standing = Set(known.keys).union(pendingContainments.keys)
        self.revision = revision
    }

    /// Takes in changes from the watch (or, `fromWatch` false, a full read's keys). A put of this
    /// gateway's own usage keys under a lease it never wrote with, seen in the watch, is another
    /// process publishing under the same name (a full read also holds what an earlier run of
    /// this gateway wrote).
    mutating func apply(_ changes: [WatchChange], at now: Date, fromWatch: Bool = true) {
        for change in changes {
            switch change {
            case .put(let kv):
                revision = max(revision, kv.modRevision)
                if fromWatch, !nameClashSeen, kv.lease != 0, !ownLeases.contains(kv.lease),
                   let (gateway, _, _) = keys.parseUsage(kv.key), gateway == self.gateway {
                    nameClash = kv.lease
                    nameClashSeen = true
                }
                if let (level, host) = keys.parseContainment(kv.key) {
                    guard let record = ContainmentValue.decode(kv.value)?.containment(table: keys.table),
                          record.host == host, record.level == level else { continue }
                    let key = ContainmentKey(host: host, level: level)
                    known[key] = record
                    pendingContainments[key] = pendingContainments[key].flatMap { Self.longer($0, than: record) ? $0 : nil }
                    if Self.holds(record, at: now) { inbox.contain.append(record) }
                } else if let (gateway, quotaID, window) = keys.parseUsage(kv.key), gateway != self.gateway {
                    let usage = RemoteUsage(gateway: gateway, quotaID: quotaID, window: window,
                                            hosts: UsageShard.decode(Substring(decoding: kv.value, as: UTF8.self)))
                    if let old = remote.updateValue(usage, forKey: kv.key) { Self.subtract(old, from: &remoteSums) }
                    Self.add(usage, to: &remoteSums)
                    remoteChanged = true
                }
            case .delete(let key, let revision):
                self.revision = max(self.revision, revision)
                if let (level, host) = keys.parseContainment(key) {
                    let containment = ContainmentKey(host: host, level: level)
                    if let record = known.removeValue(forKey: containment), Self.holds(record, at: now) {
                        inbox.release.append(containment)
                    }
                } else if let old = remote.removeValue(forKey: key) {
                    Self.subtract(old, from: &remoteSums)
                    // The watcher never lowers what it injected: a gateway's keys going away
                    // (its lease expired) refills no budget.
                    remoteChanged = true
                }
            }
        }
    }

    /// Whether a containment still holds at `now`.
    static func holds(_ record: StoredContainment, at now: Date) -> Bool {
        record.expires.map { $0 > now } ?? true
    }

    /// Whether `a` lasts longer than `b` (until released beats any expiry).
    static func longer(_ a: StoredContainment, than b: StoredContainment) -> Bool {
        switch (a.expires, b.expires) {
        case (nil, nil): return false
        case (nil, _): return true
        case (_, nil): return false
        case (let x?, let y?): return x.timeIntervalSince(y) >= 1
        }
    }

    /// Notes the containments this gateway decided, unless etcd already holds one at least as long
    /// (the ones the watcher enforced from the fleet come back this way).
    mutating func observe(_ effects: [WatchEffect], at now: Date) {
        for case .putContainment(let record, _) in effects where Self.holds(record, at: now) {
            let key = ContainmentKey(host: record.host, level: record.level)
            if let existing = known[key], !Self.longer(record, than: existing) { continue }
            if let queued = pendingContainments[key], !Self.longer(record, than: queued) { continue }
            pendingContainments[key] = record
        }
    }

    /// What arrived since the last call (the others' usage at most every `usageEvery`).
    mutating func take(at now: Date = Date()) -> FleetInbox {
        var out = inbox
        inbox = FleetInbox()
        if remoteChanged && now.timeIntervalSince(lastUsageSum) >= Self.usageEvery {
            lastUsageSum = now
            out.remoteUsage = Self.usages(remoteSums)
            remoteChanged = false
        }
        if let own = ownAtStart {
            out.ownPublished = Self.sums(own.values)
            ownAtStart = nil
        }
        return out
    }

    /// Figures per quota, window and host, summed exactly: any etcd client can publish figures
    /// under made-up gateway names, and a sum of them wrapped in 64 bits could cancel what the
    /// real gateways published (a budget refilled), or overflow where the watcher adds it.
    typealias UsageSums = [String: [Int64: [HostID: UInt128]]]

    /// Shards summed per quota, window and host.
    static func sums(_ shards: some Sequence<RemoteUsage>) -> [FleetUsage] {
        var sums: UsageSums = [:]
        for shard in shards { add(shard, to: &sums) }
        return usages(sums)
    }

    /// Adds a shard's figures to `sums` (a host at zero adds nothing and is left out).
    static func add(_ shard: RemoteUsage, to sums: inout UsageSums) {
        // The window's figures are taken out and put back so that each host costs one lookup
        // in a uniquely held dictionary, not a walk down three levels.
        var windows = sums.removeValue(forKey: shard.quotaID) ?? [:]
        var hosts = windows.removeValue(forKey: shard.window) ?? [:]
        for (host, bytes) in shard.hosts where bytes != 0 { hosts[host, default: 0] += UInt128(bytes) }
        if !hosts.isEmpty { windows[shard.window] = hosts }
        if !windows.isEmpty { sums[shard.quotaID] = windows }
    }

    /// Takes a shard's figures (added before) off `sums`, dropping what falls to zero.
    static func subtract(_ shard: RemoteUsage, from sums: inout UsageSums) {
        guard var windows = sums.removeValue(forKey: shard.quotaID) else { return }
        var hosts = windows.removeValue(forKey: shard.window) ?? [:]
        for (host, bytes) in shard.hosts where bytes != 0 {
            guard let index = hosts.index(forKey: host) else { continue }
            let left = hosts.values[index] - min(hosts.values[index], UInt128(bytes))
            if left == 0 { hosts.remove(at: index) } else { hosts.values[index] = left }
        }
        if !hosts.isEmpty { windows[shard.window] = hosts }
        if !windows.isEmpty { sums[shard.quotaID] = windows }
    }

    /// The sums as the watcher takes them, sorted by quota and window.
    static func usages(_ sums: UsageSums) -> [FleetUsage] {
        sums.sorted { $0.key < $1.key }.flatMap { quotaID, windows in
            // No quota holds more than the largest size: a larger sum is that much, spent.
            windows.sorted { $0.key < $1.key }.map { window, hosts in
                FleetUsage(quotaID: quotaID, window: window, hosts: hosts.mapValues { UInt64(min($0, UInt128(PolicyLimits.largestSize))) })
            }
        }
    }

    /// The writes that bring etcd to this gateway's latest usage: the shards whose value changed,
    /// under `lease`, and the deletion of a quota's previous window; with the values to remember
    /// once they succeeded.
    func usageWrites(lease: Int64) -> (operations: [TxnOperation], values: [String: String], windows: [String: Int64]) {
        var operations: [TxnOperation] = []
        var values: [String: String] = [:]
        var windows: [String: Int64] = [:]
        for usage in latestUsage {
            if let old = writtenWindows[usage.quotaID], old != usage.window {
                operations.append(.delete(key: keys.usage(gateway: gateway, quotaID: usage.quotaID, window: old), prefix: true))
            }
            windows[usage.quotaID] = usage.window
            var shards = [[HostID: UInt64]](repeating: [:], count: FleetKeys.usageShards)
            for (host, bytes) in usage.hosts { shards[UsageShard.index(of: host)][host] = bytes }
            for (index, hosts) in shards.enumerated() {
                let key = keys.usage(gateway: gateway, quotaID: usage.quotaID, window: usage.window, shard: index)
                let value = UsageShard.encode(hosts)
                if (written[key] ?? "") == value { continue }
                operations.append(.put(key: key, value: Data(value.utf8), lease: lease))
                values[key] = value
            }
        }
        return (operations, values, windows)
    }

    /// Remembers usage writes that succeeded (dropping the shards of replaced windows).
    mutating func wrote(values: [String: String], windows: [String: Int64]) {
        for (quotaID, window) in windows where writtenWindows[quotaID] != window {
            if let old = writtenWindows[quotaID] {
                let prefix = keys.usage(gateway: gateway, quotaID: quotaID, window: old)
                written = written.filter { !$0.key.hasPrefix(prefix) }
            }
            writtenWindows[quotaID] = window
        }
        written.merge(values) { _, new in new }
    }
}
