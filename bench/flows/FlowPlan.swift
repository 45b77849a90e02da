import BenchSupport
import SluiceLab

/// The flow benchmark's cast: one inside host namespace owning many addresses in one group, a UDP
/// sink outside, and several sender sockets on distinct source ports, so that every datagram
/// opens a new conntrack entry while the flow keys stay few (one per host).
enum FlowPlan {
    static let table = "sluice"
    static let hostName = "clients"
    static let sink = IPv4(192, 0, 2, 30)
    static let sinkPort: UInt16 = 9
    /// Each sender socket's source port; a host's tuple comes back once per round of all hosts on
    /// all sockets, after the conntrack timeout, so it is a new connection every time.
    static let sourcePorts: [UInt16] = (0..<10).map { 40_000 + $0 }
    /// The UDP conntrack timeout set in the gateway (unreplied flows end after this).
    static let udpTimeout = 3

    /// 10.31.0.1 ... 10.31.0.250, 10.31.1.1, ...
    static func address(_ index: Int) -> IPv4 {
        IPv4(10, 31, UInt8(index / 250), UInt8(1 + index % 250))
    }

    static let policy = """
        # bench-flows: flow accounting at 10,000 new connections per second.
        policy benchf {
          mode gateway
          egress "wan0"
          management soc
        }

        group soc     10.0.0.0/28
        group clients 10.31.0.0/16

        destination sink \(sink)
        service discard  udp/\(sinkPort)

        allow clients to sink on discard
        allow soc to any

        """

    /// The kernel's own count of the same packets: a counter in a table of its own on the
    /// forward hook, which conntrack accounting must match byte for byte.
    static let reference = """
        table inet benchref {
          counter clients { }
          chain forward {
            type filter hook forward priority -300; policy accept;
            ip saddr 10.31.0.0/16 ip daddr \(sink) udp dport \(sinkPort) counter name clients
          }
        }

        """

    static func spec(hosts count: Int) throws -> LabSpec {
        let addresses = try (0..<count).map { try LabAddress(parsing: address($0).description) }
        return .gateway(hosts: [LabHostSpec(name: hostName, addresses: addresses)],
                        outside: [try LabAddress(parsing: sink.description)])
    }
}
