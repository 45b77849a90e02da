import Foundation
import SluiceCompiler
import SluiceStore
import Synchronization
@testable import SluiceWatch

/// The state directory in memory, with the store's semantics: usage keeps the larger figure, one
/// standing containment per host, incidents numbered from 1.
final class MemoryStore: WatchStore {
    struct UsageKey: Hashable {
        var quotaID: String
        var host: HostID
        var window: QuotaWindow
    }

    struct Containment {
        var record: StoredContainment
        var released: Date?
    }

    struct State {
        var usage: [UsageKey: StoredUsage] = [:]
        var containments: [Containment] = []
        var incidents: [(id: Int64, draft: IncidentDraft)] = []
        var marks: [String: Int64] = [:]
        var liveVersion: Int64?
        var policies: [Int64: CompiledPolicy] = [:]
        var usageWrites = 0
        var flows: [FlowRollup] = []
        var denied: [DeniedRollup] = []
        var prunes: [Duration] = []
        var hours: [HostID: [Int64: UInt64]] = [:]
        var limits: [String: (window: QuotaWindow, baselines: [HostBaseline])] = [:]
        var rebuilds = 0
        var hourReads = 0
        var failing = false
        /// Calls still to fail after `failNext(_:)`, then the store works again.
        var failures = 0
        var held = false
        var names: [String: StoredName] = [:]
    }

    private let state = Mutex(State())

    // MARK: For tests

    func usage(_ quotaID: String, _ host: String, window: QuotaWindow) -> UInt64? {
        guard let h = HostID(host) else { return nil }
        return state.withLock { $0.usage[UsageKey(quotaID: quotaID, host: h, window: window)]?.bytes }
    }

    /// The part of a usage figure that was added from the other gateways of a fleet.
    func remoteUsage(_ quotaID: String, _ host: String, window: QuotaWindow) -> UInt64? {
        guard let h = HostID(host) else { return nil }
        return state.withLock { $0.usage[UsageKey(quotaID: quotaID, host: h, window: window)]?.remote }
    }

    var incidents: [IncidentDraft] { state.withLock { $0.incidents.map(\.draft) } }
    var allContainments: [Containment] { state.withLock { $0.containments } }
    var usageWrites: Int { state.withLock { $0.usageWrites } }
    /// Every flow rollup written, in order (each flush adds its own; the real store sums them).
    var flows: [FlowRollup] { state.withLock { $0.flows } }
    var deniedRollups: [DeniedRollup] { state.withLock { $0.denied } }
    var flowPrunes: [Duration] { state.withLock { $0.prunes } }

    /// Hourly usage by host and hour start.
    var hours: [HostID: [Int64: UInt64]] { state.withLock { $0.hours } }
    /// The last recorded learned limits per quota.
    var baselineLimits: [String: (window: QuotaWindow, baselines: [HostBaseline])] { state.withLock { $0.limits } }
    var rebuilds: Int { state.withLock { $0.rebuilds } }
    var hourReads: Int { state.withLock { $0.hourReads } }

    func seedHours(_ hours: [HourlyUsage]) {
        state.withLock { s in for h in hours { s.hours[h.host, default: [:]][h.hourStart, default: 0] += h.bytes } }
    }

    func recordUsageHours(table: String, _ hours: [HourlyUsage]) throws {
        try state.withLock { s in
            if s.failing { throw MemoryStoreError.unavailable }
            for h in hours { s.hours[h.host, default: [:]][h.hourStart, default: 0] += h.bytes }
        }
    }

    func usageHours(table: String, since: Int64) throws -> [HourlyUsage] {
        try state.withLock { s in
            if s.failing { throw MemoryStoreError.unavailable }
            s.hourReads += 1
            return s.hours.flatMap { host, hours in
                hours.filter { $0.key >= since }.map { HourlyUsage(host: host, hourStart: $0.key, bytes: $0.value) }
            }
        }
    }

    func rebuildUsageHoursIfEmpty(table: String) throws {
        state.withLock { $0.rebuilds += 1 }
    }

    func baselineLimits(table: String) throws -> [String: (window: QuotaWindow, baselines: [HostBaseline])] {
        state.withLock { $0.limits }
    }

    func recordBaselineLimits(table: String, quotaID: String, window: QuotaWindow, _ baselines: [HostBaseline]) throws {
        try state.withLock { s in
            if s.failing { throw MemoryStoreError.unavailable }
            s.limits[quotaID] = (window, baselines)
        }
    }

    func learnedNames(table: String, at time: Date) throws -> [StoredName] {
        state.withLock { s in s.names.values.filter { $0.expires > time }.sorted { ($0.name, $0.address, $0.destination) < ($1.name, $1.address, $1.destination) } }
    }

    func recordLearnedNames(table: String, _ names: [StoredName], at time: Date) throws {
        try state.withLock { s in
            if s.failing { throw MemoryStoreError.unavailable }
            for n in names {
                let key = "\(n.destination) \(n.name) \(n.address)"
                if let old = s.names[key], old.expires > n.expires { continue }
                s.names[key] = n
            }
            s.names = s.names.filter { $0.value.expires > time }
        }
    }

    func seedUsage(_ usage: [StoredUsage]) {
        state.withLock { s in for u in usage { s.usage[UsageKey(quotaID: u.quotaID, host: u.host, window: u.window)] = u } }
    }

    func seedMarks(_ marks: [String: Int64]) {
        state.withLock { $0.marks = marks }
    }

    func release(_ host: String, at time: Date) {
        state.withLock { s in
            for i in s.containments.indices where s.containments[i].record.host.description == host && s.containments[i].released == nil {
                s.containments[i].released = time
            }
        }
    }

    func publish(_ compiled: CompiledPolicy, version: Int64) {
        state.withLock { s in
            s.policies[version] = compiled
            s.liveVersion = version
        }
    }

    func setFailing(_ failing: Bool) {
        state.withLock { $0.failing = failing }
    }

    /// Makes the next `count` calls fail, and the ones after work: a store that comes and goes.
    func failNext(_ count: Int) {
        state.withLock { $0.failures = count }
    }

    // MARK: WatchStore

    /// Makes every call wait until `setHeld(false)` (a database locked by another process), so a
    /// test can tell "did not wait for the store" from "was quick" without racing a timer.
    func setHeld(_ held: Bool) {
        state.withLock { $0.held = held }
    }

    private func check() throws {
        while state.withLock({ $0.held }) { Thread.sleep(forTimeInterval: 0.005) }
        let fails = state.withLock { s -> Bool in
            if s.failures > 0 {
                s.failures -= 1
                return true
            }
            return s.failing
        }
        if fails { throw MemoryStoreError.unavailable }
    }

    func currentUsage(table: String, at time: Date) throws -> [StoredUsage] {
        try check()
        let seconds = Int64(time.timeIntervalSince1970.rounded(.down))
        return state.withLock { s in
            s.usage.values.filter { $0.table == table && $0.window.start <= seconds && seconds < $0.window.end }
                .sorted { ($0.quotaID, $0.host) < ($1.quotaID, $1.host) }
        }
    }

    func recordUsage(_ figures: UsageFigures) throws {
        try check()
        state.withLock { s in
            s.usageWrites += 1
            for u in figures.rows {
                let key = UsageKey(quotaID: u.quotaID, host: u.host, window: u.window)
                var stored = u
                stored.bytes = max(u.bytes, s.usage[key]?.bytes ?? 0)
                stored.remote = max(u.remote, s.usage[key]?.remote ?? 0)
                s.usage[key] = stored
            }
        }
    }

    func activeContainments(table: String, at time: Date) throws -> [StoredContainment] {
        try check()
        return state.withLock { s in
            s.containments.filter { $0.released == nil && $0.record.table == table && ($0.record.expires.map { $0 > time } ?? true) }
                .map(\.record)
        }
    }

    func putContainment(_ containment: StoredContainment) throws {
        try check()
        state.withLock { s in
            // As the store: one standing containment per host and kind.
            for i in s.containments.indices where s.containments[i].record.host == containment.host
                && s.containments[i].record.level == containment.level && s.containments[i].released == nil {
                s.containments[i].released = containment.since
            }
            s.containments.append(Containment(record: containment))
        }
    }

    func endContainment(table: String, host: HostID, level: ContainmentKind, at time: Date) throws {
        try check()
        state.withLock { s in
            for i in s.containments.indices where s.containments[i].record.host == host
                && s.containments[i].record.level == level && s.containments[i].released == nil {
                s.containments[i].released = time
            }
        }
    }

    func recordIncident(_ incident: IncidentDraft) throws -> Int64 {
        try check()
        return state.withLock { s in
            let id = Int64(s.incidents.count + 1)
            s.incidents.append((id, incident))
            return id
        }
    }

    func incidentKeys(table: String, since: Date) throws -> [(key: IncidentKey, audited: Bool)] {
        try check()
        return state.withLock { s in
            s.incidents.filter { $0.draft.time >= since }.map { ($0.draft.key, AlertEvent.isAudited(json: $0.draft.details)) }
        }
    }

    func windowMarks(table: String) throws -> [String: Int64] {
        try check()
        return state.withLock { $0.marks }
    }

    func recordWindowMarks(table: String, _ marks: [String: Int64]) throws {
        try check()
        state.withLock { $0.marks = marks }
    }

    func liveVersionID(table: String) throws -> Int64? {
        try check()
        return state.withLock { $0.liveVersion }
    }

    func compiledPolicy(version: Int64) throws -> CompiledPolicy {
        try check()
        guard let p = state.withLock({ $0.policies[version] }) else { throw MemoryStoreError.noSuchVersion }
        return p
    }

    func recordFlows(_ flows: [FlowRollup], denied: [DeniedRollup]) throws {
        try check()
        state.withLock { s in
            s.flows += flows
            s.denied += denied
        }
    }

    func pruneFlows(table: String, olderThan retention: Duration, at time: Date) throws {
        try check()
        state.withLock { $0.prunes.append(retention) }
    }
}
