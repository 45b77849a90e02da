import SluiceCompiler
import Foundation

/// Bytes one host (or a group total) spent against one quota in one window, as the store keeps it.
public struct StoredUsage: Hashable, Sendable, Codable {
    /// The Sluice table.
    public var table: String
    /// The `QuotaBinding.id`.
    public var quotaID: String
    /// An address, `self`, or `*` for the group total of a `total` quota.
    public var host: HostID
    /// The window the bytes belong to.
    public var window: QuotaWindow
    /// Bytes spent in the window.
    public var bytes: UInt64
    /// When the figure was taken.
    public var updated: Date
    /// How many of `bytes` were added from the other gateways of a fleet (0 outside a fleet): a
    /// restarted watcher takes the rest as its own.
    public var remote: UInt64

    /// Creates a usage figure.
    public init(table: String, quotaID: String, host: HostID, window: QuotaWindow, bytes: UInt64, updated: Date,
                remote: UInt64 = 0) {
        self.table = table
        self.quotaID = quotaID
        self.host = host
        self.window = window
        self.bytes = bytes
        self.updated = updated
        self.remote = remote
    }
}
