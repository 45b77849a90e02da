import Foundation
import SluiceSystem

/// A bounded queue of work for threads that block (store writes, alert programs): producers never
/// wait (a full queue refuses), consumers wait for work, and anyone can wait until all is done.
final class WorkQueue<Item: Sendable>: @unchecked Sendable {
    // Every stored property below is read and written only while `condition` is locked.
    private let condition = NSCondition()
    // Popped slots are cleared at once: a store batch is megabytes, and keeping popped batches
    // until the next compaction grew the watcher by megabytes a minute.
    private var items: [Item?] = []
    private var head = 0
    private var busy = 0
    private var closed = false
    let limit: Int

    init(limit: Int) {
        self.limit = max(1, limit)
    }

    /// Adds an item; false when the queue is full or closed.
    func push(_ item: Item) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        guard !closed, items.count - head < limit else { return false }
        items.append(item)
        condition.broadcast()
        return true
    }

    /// Waits for the next item; nil once the queue is closed and empty. Call `done()` after
    /// handling it.
    func pop() -> Item? {
        condition.lock()
        defer { condition.unlock() }
        while head == items.count && !closed { condition.wait() }
        guard head < items.count, let item = items[head] else { return nil }
        items[head] = nil
        head += 1
        if head == items.count {
            items.removeAll(keepingCapacity: true)
            head = 0
        } else if head > 1024 && head * 2 > items.count {
            items.removeFirst(head)
            head = 0
        }
        busy += 1
        return item
    }

    /// Marks an item from `pop()` handled.
    func done() {
        condition.lock()
        busy -= 1
        condition.broadcast()
        condition.unlock()
    }

    /// Waits until nothing is queued or being handled, at most `timeout`; returns whether it is so.
    func waitUntilIdle(timeout: Duration) -> Bool {
        let deadline = Date().addingTimeInterval(timeout.secondsValue)
        condition.lock()
        defer { condition.unlock() }
        while head < items.count || busy > 0 {
            if !condition.wait(until: deadline) { return head == items.count && busy == 0 }
        }
        return true
    }

    /// Refuses new items; consumers finish what is queued, then get nil.
    func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }

    /// Items waiting.
    var pending: Int {
        condition.lock()
        defer { condition.unlock() }
        return items.count - head
    }
}
