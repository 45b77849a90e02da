import Glibc
import SluiceSystem

/// A TCP listener bound to an address and port in a namespace, served by its own thread, that
/// accepts every connection, reads to the end, and counts the bytes per peer address.
public final class TCPListener: StoppableListener {
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

    /// Binds, listens and starts the serving thread. Use `Lab.tcpListener`, which also stops it
    /// when the lab is destroyed.
    static func start(in namespace: LabNamespace, address: LabAddress, port: UInt16, backlog: Int32 = 512) throws -> TCPListener {
        let label = "tcp listener \(address) port \(port)"
        let socket = try LabSocket.open(in: namespace, family: address.family, transport: .tcp, bindTo: address,
                                        port: port, reuseAddress: true, label: label)
        let core: ListenerCore
        let boundPort: UInt16
        do {
            try SystemCall.retrying("listen \(label) in \(namespace.name)") { listen(socket.fd, backlog) }
            boundPort = try socket.localEndpoint()?.port ?? port
            core = try ListenerCore(socket: socket, label: label)
        } catch {
            socket.close()
            throw error
        }
        let listener = TCPListener(namespace: namespace, address: address, port: boundPort, core: core)
        try core.startThread(label) { listener.serve() }
        return listener
    }

    /// What it has received so far (`arrivals` counts accepted connections).
    public func counts() -> ByteCounts { core.counts() }

    /// Waits until at least `bytes` have arrived (from `peer`, or in total); false on timeout.
    public func waitForBytes(_ bytes: Int, from peer: LabAddress? = nil, timeout: Duration) -> Bool {
        core.waitForBytes(bytes, from: peer, timeout: timeout)
    }

    /// Stops accepting, closes every connection and ends the thread; the counts stay readable.
    /// Idempotent.
    public func stop() { core.stop() }

    /// Whether it is still listening (`stop()` not yet called).
    public var isRunning: Bool { core.isRunning }

    /// The serving loop: one poll over the wake pipe, the listening socket and every connection.
    private func serve() {
        var clients: [(fd: Int32, peer: LabAddress)] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        var ready: [pollfd] = []
        defer { clients.forEach { _ = close($0.fd) } }
        while core.waitForEvents(clients.map(\.fd), ready: &ready) {
            if ready[1].revents != 0 { acceptAll(into: &clients) }
            var finished: Set<Int32> = []
            for (index, entry) in ready.enumerated().dropFirst(2) where entry.revents != 0 {
                let client = clients[index - 2]
                if !readAvailable(client.fd, from: client.peer, buffer: &buffer) { finished.insert(client.fd) }
            }
            if !finished.isEmpty {
                finished.forEach { _ = close($0) }
                clients.removeAll { finished.contains($0.fd) }
            }
        }
    }

    private func acceptAll(into clients: inout [(fd: Int32, peer: LabAddress)]) {
        while true {
            var remote = SocketAddress()
            let accepted = SystemCall.attempt("accept on \(core.socket.label)") {
                remote.fill { Descriptors.accept(core.socket.fd, $0, $1) }
            }
            // EAGAIN: no more waiting; ECONNABORTED and the like: that one is gone, nothing to count.
            guard case .success(let fd) = accepted else { return }
            guard let peer = remote.labEndpoint?.address else {
                _ = close(fd)
                continue
            }
            clients.append((fd, peer))
            core.update { $0.arrive(from: peer) }
        }
    }

    /// Reads what is there; false when the connection is finished (end of file, reset, error).
    private func readAvailable(_ fd: Int32, from peer: LabAddress, buffer: inout [UInt8]) -> Bool {
        while true {
            let outcome = SystemCall.attempt("read on \(core.socket.label)") {
                buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            }
            switch outcome {
            case .success(0):
                return false
            case .success(let count):
                core.update { $0.add(count, from: peer) }
            case .failure(let error) where error.errno == EAGAIN:
                return true
            case .failure:
                return false
            }
        }
    }
}
