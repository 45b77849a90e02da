import SluiceStore

/// What `sluice report` found over the recorded flows, usage, denied attempts and incidents of one
/// period: the monthly outbound review in one document.
public struct FlowReport: Hashable, Sendable, Codable {
    public var table: String
    /// The live policy version the hosts' groups and the budgets come from.
    public var version: Int64
    /// RFC 3339, whole hours.
    public var from: String
    public var until: String
    /// The same, in Unix seconds.
    public var fromSeconds: Int64
    public var untilSeconds: Int64
    public var group: String?
    public var host: String?
    /// The groups that audit in the live policy.
    public var auditedGroups: [String]
    /// Bytes of every flow in the period, allowed and would-deny.
    public var bytes: UInt64
    public var wouldDenyBytes: UInt64
    public var hostCount: Int
    public var destinationCount: Int
    public var topHosts: [ReportHost]
    public var topDestinations: [ReportDestination]
    public var newDestinations: [NewDestination]
    public var wouldDeny: [WouldDenyFlow]
    public var denied: [DeniedAttempts]
    public var incidents: [Incident]
    public var quotaUsage: [QuotaWindowUsage]
    /// The focus host's quota windows (the `--host`, else the top host).
    public var hostWindows: [HostWindowUsage]
    public var hourly: [HourlyBytes]
}
