import Foundation
import SluiceCompiler

extension WatchEngine {
    /// A host of an audited group (or an audited group's total) spent a quota. The kernel kept its
    /// traffic flowing and the watcher contains nothing: the incident and the alert (`would-contain`,
    /// `"audit": true`) say what enforcement would have done, and the alert sinks run as usual. Its
    /// `action` reads `would isolate for 1h`, so that a hook that keys on the action alone never
    /// takes an audited host's note for a containment.
    func wouldContain(_ state: BindingState, host: HostID, bytes: UInt64, response: ExceedResponse,
                      at now: Date) -> [WatchEffect] {
        incidentsTotal += 1
        let binding = state.binding
        // A spent total's contributors are held to the total's size, a host to its own budget.
        let budget = state.accounting.isShared ? binding.bytes : state.budget(host)
        var alert = AlertEvent(time: now, kind: .wouldContain, table: table, host: host, groups: binding.groups,
                               quotaID: binding.id, window: state.window, bytes: bytes, budget: budget,
                               action: response.containmentText.map { "would " + $0 }, audit: true)
        alert.describeBaseline(state, host)
        // "would isolate for 1d", then the alert sinks, which did run.
        let actions = response.actionTexts.enumerated().map { i, text in
            i == 0 && response.level != nil ? "would " + text : text
        }
        let incident = IncidentDraft(table: table, time: now, host: host, groups: binding.groups, quotaID: binding.id,
                                     window: state.window, bytes: bytes, budget: budget, actions: actions,
                                     containmentExpires: nil, details: alert.json)
        logger.notice("an audited host spent a quota; it is not contained", metadata: [
            "host": "\(host)", "quota": "\(binding.id)", "would": "\(response.containmentText ?? "alert only")"])
        return [.recordIncident(incident), .alert(alert, sinks: response.sinks.isEmpty ? [.log] : response.sinks)]
    }
}
