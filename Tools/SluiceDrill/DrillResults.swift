import Foundation

/// What the traffic threads record: when each pattern started and how much it sent.
final class DrillResults: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var starts: [String: Date] = [:]
    private(set) var sentBytes: [String: Int] = [:]
    private(set) var failures: [String] = []

    func started(_ name: String) { lock.withLock { starts[name] = Date() } }
    func sent(_ name: String, _ bytes: Int) { lock.withLock { sentBytes[name, default: 0] += bytes } }
    func fail(_ message: String) { lock.withLock { failures.append(message) } }

    func start(_ name: String) -> Date { lock.withLock { starts[name] ?? Date() } }
    func sent(_ name: String) -> Int { lock.withLock { sentBytes[name] ?? 0 } }
}
