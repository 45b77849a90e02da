import SluiceCompiler

/// One host's bytes in a `UsageFigures`.
public struct HostBytes: Hashable, Sendable {
    /// The host (an address, a user, `self`, or `*` for the group total).
    public var host: HostID
    /// Bytes spent in the window.
    public var bytes: UInt64
    /// How many of `bytes` were added from the other gateways of a fleet.
    public var remote: UInt64

    /// Creates a figure.
    public init(host: HostID, bytes: UInt64, remote: UInt64 = 0) {
        self.host = host
        self.bytes = bytes
        self.remote = remote
    }
}
