import SluiceCompiler

/// One host's bytes in a `UsageFigures`.
public struct HostBytes: Hashable, Sendable {
    /// The host (an address, a user, `self`, or `*` for the group total).
    public var host: HostID
    /// Bytes spent in the window.
    public var bytes: UInt64

    /// Creates a figure.
    public init(host: HostID, bytes: UInt64) {
        self.host = host
        self.bytes = bytes
    }
}
