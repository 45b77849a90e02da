import SluiceKernel

/// The real answer queue: the held answers of an `NFQueueMonitor`, released with NF_ACCEPT.
public struct NFQueueAnswerQueue: AnswerSource {
    public let monitor: NFQueueMonitor

    /// Wraps a bound monitor.
    public init(_ monitor: NFQueueMonitor) { self.monitor = monitor }

    public func release(_ id: UInt32) throws { try monitor.accept(id) }

    public func next(timeout: Duration) throws -> [(id: UInt32, packet: [UInt8])] {
        let milliseconds = timeout.components.seconds * 1_000 + timeout.components.attoseconds / 1_000_000_000_000_000
        return try monitor.next(timeout: Int32(clamping: max(0, milliseconds)))
    }

    public func stop() { monitor.stop() }
}
