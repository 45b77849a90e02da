import Foundation
import SluiceKernel
import SluiceLanguage
import Synchronization
@testable import SluiceWatch

/// A conntrack table in memory: connections a test opens and counts bytes on; a drain hands every
/// live counter over and resets it, as IPCTNL_MSG_CT_GET_CTRZERO does; an end sends the rest.
final class FakeConnectionSource: ConnectionSource {
    private struct State {
        var live: [Int: TrackedConnection] = [:]
        var events: [ConnectionEvent] = []
        var drains = 0
        var local: Set<IPAddress> = []
        var expiring: Set<Int> = []
    }

    private let state = Mutex(State())

    /// Opens (or adds bytes to) connection `id`.
    func count(_ id: Int, from source: String, to destination: String, port: UInt16 = 443, transport: UInt8 = 6,
               bytes: UInt64, mark: UInt32 = 0) {
        state.withLock { s in
            var connection = s.live[id] ?? TrackedConnection(source: FakeKernel.address(source),
                                                             destination: FakeKernel.address(destination), transport: transport,
                                                             destinationPort: port, bytes: 0, packets: 0, mark: mark)
            connection.bytes += bytes
            connection.packets += 1
            s.live[id] = connection
        }
    }

    /// Ends connection `id`: its counters since the last drain arrive as an event.
    func end(_ id: Int) {
        state.withLock { s in
            if let connection = s.live.removeValue(forKey: id) { s.events.append(.ended(connection)) }
        }
    }

    /// At the next drain, connection `id` is found expired: the read skips it and collecting it
    /// sends its end instead, as the kernel's dump does with expired entries.
    func expireAtNextDrain(_ id: Int) {
        state.withLock { _ = $0.expiring.insert(id) }
    }

    func push(_ event: ConnectionEvent) {
        state.withLock { $0.events.append(event) }
    }

    func setLocal(_ addresses: [String]) {
        state.withLock { $0.local = Set(addresses.map(FakeKernel.address)) }
    }

    var drains: Int { state.withLock { $0.drains } }

    func nextEvents(timeout: Duration) throws -> [ConnectionEvent] {
        let deadline = ContinuousClock.now + timeout
        while true {
            let batch = state.withLock { s -> [ConnectionEvent] in
                defer { s.events.removeAll() }
                return s.events
            }
            if !batch.isEmpty || ContinuousClock.now >= deadline { return batch }
            Thread.sleep(forTimeInterval: 0.001)
        }
    }

    func drain() throws -> [TrackedConnection] {
        state.withLock { s in
            s.drains += 1
            for id in s.expiring.sorted() {
                if let connection = s.live.removeValue(forKey: id) { s.events.append(.ended(connection)) }
            }
            s.expiring = []
            let out = s.live.keys.sorted().compactMap { s.live[$0] }
            for id in s.live.keys {
                s.live[id]?.bytes = 0
                s.live[id]?.packets = 0
            }
            return out
        }
    }

    /// The watcher's read: the same connections, handed over three at a time, as the kernel's
    /// datagrams split a dump.
    func drain(_ take: ([TrackedConnection]) -> Void) throws {
        let all = try drain()
        for start in stride(from: 0, to: all.count, by: 3) {
            take(Array(all[start..<min(all.count, start + 3)]))
        }
    }

    func localAddresses() throws -> Set<IPAddress> { state.withLock { $0.local } }
}
