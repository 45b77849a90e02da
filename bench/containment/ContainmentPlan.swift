import BenchSupport
import SluiceLab

/// The containment benchmark's fixed cast: one inside host namespace that owns one address per
/// trial (so every trial is a fresh host with an unspent quota, and nothing has to be released or
/// reset between trials), an outside UDP echo server, and a policy with a small per-host quota.
enum ContainmentPlan {
    static let table = "sluice"
    static let hostName = "senders"
    static let echo = IPv4(192, 0, 2, 10)
    static let echoPort: UInt16 = 7
    /// 50 KB per host; with 1,000-byte payloads (1,028 bytes as the kernel counts them at the
    /// forward hook) the 49th datagram spends it.
    static let quotaBytes = 50_000
    static let payloadSize = 1000
    static let quotaSet = "hq_senders_1d_v4"
    /// The set of hosts whose over-quota log is being suppressed; a host already in it gets no
    /// NFLOG message when it spends its quota, so only the watcher's poll can notice.
    static let notifySet = "n_hq_senders_1d_v4"
    static let isolationSet = "isolated_v4"

    /// Background load (`--background-hosts`): a second inside host whose addresses send all the
    /// time under a per-host quota that is never spent and a total, as in bench-watch, so the
    /// watcher's polls are as large as at a big site while the trials run.
    static let backgroundHostName = "farm"
    static let sink = IPv4(192, 0, 2, 20)
    static let sinkPort: UInt16 = 9
    static let backgroundSets = ["hq_farm_1d_v4", "tq_farm_1d_v4"]

    /// The address of background host `index`: 10.30.0.1 ... (250 per /24).
    static func backgroundAddress(_ index: Int) -> IPv4 {
        IPv4(10, 30, UInt8(index / 250), UInt8(1 + index % 250))
    }

    /// The address of trial `index`: 10.40.1.1, 10.40.1.2, ... 200 per /24.
    static func address(_ index: Int) -> IPv4 {
        IPv4(10, 40, UInt8(1 + index / 200), UInt8(1 + index % 200))
    }

    /// The policy: a default-deny gateway; the senders may reach the echo server and nothing
    /// else; each may send 50 KB a day, after which it is isolated.
    static let policy = """
        # bench-containment: how fast a host that spends its quota is isolated.
        policy benchc {
          mode gateway
          egress "wan0"
          management soc
        }

        group soc     10.0.0.0/28
        group senders 10.40.0.0/16
        group farm    10.30.0.0/16      # background load, when asked for

        destination echoer \(echo)
        destination sink   \(sink)
        service udpecho    udp/\(echoPort)
        service discard    udp/\(sinkPort)

        allow senders to echoer on udpecho
        allow farm to sink on discard
        allow soc to any

        quota senders 50 KB per day per host
        quota farm    1 GiB per day per host
        quota farm    1 TiB per day total

        on exceed senders, farm {
          isolate for 1h
          alert log
        }

        """

    /// The lab: the gateway, one inside host with `count` addresses, another with `background`
    /// addresses if any, the echo server and the sink outside.
    static func spec(addresses count: Int, background: Int) throws -> LabSpec {
        let addresses = try (0..<count).map { try LabAddress(parsing: address($0).description) }
        var hosts = [LabHostSpec(name: hostName, addresses: addresses)]
        if background > 0 {
            hosts.append(LabHostSpec(name: backgroundHostName,
                                     addresses: try (0..<background).map { try LabAddress(parsing: backgroundAddress($0).description) }))
        }
        return .gateway(hosts: hosts, outside: [try LabAddress(parsing: echo.description), try LabAddress(parsing: sink.description)])
    }
}
