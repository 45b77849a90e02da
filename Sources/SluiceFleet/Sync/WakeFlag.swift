import Foundation

/// Lets a thread sleep until a deadline or until another thread has something for it.
final class WakeFlag: @unchecked Sendable {
    // `pending` is read and written only while `condition` is locked.
    private let condition = NSCondition()
    private var pending = false

    func wake() {
        condition.lock()
        pending = true
        condition.broadcast()
        condition.unlock()
    }

    /// Sleeps until `deadline` or a wake.
    func wait(until deadline: Date) {
        condition.lock()
        defer { condition.unlock() }
        while !pending {
            if !condition.wait(until: deadline) { break }
        }
        pending = false
    }
}
