import Foundation
import SluiceCompiler
import SluiceStore

/// `WatchStore` over the state directory's `SluiceStore`.
public final class SluiceStoreAdapter: WatchStore {
    /// The store.
    public let store: SluiceStore

    /// Wraps an open store.
    public init(_ store: SluiceStore) {
        self.store = store
    }

    /// Every usage figure whose window holds `time`.
    public func currentUsage(table: String, at time: Date) throws -> [StoredUsage] {
        try store.currentUsage(table: table, at: time).map { record in
            StoredUsage(table: record.table, quotaID: record.quotaID, host: try Self.host(record.host),
                        window: QuotaWindow(start: record.windowStart, length: record.windowLength), bytes: record.bytes,
                        updated: record.updated, remote: record.remoteBytes)
        }
    }

    /// Writes one quota's usage figures, keeping the larger bytes (and the larger part from the fleet).
    public func recordUsage(_ figures: UsageFigures) throws {
        // Each host is formatted as its row is bound: no copy of the figures is built. The hosts
        // are formatted from parsed values, so they are in the store's canonical form already.
        let hosts = figures.hosts
        try store.storeUsage(table: figures.table, quotaID: figures.quotaID, windowStart: figures.window.start,
                             windowLength: figures.window.length, updated: figures.updated,
                             rows: hosts.count, slice: Self.writeSlice) { index in
            (hosts[index].host.description, hosts[index].bytes, hosts[index].remote)
        }
    }

    /// Usage figures written per transaction.
    static let writeSlice = 4_000

    /// Containments that hold at `time`.
    public func activeContainments(table: String, at time: Date) throws -> [StoredContainment] {
        try store.activeContainments(table: table, at: time).map { record in
            StoredContainment(table: record.table, host: try Self.host(record.host), level: record.kind,
                              since: record.since, expires: record.expires, reason: record.reason,
                              origin: record.source == .manual ? .manual : .watcher, incidentID: record.incidentID)
        }
    }

    /// Records a containment, closing the host's standing one of the same kind.
    public func putContainment(_ containment: StoredContainment) throws {
        try store.putContainment(table: containment.table, host: containment.host.description,
                                 kind: containment.level, since: containment.since,
                                 expires: containment.expires, reason: containment.reason,
                                 source: containment.origin == .manual ? .manual : .watcher,
                                 incidentID: containment.incidentID)
    }

    /// Ends the host's standing containment of `level`; one of the other kind stays.
    public func endContainment(table: String, host: HostID, level: ContainmentKind, at time: Date) throws {
        try store.releaseContainment(table: table, host: host.description, kind: level, at: time)
    }

    /// Records an incident and returns its id.
    public func recordIncident(_ incident: IncidentDraft) throws -> Int64 {
        try store.recordIncident(table: incident.table, time: incident.time, host: incident.host.description,
                                 groups: incident.groups, quotaID: incident.quotaID, windowStart: incident.window.start,
                                 windowLength: incident.window.length, bytesUsed: incident.bytes, budget: incident.budget,
                                 actions: incident.actions, containmentExpires: incident.containmentExpires,
                                 details: incident.details).id
    }

    /// The incidents recorded at or after `since`, as keys.
    public func incidentKeys(table: String, since: Date) throws -> [(key: IncidentKey, audited: Bool)] {
        try store.incidents(table: table, since: since).map { incident in
            // A would-contain incident's details are its audited alert.
            (IncidentKey(quotaID: incident.quotaID, host: try Self.host(incident.host), windowStart: incident.windowStart),
             AlertEvent.isAudited(json: incident.details))
        }
    }

    /// The window marks.
    public func windowMarks(table: String) throws -> [String: Int64] {
        try store.windowMarks(table: table)
    }

    /// Replaces the window marks.
    public func recordWindowMarks(table: String, _ marks: [String: Int64]) throws {
        try store.recordWindowMarks(table: table, marks)
    }

    /// The id of the table's live version.
    public func liveVersionID(table: String) throws -> Int64? {
        try store.liveVersion(table: table)?.id
    }

    /// The compiled policy of a version.
    public func compiledPolicy(version: Int64) throws -> CompiledPolicy {
        try store.compiledPolicy(ofVersion: version)
    }

    /// Adds a flush of flow accounting in one transaction.
    public func recordFlows(_ flows: [FlowRollup], denied: [DeniedRollup]) throws {
        try store.recordFlows(flows, denied: denied)
    }

    /// Deletes the table's flow rollups older than the retention.
    public func pruneFlows(table: String, olderThan retention: Duration, at time: Date) throws {
        try store.pruneFlows(olderThan: retention, at: time, table: table)
    }

    static func host(_ text: String) throws -> HostID {
        guard let host = HostID(text) else {
            throw WatchError.unreadableRecord("host \"\(text)\"")
        }
        return host
    }

}
