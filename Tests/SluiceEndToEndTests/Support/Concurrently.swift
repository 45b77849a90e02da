import Foundation
import Synchronization

/// Runs blocking work side by side on plain threads. A denied TCP probe blocks for its whole
/// timeout, so probes must not share Swift concurrency's few worker threads (two on this machine).
enum Concurrently {
    /// Applies `body` to every item, at most `width` at a time, and returns the results in item order.
    static func map<T: Sendable, R: Sendable>(_ items: [T], width: Int = 48,
                                              _ body: @escaping @Sendable (T) throws -> R) -> [Result<R, any Error>] {
        guard !items.isEmpty else { return [] }
        let state = Mutex<(next: Int, results: [Result<R, any Error>?])>((0, Array(repeating: nil, count: items.count)))
        let done = DispatchGroup()
        for _ in 0..<min(width, items.count) {
            done.enter()
            let worker = Thread {
                while true {
                    let index: Int? = state.withLock { state in
                        guard state.next < items.count else { return nil }
                        defer { state.next += 1 }
                        return state.next
                    }
                    guard let index else { break }
                    let result = Result { try body(items[index]) }
                    state.withLock { $0.results[index] = result }
                }
                done.leave()
            }
            worker.start()
        }
        done.wait()
        return state.withLock { $0.results }.map { $0 ?? .failure(TestFailure("a worker left an item unprocessed")) }
    }
}
