import Foundation

/// What `sluice report` covers: a period, optionally one group or one host, and how many entries
/// its top lists keep.
public struct ReportRequest: Hashable, Sendable {
    /// The start of the period (inclusive; rounded down to its hour).
    public var since: Date
    /// The end of the period (exclusive; rounded up to an hour).
    public var until: Date
    /// Only hosts of this group.
    public var group: String?
    /// Only this host (an address or `self`).
    public var host: String?
    /// How many hosts and destinations the top lists keep.
    public var top: Int

    /// Creates a request.
    public init(since: Date, until: Date, group: String? = nil, host: String? = nil, top: Int = 10) {
        self.since = since
        self.until = until
        self.group = group
        self.host = host
        self.top = top
    }
}
