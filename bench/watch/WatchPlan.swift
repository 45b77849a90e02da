import BenchSupport
import SluiceLab

/// The watcher benchmark's fixed cast: one inside host namespace that owns 10,000 addresses in
/// one /16 group, a per-host quota that is never spent plus a total quota (so the kernel keeps
/// two per-host sets of 10,000 elements, one with quotas and one with counters), and a UDP sink
/// outside.
enum WatchPlan {
    static let table = "sluice"
    static let hostName = "farm"
    static let sink = IPv4(192, 0, 2, 20)
    static let sinkPort: UInt16 = 9
    /// The per-host quota set (quota per element) and the total quota's attribution set (counter
    /// per element): what the watcher dumps at every poll.
    static let hostSets = ["hq_farm_1d_v4", "tq_farm_1d_v4"]
    static let totalQuota = "tq_farm_1d"

    /// The address of host `index`: 10.30.0.1 ... 10.30.0.250, 10.30.1.1, ... (250 per /24).
    static func address(_ index: Int) -> IPv4 {
        IPv4(10, 30, UInt8(index / 250), UInt8(1 + index % 250))
    }

    static let policy = """
        # bench-watch: the watcher's cost with 10,000 active hosts.
        policy benchw {
          mode gateway
          egress "wan0"
          management soc
        }

        group soc  10.0.0.0/28
        group farm 10.30.0.0/16

        destination sink \(sink)
        service discard  udp/\(sinkPort)

        allow farm to sink on discard
        allow soc to any

        quota farm 1 GiB per day per host     # never spent here
        quota farm 1 TiB per day total

        on exceed farm {
          isolate for 1h
          alert log
        }

        """

    /// The users variant (`--users N`): uids from here, on a node with this address.
    static let firstUID: UInt32 = 20_000
    static let node = IPv4(10, 50, 0, 5)
    static let userSets = ["uq_bench_1d_uid", "tq_bench_1d_uid"]
    static let userTotalQuota = "tq_bench_1d"

    /// The users variant's policy: uids `firstUID`...`last`, each with a budget that is never spent.
    static func usersPolicy(last: UInt32) -> String {
        """
        # bench-watch --users: the watcher's cost with thousands of active local users on one node.
        policy benchu {
          mode host
          management soc
        }

        group soc  10.0.0.0/28

        destination sink \(sink)
        service discard  udp/\(sinkPort)

        users bench \(firstUID)-\(last)

        allow self to sink on discard

        quota bench 1 GiB per day per user    # never spent here
        quota bench 1 TiB per day total

        on exceed bench {
          block for 1h
          alert log
        }

        """
    }

    /// The users variant's lab: the node and the sink outside.
    static func nodeSpec() throws -> LabSpec {
        .host(node: [try LabAddress(parsing: node.description)], outside: [try LabAddress(parsing: sink.description)])
    }

    /// The lab: the gateway, one inside host with `count` addresses, the sink outside.
    static func spec(hosts count: Int) throws -> LabSpec {
        let addresses = try (0..<count).map { try LabAddress(parsing: address($0).description) }
        return .gateway(hosts: [LabHostSpec(name: hostName, addresses: addresses)],
                        outside: [try LabAddress(parsing: sink.description)])
    }
}
