import Synchronization

/// Bytes a sender thread wrote, read by the drill when it has finished.
final class SentBytes: Sendable {
    private let bytes = Mutex(0)

    func set(_ value: Int) { bytes.withLock { $0 = value } }

    var value: Int { bytes.withLock { $0 } }
}
