/// Random policies from a seed, for the kernel round trips: every address form (addresses,
/// prefixes, ranges, whole-family and broadcast edges), port items and services, inline and
/// statement quotas (fixed, learned, `warn`, per host and total), `audit`, names with `dns`
/// settings, `inside`, `gateway` blocks, `log denied` and `on exceed`, in both modes. Some
/// seeds give a policy with errors (an `allow any to any`, say); the test skips those.
struct RandomPolicy {
    /// SplitMix64: the same seed gives the same policy on every machine.
    private var state: UInt64

    init(seed: UInt64) { state = seed &* 0x9E37_79B9_7F4A_7C15 }

    private mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    private mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.upperBound - range.lowerBound + 1))
    }

    private mutating func chance(_ p: Double) -> Bool { Double(next() % 1_000_000) / 1_000_000 < p }

    private mutating func pick<T>(_ items: [T]) -> T { items[int(0...items.count - 1)] }

    private mutating func some(_ items: [String]) -> String {
        var chosen: [String] = []
        for item in items where chance(0.5) { chosen.append(item) }
        if chosen.isEmpty { chosen = [pick(items)] }
        return chosen.joined(separator: ", ")
    }

    /// `count` items from `make`, comma-separated (closures cannot capture a mutating self).
    private mutating func list(_ count: ClosedRange<Int>, _ make: (inout RandomPolicy) -> String) -> String {
        var items: [String] = []
        for _ in 0..<int(count) { items.append(make(&self)) }
        return items.joined(separator: ", ")
    }

    private mutating func outsideV4() -> String {
        let net = pick(["198.51.100", "203.0.113", "192.0.2"])
        switch int(0...4) {
        case 0: return "\(net).\(int(0...255))"
        case 1:
            let length = int(24...32)
            let host = int(0...255) & (length == 32 ? 0xff : (0xff << (32 - length)) & 0xff)
            return "\(net).\(host)/\(length)"
        case 2:
            let a = int(0...255)
            return "\(net).\(a)-\(net).\(int(a...255))"
        default: return pick(["0.0.0.0/0", "192.0.2.0/24", "198.51.100.255", "203.0.113.0/25", "224.0.0.0/4", "255.255.255.255"])
        }
    }

    private mutating func outsideV6() -> String {
        switch int(0...3) {
        case 0: return "2001:db8:\(String(int(0...0xffff), radix: 16))::\(String(int(0...0xffff), radix: 16))"
        case 1: return "2001:db8:\(String(int(0...0xffff) & 0xfff0, radix: 16))::/\(pick([48, 64, 96, 128]))"
        case 2:
            let a = int(0...0xfff)
            return "2001:db8::\(String(a, radix: 16))-2001:db8::\(String(int(a...0xffff), radix: 16))"
        default: return pick(["::/0", "2001:db8::/32", "ff02::1"])
        }
    }

    private mutating func outside() -> String { chance(0.6) ? outsideV4() : outsideV6() }

    private mutating func inside(_ i: Int) -> String {
        switch int(0...3) {
        case 0: return "10.\(i).\(int(0...255)).0/24"
        case 1: return "10.\(i).0.\(int(1...254))"
        case 2: return "fd00:\(String(i, radix: 16))::/64"
        default: return "10.\(i).1.10-10.\(i).1.\(int(10...200))"
        }
    }

    private mutating func port() -> String {
        let proto = pick(["tcp", "udp"])
        switch int(0...2) {
        case 0: return "\(proto)/\(int(1...65535))"
        case 1:
            let a = int(1...65535)
            return "\(proto)/\(a)-\(int(a...65535))"
        default: return pick(["tcp", "udp", "icmp", "icmpv6", "tcp/1", "udp/65535", "tcp/1-65535"])
        }
    }

    private mutating func quota() -> String {
        let size = "\(int(1...999)) \(pick(["B", "KB", "MiB", "GB"]))"
        return "quota \(size) per \(pick(["1h", "day", "30d", "90s", "week"])) \(pick(["per host", "total"]))" + (chance(0.3) ? " warn" : "")
    }

    /// The policy text for this generator's seed.
    mutating func text() -> String {
        let host = chance(0.33)
        let names = chance(0.4)
        var lines = ["policy random {", host ? "  mode host" : "  mode gateway"]
        if !host { lines.append("  egress \"wan0\"" + (chance(0.3) ? ", \"wan1\"" : "")) }
        lines.append("  management soc")
        if chance(0.5) { lines.append("  log denied \(int(1...100))/\(pick(["second", "minute", "hour"]))") }
        if names {
            lines.append("  dns \(pick(["192.0.2.53", "192.0.2.53, 2001:db8::53", "2001:db8::53"]))")
            if chance(0.5) { lines.append("  dns ttl at least \(int(0...3600))s") }
        }
        if !host && chance(0.3) { lines.append("  inside 10.0.0.0/8, fd00::/8") }
        lines.append("}")
        if !host && chance(0.3) { lines.append("gateway gw\(int(1...3)) {\n  egress \"wan\(int(0...3))\"\n}") }
        lines.append("group soc 10.250.0.0/29" + (chance(0.5) ? ", fd00:250::/120" : ""))
        let groups = (0..<int(1...4)).map { "g\($0)" }
        for (i, group) in groups.enumerated() {
            lines.append("group \(group) " + list(1...3) { $0.inside(i + 1) })
        }
        let destinations = (0..<int(0...3)).map { "d\($0)" }
        for destination in destinations {
            var items = list(1...5) { $0.outside() }
            if names && chance(0.6) { items += ", " + pick(["\"pypi.org\"", "\"*.pythonhosted.org\"", "\"files.example.com\""]) }
            lines.append("destination \(destination) " + items)
        }
        let services = (0..<int(0...2)).map { "s\($0)" }
        for service in services { lines.append("service \(service) " + list(1...3) { $0.port() }) }
        for _ in 0..<int(1...5) {
            let sources = chance(0.85) ? some(groups) : "any"
            var targets = destinations.isEmpty || chance(0.4) ? list(1...3) { $0.outside() } : some(destinations)
            if chance(0.15) { targets = sources == "any" ? outside() : "any" }
            var line = "allow \(sources) to \(targets)"
            if chance(0.8) {
                line += " on " + list(1...2) { g in !services.isEmpty && g.chance(0.5) ? g.pick(services) : g.port() }
            }
            if chance(0.3) { line += " " + quota() }
            lines.append(line)
        }
        for _ in 0..<int(0...2) {
            let sources = some(groups)
            if chance(0.3) {
                lines.append("quota \(sources) \(pick(["2", "3.5", "10"]))x usual at least \(int(1...500)) MB per \(pick(["1h", "6h", "day"])) per host")
            } else {
                lines.append("quota \(sources) \(int(1...999)) \(pick(["KB", "MiB", "GiB", "TB"])) per \(pick(["1h", "day", "30d", "45m"])) "
                             + pick(["per host", "total"]))
            }
        }
        if chance(0.3) { lines.append("audit " + some(groups)) }
        if chance(0.6) {
            lines.append("on exceed \(some(groups)) {\n  \(pick(["block", "isolate"]))\(pick(["", " for 1h"]))\n  alert log\n}")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
