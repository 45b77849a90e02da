import Foundation
import Synchronization
@testable import SluiceWatch

/// Kernel events a test pushes, delivered to the watcher's event thread.
final class QueuedEvents: WatchEventSource {
    private let queue = Mutex<[WatchEvent]>([])

    func push(_ event: WatchEvent) {
        queue.withLock { $0.append(event) }
    }

    func nextEvents(timeout: Duration) throws -> [WatchEvent] {
        let deadline = ContinuousClock.now + timeout
        while true {
            let batch = queue.withLock { q -> [WatchEvent] in
                defer { q.removeAll() }
                return q
            }
            if !batch.isEmpty || ContinuousClock.now >= deadline { return batch }
            Thread.sleep(forTimeInterval: 0.001)
        }
    }
}
