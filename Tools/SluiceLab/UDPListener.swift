import Glibc
import SluiceSystem

/// A UDP listener bound to an address and port in a namespace, served by its own thread, that
/// counts the bytes of every datagram per peer address.
public final class UDPListener: StoppableListener {
    /// The namespace it listens in.
    public let namespace: LabNamespace
    /// The address it is bound to.
    public let address: LabAddress
    /// The port it is bound to (the kernel's choice if 0 was asked for).
    public let port: UInt16

    private let core: ListenerCore

    private init(namespace: LabNamespace, address: LabAddress, port: UInt16, core: ListenerCore) {
        self.namespace = namespace
        self.address = address
        self.port = port
        self.core = core
    }

    /// Binds and starts the serving thread with a large receive buffer, so that a burst is counted
    /// rather than dropped at the socket. Use `Lab.udpListener`, which also stops it with the lab.
    static func start(in namespace: LabNamespace, address: LabAddress, port: UInt16) throws -> UDPListener {
        let label = "udp listener \(address) port \(port)"
        let socket = try LabSocket.open(in: namespace, family: address.family, transport: .udp, bindTo: address,
                                        port: port, reuseAddress: true, label: label)
        let core: ListenerCore
        let boundPort: UInt16
        do {
            // SO_RCVBUFFORCE (root) ignores net.core.rmem_max; plain SO_RCVBUF is the fallback.
            do {
                try socket.setOption(SOL_SOCKET, SO_RCVBUFFORCE, 8 << 20, name: "SO_RCVBUFFORCE")
            } catch {
                try socket.setOption(SOL_SOCKET, SO_RCVBUF, 8 << 20, name: "SO_RCVBUF")
            }
            boundPort = try socket.localEndpoint()?.port ?? port
            core = try ListenerCore(socket: socket, label: label)
        } catch {
            socket.close()
            throw error
        }
        let listener = UDPListener(namespace: namespace, address: address, port: boundPort, core: core)
        try core.startThread(label) { listener.serve() }
        return listener
    }

    /// What it has received so far (`arrivals` counts datagrams).
    public func counts() -> ByteCounts { core.counts() }

    /// Waits until at least `bytes` have arrived (from `peer`, or in total); false on timeout.
    public func waitForBytes(_ bytes: Int, from peer: LabAddress? = nil, timeout: Duration) -> Bool {
        core.waitForBytes(bytes, from: peer, timeout: timeout)
    }

    /// Closes the socket and ends the thread; the counts stay readable. Idempotent.
    public func stop() { core.stop() }

    /// Whether it is still listening (`stop()` not yet called).
    public var isRunning: Bool { core.isRunning }

    private func serve() {
        var buffer = [UInt8](repeating: 0, count: 65536)
        var ready: [pollfd] = []
        while core.waitForEvents([], ready: &ready) {
            receiveAll(buffer: &buffer)
        }
    }

    private func receiveAll(buffer: inout [UInt8]) {
        while true {
            var remote = SocketAddress()
            let outcome = SystemCall.attempt("recvfrom on \(core.socket.label)") {
                buffer.withUnsafeMutableBytes { raw in
                    remote.fill { recvfrom(core.socket.fd, raw.baseAddress, raw.count, 0, $0, $1) }
                }
            }
            // EAGAIN: drained. Other errors (a queued ICMP error) are not datagrams; poll again.
            guard case .success(let count) = outcome else { return }
            guard let peer = remote.labEndpoint?.address else { continue }
            core.update { counts in
                counts.arrive(from: peer)
                counts.add(count, from: peer)
            }
        }
    }
}
