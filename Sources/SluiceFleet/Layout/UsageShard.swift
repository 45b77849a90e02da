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
    /// Read over bytes: a gateway reads every other gateway's shards each sync interval.
    public static func decode(_ text: Substring) -> [HostID: UInt64] {
        var hosts: [HostID: UInt64] = [:]
        hosts.reserveCapacity(text.utf8.count / 24)
        let bytes = text.utf8
        var lineStart = bytes.startIndex
        while lineStart < bytes.endIndex {
            let lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex
            if let figure = line(text[lineStart..<lineEnd]) { hosts[figure.host] = figure.bytes }
            lineStart = lineEnd == bytes.endIndex ? lineEnd : bytes.index(after: lineEnd)
        }
        return hosts
    }

    /// One `HOST BYTES` line, or nil when it does not read.
    private static func line(_ line: Substring) -> (host: HostID, bytes: UInt64)? {
        guard let space = line.utf8.lastIndex(of: UInt8(ascii: " ")) else { return nil }
        let digits = line.utf8[line.utf8.index(after: space)...]
        guard !digits.isEmpty, digits.count <= 20 else { return nil }
        var value: UInt64 = 0
        for byte in digits {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            let (times, o1) = value.multipliedReportingOverflow(by: 10)
            let (sum, o2) = times.addingReportingOverflow(UInt64(byte - UInt8(ascii: "0")))
            guard !o1, !o2 else { return nil }
            value = sum
        }
        guard let host = HostID(line[..<space]) else { return nil }
        return (host, value)
    }
}
