import Foundation

/// Writes large, realistic policies for the benchmarks: many groups of inside hosts and many
/// destination prefixes, all outside addresses inside the IPv6 documentation prefix 2001:db8::/32.
public struct GeneratedPolicy {
    public var groups: Int
    public var prefixes: Int
    public var destinations: Int

    /// Creates a generator.
    public init(groups: Int = 1_000, prefixes: Int = 100_000, destinations: Int = 100) {
        self.groups = groups
        self.prefixes = prefixes
        self.destinations = destinations
    }

    /// The i-th destination prefix: a distinct /64 inside 2001:db8::/32. Every other /64, so that
    /// no two are adjacent and nothing merges: the set really holds one interval per prefix.
    public static func prefix(_ i: Int) -> String {
        let n = 2 * i
        return "2001:db8:\(String(n / 65_536 + 1, radix: 16)):\(String(n % 65_536, radix: 16))::/64"
    }

    /// The policy text; `variant` changes exactly one prefix (for incremental-apply benchmarks).
    public func text(variant: Int = 0) -> String {
        var out = """
            policy bench {
              mode gateway
              egress "wan0"
              management g0
            }
            service web tcp/80, tcp/443

            """
        for g in 0..<groups {
            out += "group g\(g) 10.\(g / 256).\(g % 256).0/24, fd00:\(String(g, radix: 16))::/64\n"
        }
        let perDestination = prefixes / destinations
        for d in 0..<destinations {
            out += "destination d\(d) "
            var items: [String] = []
            for i in 0..<perDestination {
                let n = d * perDestination + i
                // The variant moves the last prefix to a fresh one.
                items.append(n == prefixes - 1 && variant > 0 ? Self.prefix(prefixes + variant) : Self.prefix(n))
            }
            out += items.joined(separator: ",\n  ") + "\n"
        }
        let allows = 10
        let groupsPerAllow = max(1, groups / allows)
        let destinationsPerAllow = max(1, destinations / allows)
        for a in 0..<allows {
            let gs = (a * groupsPerAllow..<min(groups, (a + 1) * groupsPerAllow)).map { "g\($0)" }
            let ds = (a * destinationsPerAllow..<min(destinations, (a + 1) * destinationsPerAllow)).map { "d\($0)" }
            guard !gs.isEmpty, !ds.isEmpty else { continue }
            out += "allow \(gs.joined(separator: ", ")) to \(ds.joined(separator: ", ")) on web\n"
        }
        out += "allow g0 to any\n"
        out += "quota any 1 GiB per day per host\n"
        out += "quota any 10 TiB per day total\n"
        out += "on exceed any {\n  isolate for 1h\n  alert log\n}\n"
        out += "expect allow fd00:1::5 to 2001:db8:1::1 on tcp/443\n"
        out += "expect deny fd00:1::5 to 2001:db8:1::1 on tcp/22\n"
        return out
    }
}
