import SluiceCompiler

/// One shard of a gateway's usage: `HOST BYTES` lines, sorted by host, about 25 bytes a host.
/// Text rather than JSON: a third of the size, and readable with `etcdctl get`.
public enum UsageShard {
    /// The shard a host's figure lives in: FNV-1a of its spelling (stable across processes and
    /// builds, unlike Swift's seeded hashing).
    public static func index(of host: HostID, shards: Int = FleetKeys.usageShards) -> Int {
        var hash: UInt32 = 2_166_136_261
        for byte in host.description.utf8 {
            hash = (hash ^ UInt32(byte)) &* 16_777_619
        }
        return Int(hash % UInt32(shards))
    }

    /// The value of a shard.
    public static func encode(_ hosts: [HostID: UInt64]) -> String {
        var out = ""
        out.reserveCapacity(hosts.count * 26)
        for (host, bytes) in hosts.sorted(by: { $0.key < $1.key }) {
            out += "\(host) \(bytes)\n"
        }
        return out
    }

    /// The figures of a shard's value; lines that do not read are skipped (a newer writer's).
    public static func decode(_ text: Substring) -> [HostID: UInt64] {
        var hosts: [HostID: UInt64] = [:]
        for line in text.split(separator: "\n") {
            guard let space = line.lastIndex(of: " "), let host = HostID(line[..<space]),
                  let bytes = UInt64(line[line.index(after: space)...]) else { continue }
            hosts[host] = bytes
        }
        return hosts
    }
}
