import SluiceCompiler

/// A host that reached the denied-attempt threshold.
struct DeniedAlert: Hashable, Sendable {
    var host: HostID
    /// Attempts within the interval.
    var count: Int
    /// The last few distinct destinations, oldest first (each where it was last tried).
    var destinations: [DeniedDestination]
}
