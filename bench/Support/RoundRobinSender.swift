import Foundation
import Glibc
import SluiceSystem

/// Sends small UDP datagrams round-robin over many connected sockets at a steady rate: one socket
/// per local user, so each datagram leaves with its socket's owner (`meta skuid`). Batches leave
/// every 10 ms; a sender that falls more than a second behind skips ahead rather than bursting.
public final class RoundRobinSender: BenchSender {
    private let stopFlag = StopFlag()
    /// Published once per batch, so the lock is taken 100 times a second, not per datagram.
    private let counts = Locked<(sent: Int, refused: Int, skipped: Int)>((0, 0, 0))
    private let failure = Locked<String?>(nil)
    private let thread: BenchThread

    /// Starts sending `rate` datagrams per second of `size` bytes, taking `sockets` in turn.
    public init(sockets: [UDPSocket], rate: Int, size: Int) {
        let stopFlag = self.stopFlag, counts = self.counts, failure = self.failure
        thread = BenchThread.start("round-robin-sender") {
            do {
                try RoundRobinSender.loop(sockets: sockets, rate: rate, size: size, stop: stopFlag) { sent, refused, skipped in
                    counts.withLock { $0 = ($0.sent + sent, $0.refused + refused, $0.skipped + skipped) }
                }
            } catch {
                failure.withLock { $0 = "\(error)" }
            }
        }
    }

    public var sent: Int { counts.withLock { $0.sent } }
    public var refused: Int { counts.withLock { $0.refused } }
    public var skipped: Int { counts.withLock { $0.skipped } }
    public var error: String? { failure.withLock { $0 } }

    public func stop() {
        stopFlag.stop()
        thread.join(seconds: 5)
    }

    private static func loop(sockets: [UDPSocket], rate: Int, size: Int, stop: StopFlag,
                             count: (_ sent: Int, _ refused: Int, _ skipped: Int) -> Void) throws {
        guard !sockets.isEmpty, rate > 0 else { return }
        let payload = [UInt8](repeating: 0x57, count: max(size, 1))
        var index = 0
        try Pacer.run(rate: rate, stop: stop, count: count) {
            defer { index = (index + 1) % sockets.count }
            return try sockets[index].send(payload)
        }
    }
}
