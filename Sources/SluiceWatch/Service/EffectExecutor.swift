import Foundation
import Logging
import Synchronization

/// Runs the engine's effects: alerts go to the dispatcher at once, store writes run in order on
/// the caller's thread (the service calls it from its store thread). A failed write is logged;
/// usage is written again at the next flush, so a busy database loses no more than that. Records
/// nothing writes again (incidents, containments and their ends, window marks) are kept and tried
/// again, in order, before the next writes: a full disk must not lose a containment, which a
/// recreated table would then take for released.
public final class EffectExecutor: Sendable {
    /// Most records kept for another try; past it the oldest are given up (and logged).
    static let retryLimit = 10_000
    private let store: any WatchStore
    private let alerts: AlertDispatcher
    private let table: String
    private let logger: Logger
    /// Ids of incidents recorded by this process, so containments can name their incident.
    private let incidentIDs = Mutex<[IncidentKey: Int64]>([:])
    /// Records whose write failed, oldest first.
    private let retrying = Mutex<[WatchEffect]>([])

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

    /// How many records wait for another try.
    public var waitingRecords: Int { retrying.withLock { $0.count } }

    /// Runs the effects' store writes, in order, after the records still waiting from earlier.
    public func writeStore(_ effects: [WatchEffect]) {
        let waiting = retrying.withLock { list -> [WatchEffect] in
            defer { list = [] }
            return list
        }
        var failed: [WatchEffect] = []
        for effect in waiting {
            // Once one fails again the store is still unwritable: keep the rest in order, untried.
            if !failed.isEmpty || !write(effect, logging: false) { failed.append(effect) }
        }
        if !waiting.isEmpty && failed.isEmpty {
            logger.notice("wrote the records that had waited for the store", metadata: ["records": "\(waiting.count)"])
        }
        for effect in effects {
            // A record behind one that still waits waits too: written before it, a containment's
            // end could land before the containment itself.
            if Self.mustBeKept(effect) && !failed.isEmpty {
                failed.append(effect)
            } else if !write(effect, logging: true) && Self.mustBeKept(effect) {
                failed.append(effect)
            }
        }
        guard !failed.isEmpty else { return }
        let dropped = max(0, failed.count - Self.retryLimit)
        if dropped > 0 {
            logger.error("gave up records the store could not take", metadata: ["records": "\(dropped)"])
        }
        retrying.withLock { $0 = Array(failed.suffix(Self.retryLimit)) }
    }

    /// Whether a failed write must be tried again: records that no later write repeats.
    static func mustBeKept(_ effect: WatchEffect) -> Bool {
        switch effect {
        case .recordIncident, .putContainment, .endContainment, .recordWindowMarks: true
        default: false
        }
    }

    /// Writes one effect; false when the store refused it (logged when `logging`).
    private func write(_ effect: WatchEffect, logging: Bool) -> Bool {
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
            if logging {
                logger.error("could not write to the store", metadata: [
                    "effect": "\(effect.summary)", "error": "\(error)",
                    "kept": "\(Self.mustBeKept(effect) ? "yes, tried again before the next writes" : "no")"])
            }
            return false
        }
        return true
    }

    /// Alerts, then store writes.
    public func run(_ effects: [WatchEffect]) {
        dispatchAlerts(effects)
        writeStore(effects)
    }
}
