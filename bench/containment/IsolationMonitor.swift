import BenchSupport
import Foundation
import Glibc
import SluiceLab
import SluiceSystem

/// Notes the moment each address enters the kernel's isolation set, by listening to nf_tables
/// notifications (the NFNLGRP_NFTABLES multicast group) in the gateway's namespace.
///
/// The kernel sends NEWSETELEM to the group when a transaction that adds an element commits, so the
/// time a notification arrives is the time the host is isolated, with no polling: a tight read
/// loop would compete for the two cores with the watcher it measures. Elements the packet path
/// adds (dynamic sets) send no notifications; only transactions, here the watcher's, do.
final class IsolationMonitor: @unchecked Sendable {
    private let fd: Int32
    private let table: String
    private let set: String
    private let stopFlag = StopFlag()
    // `seen`, `overruns` and `failure` are read and written only while `condition` is locked.
    private let condition = NSCondition()
    private var seen: [IPv4: ContinuousClock.Instant] = [:]
    private var overruns = 0
    private var failure: String?
    private var thread: BenchThread?

    // From <linux/netlink.h> and <linux/netfilter/nfnetlink.h> (the kernel's, not the C library's).
    private static let netlinkNetfilter: Int32 = 12       // NETLINK_NETFILTER
    private static let groupNFTables: UInt32 = 7          // NFNLGRP_NFTABLES

    /// Subscribes in `namespace` and starts listening for elements added to `table`'s `set`.
    init(in namespace: LabNamespace, table: String, set: String) throws {
        self.table = table
        self.set = set
        fd = try namespace.perform {
            try SystemCall.retrying("netlink socket in \(namespace.name)") {
                socket(AF_NETLINK, Int32(SOCK_RAW.rawValue) | Int32(SOCK_CLOEXEC.rawValue),
                       IsolationMonitor.netlinkNetfilter)
            }
        }
        do {
            var size: Int32 = 8 << 20
            try SystemCall.retrying("SO_RCVBUFFORCE on the nf_tables event socket") {
                setsockopt(fd, SOL_SOCKET, SO_RCVBUFFORCE, &size, socklen_t(MemoryLayout<Int32>.size))
            }
            let address = SocketAddress(netlinkGroups: 1 << (IsolationMonitor.groupNFTables - 1))
            try SystemCall.retrying("bind the nf_tables event socket") { address.withSockaddr { Glibc.bind(fd, $0, $1) } }
        } catch {
            _ = close(fd)
            throw error
        }
        thread = BenchThread.start("isolation-monitor") { [self] in listen() }
    }

    /// When `address` entered the set, waiting for it until `deadline`; nil if it did not by then.
    func firstSeen(_ address: IPv4, waitingUntil deadline: ContinuousClock.Instant) -> ContinuousClock.Instant? {
        condition.lock()
        defer { condition.unlock() }
        while seen[address] == nil {
            let left = ContinuousClock.now.duration(to: deadline)
            guard left > .zero, failure == nil else { break }
            _ = condition.wait(until: Date().addingTimeInterval(left.secondsValue))
        }
        return seen[address]
    }

    /// When `address` entered the set, if it has.
    func firstSeen(_ address: IPv4) -> ContinuousClock.Instant? {
        condition.lock()
        defer { condition.unlock() }
        return seen[address]
    }

    /// How often the receive buffer overflowed (notifications lost); 0 in a sound run.
    var overrunCount: Int {
        condition.lock()
        defer { condition.unlock() }
        return overruns
    }

    /// Why listening stopped early, if it did.
    var error: String? {
        condition.lock()
        defer { condition.unlock() }
        return failure
    }

    /// Stops listening and closes the socket.
    func stop() {
        stopFlag.stop()
        if thread?.join(seconds: 2) == true { _ = close(fd) }
    }

    private func listen() {
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        var entry = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        do {
            while !stopFlag.isStopped {
                guard try SystemCall.retrying("poll the nf_tables event socket", { poll(&entry, 1, 100) }) > 0 else { continue }
                while true {
                    let outcome = SystemCall.attempt("receive nf_tables events") {
                        buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, Int32(MSG_DONTWAIT)) }
                    }
                    // Taken at once, before decoding, for every element of this datagram.
                    let now = ContinuousClock.now
                    switch outcome {
                    case .success(let count):
                        record(IsolationMonitor.addedElements(buffer[0..<count], table: table, set: set), at: now)
                        continue
                    case .failure(let error) where error.errno == EAGAIN:
                        break
                    case .failure(let error) where error.errno == ENOBUFS:
                        condition.lock()
                        overruns += 1
                        condition.unlock()
                        continue
                    case .failure(let error):
                        throw error
                    }
                    break
                }
            }
        } catch {
            condition.lock()
            failure = "\(error)"
            condition.broadcast()
            condition.unlock()
        }
    }

    private func record(_ addresses: [IPv4], at time: ContinuousClock.Instant) {
        guard !addresses.isEmpty else { return }
        condition.lock()
        for address in addresses where seen[address] == nil { seen[address] = time }
        condition.broadcast()
        condition.unlock()
    }
}
