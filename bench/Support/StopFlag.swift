import Synchronization

/// A flag one thread raises to make another thread's loop end.
public final class StopFlag: Sendable {
    private let raised = Atomic(false)

    /// A lowered flag.
    public init() {}

    /// Raises the flag.
    public func stop() { raised.store(true, ordering: .releasing) }

    /// Whether it was raised.
    public var isStopped: Bool { raised.load(ordering: .acquiring) }
}
