import SluiceLab

/// The drill's fixed cast: hosts, outside addresses, budgets and the policy that binds them.
/// Windows are short (seconds) so the whole drill runs in under a minute; the long window is a
/// day, aligned to UTC midnight, so it cannot roll over while the drill runs.
enum DrillPlan {
    static let management = "10.0.0.2"
    static let bulk = "10.20.1.10"
    static let slow = "10.20.1.20"
    static let bystander = "10.20.1.40"
    static let farm = (1...6).map { "10.20.2.\($0)" }
    static let prober = "10.20.3.30"
    static let mirror = "192.0.2.10"
    static let dropSite = "203.0.113.66"

    static let shortBudget = 1_000_000
    static let longBudget = 2_000_000
    static let farmHostBudget = 1_000_000
    static let farmTotalBudget = 2_000_000
    /// The low-and-slow pace: 800 KB per 10 s window, under the short budget, so only the
    /// long window can catch it.
    static let slowPace = 80_000

    static let policy = """
        # The drill's policy: a default-deny gateway with short and long windows.
        policy drill {
          mode gateway
          egress "wan0"
          management soc
          log denied 50/second
        }

        group soc      10.0.0.0/28
        group compute  10.20.1.0/24
        group farm     10.20.2.0/24
        group lab      10.20.3.0/24

        destination mirror  \(mirror)
        service web         tcp/80, tcp/443

        allow compute, farm, lab to mirror on web
        allow soc to any

        quota compute  1 MB per 10s per host     # a burst
        quota compute  2 MB per day per host     # low and slow adds up
        quota farm     1 MB per day per host
        quota farm     2 MB per day total        # many hosts, each under its own budget

        on exceed compute, farm {
          isolate for 10m
          alert log
        }

        expect allow \(bulk) to \(mirror) on tcp/80
        expect deny  \(prober) to \(dropSite) on tcp/443

        """

    /// The lab: each host on its own link, so lateral traffic crosses the gateway.
    static func spec() throws -> LabSpec {
        var hosts = [try LabHostSpec(name: "soc", parsing: [management]),
                     try LabHostSpec(name: "bulk", parsing: [bulk]),
                     try LabHostSpec(name: "slow", parsing: [slow]),
                     try LabHostSpec(name: "bystander", parsing: [bystander]),
                     try LabHostSpec(name: "prober", parsing: [prober])]
        for (i, address) in farm.enumerated() {
            hosts.append(try LabHostSpec(name: "farm\(i + 1)", parsing: [address]))
        }
        return .gateway(hosts: hosts, outside: [try LabAddress(parsing: mirror), try LabAddress(parsing: dropSite)])
    }
}
