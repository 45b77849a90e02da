import Foundation

/// Lets a thread (the poll, the fleet link's writer) sleep until its next tick, and anyone wake it early.
public final class WakeSignal: @unchecked Sendable {
    // `pending` is read and written only while `condition` is locked.
    private let condition = NSCondition()
    private var pending = false

    /// A signal nobody has woken yet.
    public init() {}

    /// Wakes the sleeper (or makes its next wait return at once).
    public func wake() {
        condition.lock()
        pending = true
        condition.broadcast()
        condition.unlock()
    }

    /// Sleeps until `deadline` or a wake; returns whether it was woken.
    @discardableResult
    public func wait(until deadline: Date) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while !pending {
            if !condition.wait(until: deadline) { break }
        }
        let woken = pending
        pending = false
        return woken
    }
}
