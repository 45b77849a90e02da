/// `sluice baseline show`: every learned quota's current limits, and for one host its
/// hour-of-week profile.
public struct BaselineReport: Hashable, Sendable, Codable {
    public var table: String
    /// The live version whose learned quotas these are.
    public var version: Int64
    public var quotas: [LearnedQuotaReport]
    /// The host asked about, canonical.
    public var host: String?
    /// Its median bytes per hour of the week (UTC, Monday 00:00 first; 168 values).
    public var profile: [UInt64]?
    /// Hours of recorded or imported history the host has within the learning period.
    public var historyHours: Int?

    /// Creates a report.
    public init(table: String, version: Int64, quotas: [LearnedQuotaReport], host: String? = nil,
                profile: [UInt64]? = nil, historyHours: Int? = nil) {
        self.table = table
        self.version = version
        self.quotas = quotas
        self.host = host
        self.profile = profile
        self.historyHours = historyHours
    }
}
