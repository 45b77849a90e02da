import Glibc
import SluiceSystem

/// An IPv4 UDP socket for benchmark traffic. It lives in the network namespace of the thread that
/// created it (create it inside `LabNamespace.perform`) and can be used from any thread after.
/// Errors name `label`.
public final class UDPSocket: @unchecked Sendable {
    /// The descriptor.
    public let fd: Int32
    /// What the socket is for, in errors.
    public let label: String

    /// Creates the socket; non-blocking unless `blocking`.
    public init(label: String, blocking: Bool = false) throws {
        let type = Int32(SOCK_DGRAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue) | (blocking ? 0 : Int32(SOCK_NONBLOCK.rawValue))
        fd = try SystemCall.retrying("socket for \(label)") { socket(AF_INET, type, 0) }
        self.label = label
    }

    deinit {
        // Linux releases the descriptor even when close reports an error.
        _ = Glibc.close(fd)
    }

    /// Binds to `address`/`port` (0: any port).
    public func bind(_ address: IPv4, port: UInt16 = 0) throws {
        let local = UDPSocket.socketAddress(address, port: port)
        try SystemCall.retrying("bind \(label) to \(address) port \(port)") {
            local.withSockaddr { Glibc.bind(fd, $0, $1) }
        }
    }

    /// Connects to `address`/`port`, so that `send` needs no destination and only its answers arrive.
    public func connect(_ address: IPv4, port: UInt16) throws {
        let remote = UDPSocket.socketAddress(address, port: port)
        try SystemCall.retrying("connect \(label) to \(address) port \(port)") {
            remote.withSockaddr { Glibc.connect(fd, $0, $1) }
        }
    }

    /// Sets an integer socket option.
    public func setOption(_ level: Int32, _ option: Int32, _ value: Int32, name: String) throws {
        var value = value
        try SystemCall.retrying("setsockopt \(name) on \(label)") {
            setsockopt(fd, level, option, &value, socklen_t(MemoryLayout<Int32>.size))
        }
    }

    /// Sends one datagram on a connected socket. Returns false when the local stack refused it
    /// (a firewall on output, an ICMP error reported back) or its queue was full.
    public func send(_ payload: [UInt8]) throws -> Bool {
        let outcome = SystemCall.attempt("send on \(label)") {
            payload.withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        }
        switch outcome {
        case .success: return true
        case .failure(let error) where UDPSocket.isTransient(error.errno): return false
        case .failure(let error): throw error
        }
    }

    /// Waits until a datagram can be read or `milliseconds` pass; false on timeout.
    public func waitReadable(milliseconds: Int32) throws -> Bool {
        var entry = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        return try SystemCall.retrying("poll \(label)") { poll(&entry, 1, milliseconds) } > 0
    }

    /// Reads one datagram without waiting: its length and sender, or nil when none is queued.
    public func receive(into buffer: inout [UInt8]) throws -> (count: Int, from: SocketAddress)? {
        var remote = SocketAddress()
        let outcome = SystemCall.attempt("receive on \(label)") {
            buffer.withUnsafeMutableBytes { raw in
                remote.fill { recvfrom(fd, raw.baseAddress, raw.count, Int32(MSG_DONTWAIT), $0, $1) }
            }
        }
        switch outcome {
        case .success(let count): return (count, remote)
        case .failure(let error) where error.errno == EAGAIN: return nil
        // A queued ICMP error is not a datagram; the caller reads on.
        case .failure(let error) where UDPSocket.isTransient(error.errno): return (0, remote)
        case .failure(let error): throw error
        }
    }

    /// Sends `count` bytes of `buffer` to `remote` (an echo's reply). Returns false when refused.
    public func send(_ buffer: [UInt8], count: Int, to remote: SocketAddress) throws -> Bool {
        let outcome = SystemCall.attempt("sendto on \(label)") {
            buffer.withUnsafeBytes { raw in
                remote.withSockaddr { sendto(fd, raw.baseAddress, count, Int32(MSG_NOSIGNAL), $0, $1) }
            }
        }
        switch outcome {
        case .success: return true
        case .failure(let error) where UDPSocket.isTransient(error.errno): return false
        case .failure(let error): throw error
        }
    }

    /// The socket address for `address`/`port`.
    public static func socketAddress(_ address: IPv4, port: UInt16) -> SocketAddress {
        // Four bytes are always an address; the fallback only keeps this free of a force unwrap.
        SocketAddress(bytes: address.networkBytes, port: port) ?? SocketAddress()
    }

    /// Errors with which a datagram is refused or lost locally rather than the socket being broken.
    public static func isTransient(_ code: Int32) -> Bool {
        [EAGAIN, ENOBUFS, ECONNREFUSED, EPERM, EACCES, ENETUNREACH, EHOSTUNREACH, EHOSTDOWN, ENETDOWN].contains(code)
    }
}
