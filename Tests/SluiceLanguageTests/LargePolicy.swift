/// Generates the benchmark-sized policy: 1,000 groups and 100 destinations of 1,000 prefixes each
/// (100,000 destination prefixes), one allow and one quota per group, containment for all.
enum LargePolicy {
    static let groupCount = 1000
    static let destinationCount = 100
    static let prefixesPerDestination = 1000

    static func hex(_ value: Int) -> String { String(value, radix: 16) }

    static func text() -> String {
        var out = """
        policy big {
          mode gateway
          egress "wan0"
          management g0
          log denied 10/second
        }
        service web tcp/80, tcp/443

        """
        out.reserveCapacity(4_000_000)
        for g in 0..<groupCount {
            out += "group g\(g) 10.\(g / 256).\(g % 256).0/24, fd00:0:0:\(hex(g))::/64\n"
        }
        for d in 0..<destinationCount {
            out += "destination d\(d)"
            for p in 0..<prefixesPerDestination {
                // Every prefix distinct and not adjacent to the next (so none merge), all inside
                // the documentation prefix 2001:db8::/32.
                out += (p == 0 ? " " : p % 8 == 0 ? ",\n    " : ", ")
                out += "2001:db8:\(hex(d)):\(hex(2 * p))::/64"
            }
            out += "\n"
        }
        for g in 0..<groupCount {
            out += "allow g\(g) to d\(g % destinationCount) on web\n"
            out += "quota g\(g) 1 GiB per day per host\n"
        }
        out += "on exceed any {\n  block for 1h\n  alert log\n}\n"
        return out
    }
}
