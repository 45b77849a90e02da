import Foundation
import Logging
import Synchronization

/// Runs the engine's effects: alerts go to the dispatcher at once, store writes run in order on
/// the caller's thread (the service calls it from its store thread). A failed write is logged;
/// usage is written again at the next flush, so a busy database loses no more than that.
public final class EffectExecutor: Sendable {
    private let store: any WatchStore
    private let alerts: AlertDispatcher
    private let table: String
    private let logger: Logger
    /// Ids of incidents recorded by this process, so containments can name their incident.
    private let incidentIDs = Mutex<[IncidentKey: Int64]>([:])

    /// Creates an executor.
    public init(store: any WatchStore, alerts: AlertDispatcher, table: String,
                logger: Logger = Logger(label: "sluice.watch.effects")) {
        self.store = store
        self.alerts = alerts
        self.table = table
        self.logger = logger
    }

    /// Sends the effects' alerts now (without waiting for them).
    public func dispatchAlerts(_ effects: [WatchEffect]) {
        for case .alert(let event, let sinks) in effects {
            alerts.dispatch(event, sinks: sinks)
        }
    }

    /// Runs the effects' store writes, in order.
    public func writeStore(_ effects: [WatchEffect]) {
        for effect in effects {
            do {
                switch effect {
                case .recordUsage(let usage):
                    try store.recordUsage(usage)
                case .recordIncident(let incident):
                    let id = try store.recordIncident(incident)
                    incidentIDs.withLock { ids in
                        // Only recent incidents are referred to; a long-running watcher forgets the rest.
                        if ids.count > 10_000 { ids.removeAll() }
                        ids[incident.key] = id
                    }
                case .putContainment(var containment, let incident):
                    if let incident { containment.incidentID = incidentIDs.withLock { $0[incident] } }
                    try store.putContainment(containment)
                case .endContainment(let host, let level, let time):
                    try store.endContainment(table: table, host: host, level: level, at: time)
                case .recordWindowMarks(let marks):
                    try store.recordWindowMarks(table: table, marks)
                case .recordFlows(let flows, let denied):
                    try store.recordFlows(flows, denied: denied)
                case .pruneFlows(let retention, let time):
                    try store.pruneFlows(table: table, olderThan: retention, at: time)
                case .recordUsageHours(let hours):
                    try store.recordUsageHours(table: table, hours)
                case .recordBaselineLimits(let id, let window, let limits):
                    try store.recordBaselineLimits(table: table, quotaID: id, window: window, limits)
                case .recordLearnedNames(let names, let time):
                    try store.recordLearnedNames(table: table, names, at: time)
                case .alert, .noteDenied:
                    break
                }
            } catch {
                logger.error("could not write to the store", metadata: ["effect": "\(effect.summary)", "error": "\(error)"])
            }
        }
    }

    /// Alerts, then store writes.
    public func run(_ effects: [WatchEffect]) {
        dispatchAlerts(effects)
        writeStore(effects)
    }
}
