/// What `sluice baseline import` took in.
public struct BaselineImport: Hashable, Sendable, Codable {
    /// Records (host and hour) read from the file.
    public var records: Int
    /// Distinct hosts.
    public var hosts: Int
    /// Unix seconds of the first and last hour, nil for an empty file.
    public var firstHour: Int64?
    public var lastHour: Int64?

    /// Creates a summary.
    public init(records: Int, hosts: Int, firstHour: Int64?, lastHour: Int64?) {
        self.records = records
        self.hosts = hosts
        self.firstHour = firstHour
        self.lastHour = lastHour
    }
}
