import Foundation

/// One `alert exec` program's own queue and workers: at most `concurrency` runs of it at once and
/// at most `limit` alerts waiting; beyond that an alert is dropped and counted, never waited for.
/// Programs share nothing, so one that hangs holds up only its own alerts, each for at most the
/// timeout. Workers start as alerts arrive and end when the queue is empty, so an idle program
/// costs no thread.
final class ExecLane: @unchecked Sendable {
    // Every stored `var` is read and written only while `condition` is locked.
    private let condition = NSCondition()
    private var waiting: [AlertEvent] = []
    private var workers = 0
    private var running = 0
    private var dropped: UInt64 = 0
    private var closed = false
    let path: String
    let concurrency: Int
    let limit: Int

    init(path: String, concurrency: Int, limit: Int) {
        self.path = path
        self.concurrency = max(1, concurrency)
        self.limit = max(1, limit)
    }

    /// Queues an alert. Returns nil when it was dropped (the queue is full or closed), else
    /// whether the caller must start a worker for it (`work(_:)` on a thread of its own).
    func push(_ event: AlertEvent) -> Bool? {
        condition.lock()
        defer { condition.unlock() }
        guard !closed, waiting.count < limit else {
            dropped += 1
            return nil
        }
        waiting.append(event)
        guard workers < concurrency else { return false }
        workers += 1
        return true
    }

    /// A worker's loop: runs queued alerts one after the other until none is left.
    func work(_ run: (AlertEvent) -> Void) {
        while let event = next() {
            run(event)
            condition.lock()
            running -= 1
            condition.broadcast()
            condition.unlock()
        }
    }

    /// The next alert, or nil when there is none and the worker is to end; both under one lock,
    /// so an alert pushed meanwhile either is taken here or starts a worker of its own.
    private func next() -> AlertEvent? {
        condition.lock()
        defer { condition.unlock() }
        guard !waiting.isEmpty else {
            workers -= 1
            condition.broadcast()
            return nil
        }
        running += 1
        return waiting.removeFirst()
    }

    /// Alerts dropped so far.
    var droppedCount: UInt64 {
        condition.lock()
        defer { condition.unlock() }
        return dropped
    }

    /// Waits until nothing is queued or running, at most until `deadline`; returns whether it is so.
    func waitUntilIdle(until deadline: Date) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while !waiting.isEmpty || running > 0 {
            if !condition.wait(until: deadline) { return waiting.isEmpty && running == 0 }
        }
        return true
    }

    /// Refuses new alerts; those queued still run.
    func close() {
        condition.lock()
        closed = true
        condition.unlock()
    }
}
