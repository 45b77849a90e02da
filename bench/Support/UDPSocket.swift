import Glibc

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
        fd = try BenchSystemCall.check("socket for \(label)") { socket(AF_INET, type, 0) }
        self.label = label
    }

    deinit {
        // Linux releases the descriptor even when close reports an error.
        _ = Glibc.close(fd)
    }

    /// Binds to `address`/`port` (0: any port).
    public func bind(_ address: IPv4, port: UInt16 = 0) throws {
        var local = UDPSocket.socketAddress(address, port: port)
        try BenchSystemCall.check("bind \(label) to \(address) port \(port)") {
            withUnsafePointer(to: &local) { pointer in
                pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    Glibc.bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
                }
            }
        }
    }

    /// Connects to `address`/`port`, so that `send` needs no destination and only its answers arrive.
    public func connect(_ address: IPv4, port: UInt16) throws {
        var remote = UDPSocket.socketAddress(address, port: port)
        try BenchSystemCall.check("connect \(label) to \(address) port \(port)") {
            withUnsafePointer(to: &remote) { pointer in
                pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
                }
            }
        }
    }

    /// Sets an integer socket option.
    public func setOption(_ level: Int32, _ option: Int32, _ value: Int32, name: String) throws {
        var value = value
        try BenchSystemCall.check("setsockopt \(name) on \(label)") {
            setsockopt(fd, level, option, &value, socklen_t(MemoryLayout<Int32>.size))
        }
    }

    /// Sends one datagram on a connected socket. Returns false when the local stack refused it
    /// (a firewall on output, an ICMP error reported back) or its queue was full.
    public func send(_ payload: [UInt8]) throws -> Bool {
        let outcome = BenchSystemCall.attempt("send on \(label)") {
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
        return try BenchSystemCall.check("poll \(label)") { poll(&entry, 1, milliseconds) } > 0
    }

    /// Reads one datagram without waiting: its length and sender, or nil when none is queued.
    public func receive(into buffer: inout [UInt8]) throws -> (count: Int, from: sockaddr_in)? {
        var remote = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let outcome = BenchSystemCall.attempt("receive on \(label)") {
            buffer.withUnsafeMutableBytes { raw in
                withUnsafeMutablePointer(to: &remote) { pointer in
                    pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                        recvfrom(fd, raw.baseAddress, raw.count, Int32(MSG_DONTWAIT), $0, &length)
                    }
                }
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
    public func send(_ buffer: [UInt8], count: Int, to remote: sockaddr_in) throws -> Bool {
        var remote = remote
        let outcome = BenchSystemCall.attempt("sendto on \(label)") {
            buffer.withUnsafeBytes { raw in
                withUnsafePointer(to: &remote) { pointer in
                    pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                        sendto(fd, raw.baseAddress, count, Int32(MSG_NOSIGNAL), $0, socklen_t(MemoryLayout<sockaddr_in>.size))
                    }
                }
            }
        }
        switch outcome {
        case .success: return true
        case .failure(let error) where UDPSocket.isTransient(error.errno): return false
        case .failure(let error): throw error
        }
    }

    /// A `sockaddr_in` for `address`/`port`.
    public static func socketAddress(_ address: IPv4, port: UInt16) -> sockaddr_in {
        var result = sockaddr_in()
        result.sin_family = sa_family_t(AF_INET)
        result.sin_port = port.bigEndian
        result.sin_addr = address.inAddr
        return result
    }

    /// Errors with which a datagram is refused or lost locally rather than the socket being broken.
    public static func isTransient(_ code: Int32) -> Bool {
        [EAGAIN, ENOBUFS, ECONNREFUSED, EPERM, EACCES, ENETUNREACH, EHOSTUNREACH, EHOSTDOWN, ENETDOWN].contains(code)
    }
}
