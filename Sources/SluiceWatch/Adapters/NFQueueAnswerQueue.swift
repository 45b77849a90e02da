import SluiceKernel

/// The real answer queue: releases held answers of an `NFQueueMonitor` with NF_ACCEPT.
public struct NFQueueAnswerQueue: AnswerQueue {
    public let monitor: NFQueueMonitor

    /// Wraps a bound monitor.
    public init(_ monitor: NFQueueMonitor) { self.monitor = monitor }

    public func release(_ id: UInt32) throws { try monitor.accept(id) }
}
