import Foundation
import Glibc
import SluiceSystem

/// Sends small UDP datagrams round-robin from many source addresses at a steady rate, from one
/// unbound socket: each datagram names its source with an IP_PKTINFO control message, so 10,000
/// hosts need no 10,000 sockets. Batches leave every 10 ms; a sender that falls more than a
/// second behind skips ahead rather than bursting (and counts what it skipped).
public final class SpreadSender: BenchSender {
    private let stopFlag = StopFlag()
    /// Published once per batch, so the lock is taken 100 times a second, not per datagram.
    private let counts = Locked<(sent: Int, refused: Int, skipped: Int)>((0, 0, 0))
    private let failure = Locked<String?>(nil)
    private let thread: BenchThread

    /// Starts sending `rate` datagrams per second of `size` bytes from `sources` to `destination`
    /// over `socket` (created in the sources' namespace).
    public init(socket: UDPSocket, sources: [IPv4], destination: IPv4, port: UInt16, rate: Int, size: Int) {
        let stopFlag = self.stopFlag, counts = self.counts, failure = self.failure
        thread = BenchThread.start("spread-sender") {
            do {
                try SpreadSender.loop(socket: socket, sources: sources, destination: destination, port: port, rate: rate,
                                      size: size, stop: stopFlag) { sent, refused, skipped in
                    counts.withLock { $0 = ($0.sent + sent, $0.refused + refused, $0.skipped + skipped) }
                }
            } catch {
                failure.withLock { $0 = "\(error)" }
            }
        }
    }

    /// Datagrams handed to the kernel so far.
    public var sent: Int { counts.withLock { $0.sent } }
    /// Datagrams the local stack refused (full queue, no route).
    public var refused: Int { counts.withLock { $0.refused } }
    /// Datagrams never tried because the sender fell behind.
    public var skipped: Int { counts.withLock { $0.skipped } }
    /// Why sending stopped early, if it did.
    public var error: String? { failure.withLock { $0 } }

    /// Stops sending and waits for the thread.
    public func stop() {
        stopFlag.stop()
        thread.join(seconds: 5)
    }

    private static func loop(socket: UDPSocket, sources: [IPv4], destination: IPv4, port: UInt16, rate: Int, size: Int,
                             stop: StopFlag, count: (_ sent: Int, _ refused: Int, _ skipped: Int) -> Void) throws {
        guard !sources.isEmpty, rate > 0 else { return }
        let headerSize = (MemoryLayout<cmsghdr>.size + 7) & ~7
        let controlSize = headerSize + ((PacketInfo.size + 7) & ~7)
        let control = UnsafeMutableRawPointer.allocate(byteCount: controlSize, alignment: 8)
        defer { control.deallocate() }
        control.initializeMemory(as: UInt8.self, repeating: 0, count: controlSize)
        let header = control.bindMemory(to: cmsghdr.self, capacity: 1)
        header.pointee.cmsg_len = headerSize + PacketInfo.size
        header.pointee.cmsg_level = Int32(IPPROTO_IP)
        header.pointee.cmsg_type = PacketInfo.messageType
        let specificDestination = control + headerSize + PacketInfo.sourceAddressOffset

        let payload = UnsafeMutableRawPointer.allocate(byteCount: max(size, 1), alignment: 8)
        defer { payload.deallocate() }
        payload.initializeMemory(as: UInt8.self, repeating: 0x57, count: max(size, 1))
        let vector = UnsafeMutablePointer<iovec>.allocate(capacity: 1)
        defer { vector.deallocate() }
        vector.initialize(to: iovec(iov_base: payload, iov_len: size))
        let remoteAddress = UDPSocket.socketAddress(destination, port: port)
        let remote = UnsafeMutableRawPointer.allocate(byteCount: Int(remoteAddress.length), alignment: 8)
        defer { remote.deallocate() }
        remoteAddress.withSockaddr { remote.copyMemory(from: $0, byteCount: Int($1)) }
        var message = msghdr()
        message.msg_name = remote
        message.msg_namelen = remoteAddress.length
        message.msg_iov = vector
        message.msg_iovlen = 1
        message.msg_control = control
        message.msg_controllen = controlSize

        var index = 0
        try Pacer.run(rate: rate, stop: stop, count: count) {
            let source = sources[index]
            specificDestination.storeBytes(of: source.inAddr.s_addr, as: UInt32.self)
            index = (index + 1) % sources.count
            let outcome = SystemCall.attempt("sendmsg from \(source) to \(destination)") {
                sendmsg(socket.fd, &message, Int32(MSG_NOSIGNAL) | Int32(MSG_DONTWAIT))
            }
            switch outcome {
            case .success: return true
            case .failure(let error) where UDPSocket.isTransient(error.errno): return false
            case .failure(let error): throw error
            }
        }
    }
}
