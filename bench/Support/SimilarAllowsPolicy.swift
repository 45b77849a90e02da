/// A policy of many allow lines of the same few shapes, the input on which a pairwise
/// shadowed-allow check grows with the square of the allows (issue 7, item 18).
///
/// Every allow is distinct, and none is shadowed but every 1,000th, which repeats an earlier one
/// (so the warning path is exercised too). The shapes, in turn:
/// - one group to a literal /64 of its own (`allow g3 to 2001:db8:...::/64 on web`): sources and
///   ports equal, targets differ;
/// - two groups to one of 50 destinations on one TCP port each (`allow g1, g2 to d7 on tcp/1234`):
///   sources and targets equal for many allows, ports differ;
/// - every group to everywhere on one UDP port (`allow any to any on udp/5000`): sources and
///   targets equal for all of them, so every pair passes the cheap bounds test.
public struct SimilarAllowsPolicy {
    public var allows: Int

    /// Creates a generator for `allows` allow lines.
    public init(allows: Int = 100_000) {
        self.allows = allows
    }

    /// How many allows repeat an earlier one (each draws one shadowed-allow warning).
    public var repeats: Int { (allows - 1) / 1_000 }

    /// The policy text.
    public func text() -> String {
        var out = """
            policy similar {
              mode gateway
              egress "wan0"
              management g0
            }
            service web tcp/80, tcp/443

            """
        out.reserveCapacity(allows * 48)
        for g in 0..<100 { out += "group g\(g) 10.\(g).0.0/16, fd00:\(String(g, radix: 16))::/64\n" }
        for d in 0..<50 { out += "destination d\(d) 2001:db8:\(String(0x1000 + d, radix: 16))::/48, 198.51.100.\(d)\n" }
        var lines: [String] = []
        lines.reserveCapacity(allows)
        for i in 0..<allows {
            if i > 0 && i % 1_000 == 0 {
                lines.append(lines[i / 2])
                continue
            }
            let n = i / 3
            switch i % 3 {
            case 0:
                lines.append("allow g\(n % 100) to 2001:db8:\(String(n / 65_536, radix: 16)):\(String(n % 65_536, radix: 16))::/64 on web")
            case 1:
                lines.append("allow g\(n % 100), g\((n + 1) % 100) to d\(n % 50) on tcp/\(1 + n % 65_535)")
            default:
                lines.append("allow any to any on udp/\(1 + n % 65_535)")
            }
        }
        out += lines.joined(separator: "\n") + "\n"
        return out
    }
}
