import SluiceCompiler

/// One shard of another gateway's usage as last read from etcd.
struct RemoteUsage: Hashable, Sendable {
    var gateway: String
    var quotaID: String
    var window: Int64
    var hosts: [HostID: UInt64]
}
