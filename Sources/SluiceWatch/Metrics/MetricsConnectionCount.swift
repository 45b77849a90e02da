import Synchronization

/// The metrics endpoint's open connections, against its limit.
final class MetricsConnectionCount: Sendable {
    private let open = Atomic(0)
    private let refusedSinceWarning = Atomic(0)
    let limit: Int

    init(limit: Int) {
        self.limit = max(1, limit)
    }

    /// Takes a slot; false when all are taken.
    func enter() -> Bool {
        let (_, now) = open.add(1, ordering: .relaxed)
        if now <= limit { return true }
        open.subtract(1, ordering: .relaxed)
        refusedSinceWarning.add(1, ordering: .relaxed)
        return false
    }

    /// Gives a slot back.
    func leave() {
        open.subtract(1, ordering: .relaxed)
    }

    /// Connections refused since the last call, for a warning now and then rather than one per
    /// refused connection.
    func takeRefused() -> Int {
        refusedSinceWarning.exchange(0, ordering: .relaxed)
    }
}
