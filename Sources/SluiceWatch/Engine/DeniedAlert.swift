import SluiceCompiler

/// A host that reached the denied-attempt threshold.
struct DeniedAlert: Hashable, Sendable {
    var host: HostID
    /// Attempts within the interval.
    var count: Int
    /// The last few destinations, oldest first.
    var destinations: [DeniedDestination]
}
