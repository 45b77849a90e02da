import Foundation

extension WatchRuntime {
    /// The most allowed connections waiting for the name thread; past it they are dropped and
    /// counted (a name thread that falls behind never makes the flow thread wait or grow).
    static let acceptedBacklog = 10_000

    /// Hands the allowed connections of one flow read to the name thread (from the flow thread:
    /// an append under a lock of its own).
    func noteAcceptedForNames(_ accepted: (flows: [AcceptedFlow], dropped: Int)) {
        guard namesEnabled, !accepted.flows.isEmpty || accepted.dropped > 0 else { return }
        namesAccepted.withLock { inbox in
            let room = max(0, Self.acceptedBacklog - inbox.flows.count)
            inbox.flows += accepted.flows.prefix(room)
            inbox.dropped += accepted.dropped + max(0, accepted.flows.count - room)
        }
        namesWake.wake()
    }

    /// On the name thread: checks the allowed connections handed over since the last time and
    /// sends the `cross-group` alerts they raise.
    func checkCrossGroup() {
        let accepted = namesAccepted.withLock { inbox in
            defer { inbox = ([], 0) }
            return inbox
        }
        guard !accepted.flows.isEmpty || accepted.dropped > 0 else { return }
        let now = nowMilliseconds()
        let alerts = names.withLock { $0?.noteAccepted(accepted.flows, unchecked: accepted.dropped, now: now) ?? [] }
        guard !alerts.isEmpty else { return }
        let time = clock.now()
        submit(alerts.map { $0.effect(table: configuration.table, at: time) })
    }
}
