import Foundation
import SluiceCompiler

/// One quota's usage figures in one window, taken at one time: what the engine hands the store
/// for each quota at a flush, a rollover or a spent quota.
///
/// What the figures share is kept once, and per host only the host and its bytes (48 bytes with the
/// fleet's part, where a `StoredUsage` takes 104): at 10,000 hosts the rows of a flush were its peak memory, built all
/// at once and copied twice more on the way to SQLite (bench/WATCH.md).
public struct UsageFigures: Hashable, Sendable {
    /// The Sluice table.
    public var table: String
    /// The `QuotaBinding.id`.
    public var quotaID: String
    /// The window the bytes belong to.
    public var window: QuotaWindow
    /// When the figures were taken.
    public var updated: Date
    /// Each host's bytes in the window, in host order.
    public var hosts: [HostBytes]

    /// Creates the figures of one quota.
    public init(table: String, quotaID: String, window: QuotaWindow, updated: Date, hosts: [HostBytes]) {
        self.table = table
        self.quotaID = quotaID
        self.window = window
        self.updated = updated
        self.hosts = hosts
    }

    /// The figures as one `StoredUsage` each (tests, and stores that keep rows).
    public var rows: [StoredUsage] {
        hosts.map {
            StoredUsage(table: table, quotaID: quotaID, host: $0.host, window: window, bytes: $0.bytes, updated: updated,
                        remote: $0.remote)
        }
    }
}
