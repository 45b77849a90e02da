import Foundation
import SluiceSystem

/// A few threads that each run a loop until it returns, and a way to wait for all of them.
final class WorkerThreads: Sendable {
    private let group = DispatchGroup()

    /// Starts `count` threads running `body` (given the thread's number).
    func start(_ name: String, count: Int = 1, _ body: @escaping @Sendable (Int) -> Void) {
        for n in 0..<count {
            group.enter()
            let thread = Thread { [group] in
                body(n)
                group.leave()
            }
            thread.name = count == 1 ? name : "\(name)-\(n)"
            thread.start()
        }
    }

    /// Waits until every thread's loop has returned, at most `timeout`; returns whether they did.
    func join(timeout: Duration) -> Bool {
        group.wait(timeout: .now() + timeout.secondsValue) == .success
    }
}
