import SluiceCompiler
import Foundation
import SluiceLanguage
import SluiceStore

/// Slow work the engine asks for after a decision: store writes and alerts. The engine has already
/// changed the kernel by the time it returns these, so they never delay a containment.
public enum WatchEffect: Hashable, Sendable {
    /// Write usage figures (larger-of semantics).
    case recordUsage(UsageFigures)
    /// Record an incident; later effects may refer to it by key.
    case recordIncident(IncidentDraft)
    /// Record a containment, linked to the incident with this key when one was recorded.
    case putContainment(StoredContainment, incident: IncidentKey?)
    /// Close a host's containment of this level at a time (it expired).
    case endContainment(host: HostID, level: ContainmentKind, at: Date)
    /// Send an alert to these sinks.
    case alert(AlertEvent, sinks: [AlertSink])
    /// Record which window each quota's kernel counters belong to.
    case recordWindowMarks([String: Int64])
    /// Add a flush of flow accounting to the stored rollups.
    case recordFlows([FlowRollup], denied: [DeniedRollup])
    /// Delete flow rollups older than the retention.
    case pruneFlows(olderThan: Duration, at: Date)
    /// Add hourly usage (the bytes of learned quotas since the last write) to the stored hours.
    case recordUsageHours([HourlyUsage])
    /// Record a learned quota's limits for its current window.
    case recordBaselineLimits(quotaID: String, window: QuotaWindow, [HostBaseline])
    /// A denied attempt for flow accounting to count (it goes to the flow thread, not the store).
    case noteDenied(DeniedNote)
    /// Record learned elements (and forget expired ones) at a time.
    case recordLearnedNames([StoredName], at: Date)
}
