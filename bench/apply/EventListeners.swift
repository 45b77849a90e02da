import Foundation

/// Netlink sockets anywhere on the machine that listen to nftables events (`NFNLGRP_NFTABLES`),
/// such as `sluice watch` or `nft monitor`.
///
/// The kernel decides whether to build change notifications from one listener bitmap for all
/// network namespaces: while any process anywhere listens, every commit in every namespace builds a
/// notification per set element, which multiplies the kernel time of a 100,000-element commit by
/// two to four (`nft -f`: about 0.4 s of system time without a listener, 0.9-1.6 s with
/// `nft monitor` running in another namespace). Both sides of the comparison pay it, but the figures then
/// measure someone else's watcher, so the benchmark waits for it to go and marks rounds it hit.
enum EventListeners {
    /// `1 << (NFNLGRP_NFTABLES - 1)` in the Groups column of `/proc/PID/net/netlink`.
    private static let nftablesGroupBit: UInt32 = 1 << 6
    /// `NETLINK_NETFILTER`, the Eth column.
    private static let netfilterProtocol = "12"

    /// The number of distinct listening sockets, over every process's network namespace.
    static func count() -> Int {
        var inodes = Set<Substring>()
        let pids = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        for pid in pids where pid.first?.isNumber == true {
            // A process can exit between the listing and the read: then it listens no more.
            guard let table = try? String(contentsOfFile: "/proc/\(pid)/net/netlink", encoding: .utf8) else { continue }
            for line in table.split(separator: "\n").dropFirst() {
                let fields = line.split(separator: " ", omittingEmptySubsequences: true)
                guard fields.count >= 10, fields[1] == netfilterProtocol,
                      let groups = UInt32(fields[3], radix: 16), groups & nftablesGroupBit != 0 else { continue }
                inodes.insert(fields[9])
            }
        }
        return inodes.count
    }

    /// Waits until no socket listens, checking every 2 s for at most `limit` seconds; returns how
    /// many still listen.
    static func waitForNone(limit: Double) -> Int {
        let deadline = Date().addingTimeInterval(limit)
        var listening = count()
        while listening > 0 && Date() < deadline && Interruption.caught == nil {
            usleep(2_000_000)
            listening = count()
        }
        return listening
    }
}
