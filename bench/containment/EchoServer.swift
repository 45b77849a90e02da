import BenchSupport

/// A UDP echo server on its own thread: every datagram goes straight back to its sender, so the
/// sender can tell the first datagram the gateway dropped (the one that spent the quota).
final class EchoServer: Sendable {
    private let stopFlag = StopFlag()
    private let failure = Locked<String?>(nil)
    private let thread: BenchThread

    /// Starts serving on `socket` (already bound in the outside namespace).
    init(socket: UDPSocket) {
        let stopFlag = self.stopFlag
        let failure = self.failure
        thread = BenchThread.start("echo") {
            var buffer = [UInt8](repeating: 0, count: 65536)
            do {
                while !stopFlag.isStopped {
                    guard try socket.waitReadable(milliseconds: 100) else { continue }
                    while let (count, from) = try socket.receive(into: &buffer) {
                        guard count > 0 else { continue }
                        _ = try socket.send(buffer, count: count, to: from)
                    }
                }
            } catch {
                failure.withLock { $0 = "\(error)" }
            }
        }
    }

    /// Why the echo loop ended early, if it did.
    var error: String? { failure.withLock { $0 } }

    /// Stops the loop and waits for it.
    func stop() {
        stopFlag.stop()
        thread.join(seconds: 2)
    }
}
