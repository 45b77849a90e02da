import Foundation
import SluiceCompiler
import SluiceStore

/// What the watcher needs from the state directory. The adapter over `SluiceStore` implements it;
/// tests use an in-memory one. Calls may block (SQLite); the watcher never makes them on the path
/// from a quota event to a containment.
public protocol WatchStore: Sendable {
    /// Every usage figure whose window holds `time`.
    func currentUsage(table: String, at time: Date) throws -> [StoredUsage]
    /// Writes one quota's usage figures, keeping the larger of the stored and new bytes (a large
    /// write may take several transactions: figures only grow, so a part written is consistent).
    func recordUsage(_ figures: UsageFigures) throws
    /// Containments that hold at `time` (not released, not expired).
    func activeContainments(table: String, at time: Date) throws -> [StoredContainment]
    /// Records a containment, replacing (and closing) the host's standing one.
    func putContainment(_ containment: StoredContainment) throws
    /// Ends the host's standing containment at `time` if it is of `level` (an expiry the watcher
    /// noticed).
    func endContainment(table: String, host: HostID, level: ContainmentKind, at time: Date) throws
    /// Records an incident and returns its id.
    func recordIncident(_ incident: IncidentDraft) throws -> Int64
    /// The incidents recorded at or after `since`, as keys: what the watcher has already acted on,
    /// and whether it only noted what it would have done (a would-contain incident, audited).
    func incidentKeys(table: String, since: Date) throws -> [(key: IncidentKey, audited: Bool)]
    /// For each quota id, the start of the window the kernel's counters belong to (set at every
    /// rollover): tells a watcher that starts after a boundary which window to finish.
    func windowMarks(table: String) throws -> [String: Int64]
    /// Replaces the window marks of the table.
    func recordWindowMarks(table: String, _ marks: [String: Int64]) throws
    /// The id of the table's live (applied) version, if any.
    func liveVersionID(table: String) throws -> Int64?
    /// The compiled policy of a version.
    func compiledPolicy(version: Int64) throws -> CompiledPolicy
    /// Adds a flush of flow and denied-attempt rollups to the stored ones, in one transaction.
    func recordFlows(_ flows: [FlowRollup], denied: [DeniedRollup]) throws
    /// Deletes the table's flow rollups of hours that ended more than `retention` before `time`.
    func pruneFlows(table: String, olderThan retention: Duration, at time: Date) throws
    /// Adds hourly usage (bytes counted since the last write) to the stored hours, in one transaction.
    func recordUsageHours(table: String, _ hours: [HourlyUsage]) throws
    /// The table's hourly usage from `since` (Unix seconds) on.
    func usageHours(table: String, since: Int64) throws -> [HourlyUsage]
    /// Rebuilds the hourly usage from the recorded flows when the table has none (a lost database).
    func rebuildUsageHoursIfEmpty(table: String) throws
    /// Every learned quota's recorded limits, by quota id, with the window they are for.
    func baselineLimits(table: String) throws -> [String: (window: QuotaWindow, baselines: [HostBaseline])]
    /// Replaces a learned quota's recorded limits with those of its current window.
    func recordBaselineLimits(table: String, quotaID: String, window: QuotaWindow, _ baselines: [HostBaseline]) throws
    /// The table's learned elements (addresses from DNS answers) that have not expired at `time`.
    func learnedNames(table: String, at time: Date) throws -> [StoredName]
    /// Records learned elements, keeping the later expiry, and deletes those expired by `time`.
    func recordLearnedNames(table: String, _ names: [StoredName], at time: Date) throws
}

extension WatchStore {
    /// Containments not released, expired or not: those that hold at any time before them all.
    /// One that expired and was never ended expired while no watcher ran (a running watcher ends
    /// each it sees expire), and nobody has been told.
    public func unendedContainments(table: String) throws -> [StoredContainment] {
        try activeContainments(table: table, at: .distantPast)
    }
}
