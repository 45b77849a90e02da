/// What bench-watch measures the watcher on: 10,000 hosts behind a gateway (the original goal), or
/// 5,000 local users of one node (host mode `users`, issue 12), with the same goals.
struct WatchScenario {
    /// Hosts of a gateway, or users of a node.
    var byUser: Bool
    /// How many hosts or users send.
    var count: Int
    var policy: String
    /// The per-host (per-user) sets the watcher dumps: one with a quota per element, one with a counter.
    var sets: [String]
    var totalQuota: String
    /// One line on who sends, for the report.
    var description: String

    /// "hosts" or "users".
    var noun: String { byUser ? "users" : "hosts" }

    /// 10,000 addresses of one inside host, in `group farm 10.30.0.0/16`.
    static func hosts(_ count: Int) -> WatchScenario {
        WatchScenario(byUser: false, count: count, policy: WatchPlan.policy, sets: WatchPlan.hostSets,
                      totalQuota: WatchPlan.totalQuota,
                      description: "one inside host owning \(count.formatted()) addresses \(WatchPlan.address(0))-"
                          + "\(WatchPlan.address(count - 1)) in group farm 10.30.0.0/16; quota farm 1 GiB per day per host "
                          + "(never spent) and 1 TiB per day total")
    }

    /// `count` uids from `WatchPlan.firstUID`, each with a socket of its own on the node.
    static func users(_ count: Int) -> WatchScenario {
        let last = WatchPlan.firstUID + UInt32(count) - 1
        return WatchScenario(byUser: true, count: count, policy: WatchPlan.usersPolicy(last: last), sets: WatchPlan.userSets,
                             totalQuota: WatchPlan.userTotalQuota,
                             description: "one node (host mode), \(count.formatted()) uids \(WatchPlan.firstUID)-\(last) with a UDP socket "
                                 + "each, in users bench; quota bench 1 GiB per day per user (never spent) and 1 TiB per day total")
    }
}
