import Foundation
import SluiceCompiler
import SluiceLanguage

/// What the cross-group check found worth an alert: an allowed connection to an address learned
/// only for names of destinations none of the host's groups is allowed to.
public struct CrossGroupAlert: Hashable, Sendable {
    public var flow: AcceptedFlow
    /// The destinations holding the address, with their names and groups, in policy order.
    public var learnedFor: [LearnedDestination]
    /// Alerts the per-minute cap held back since the last one that went out.
    public var suppressed: Int

    /// Creates an alert.
    public init(flow: AcceptedFlow, learnedFor: [LearnedDestination], suppressed: Int) {
        self.flow = flow
        self.learnedFor = learnedFor
        self.suppressed = suppressed
    }

    /// The alert as the dispatcher sends it, with the host's sinks.
    public func effect(table: String, at time: Date) -> WatchEffect {
        var event = AlertEvent(time: time, kind: .crossGroup, table: table, host: flow.host, groups: flow.groups)
        event.address = flow.destination
        event.learnedFor = learnedFor
        event.suppressed = suppressed
        return .alert(event, sinks: flow.sinks)
    }
}
