import Glibc
import SluiceSystem

/// A non-blocking, close-on-exec socket created inside a namespace, with the few operations the
/// traffic helpers need. Errors name `label` (what the socket is for).
struct LabSocket {
    let fd: Int32
    let label: String

    /// Creates the socket in `namespace` and binds it to `address`/`port` there if given.
    /// IPv6 sockets are IPv6-only, so that one port can be bound for each family separately.
    static func open(in namespace: LabNamespace, family: LabAddressFamily, transport: LabTransport,
                     bindTo address: LabAddress?, port: UInt16 = 0, reuseAddress: Bool = false,
                     label: String) throws -> LabSocket {
        let type = (transport == .tcp ? Int32(SOCK_STREAM.rawValue) : Int32(SOCK_DGRAM.rawValue))
            | Int32(SOCK_NONBLOCK.rawValue) | Int32(SOCK_CLOEXEC.rawValue)
        let fd = try namespace.perform { () throws -> Int32 in
            let fd = try SystemCall.retrying("socket for \(label) in \(namespace.name)") { Glibc.socket(family.socketFamily, type, 0) }
            let created = LabSocket(fd: fd, label: label)
            do {
                if family == .ipv6 { try created.setOption(Int32(IPPROTO_IPV6), IPV6_V6ONLY, 1, name: "IPV6_V6ONLY") }
                if reuseAddress { try created.setOption(SOL_SOCKET, SO_REUSEADDR, 1, name: "SO_REUSEADDR") }
                if let address {
                    let socketAddress = SocketAddress(address, port: port)
                    try SystemCall.retrying("bind \(label) to \(address) port \(port) in \(namespace.name)") {
                        socketAddress.withSockaddr { bind(fd, $0, $1) }
                    }
                }
            } catch {
                created.close()
                throw error
            }
            return fd
        }
        return LabSocket(fd: fd, label: label)
    }

    /// Sets an integer socket option.
    func setOption(_ level: Int32, _ option: Int32, _ value: Int32, name: String) throws {
        var value = value
        try SystemCall.retrying("setsockopt \(name) on \(label)") {
            setsockopt(fd, level, option, &value, socklen_t(MemoryLayout<Int32>.size))
        }
    }

    /// Closes the socket; with `abort`, a reset is sent instead of a FIN and unsent data is thrown
    /// away, so that nothing keeps retransmitting into a namespace about to be deleted.
    func close(abort: Bool = false) {
        if abort {
            var option = linger(l_onoff: 1, l_linger: 0)
            _ = setsockopt(fd, SOL_SOCKET, SO_LINGER, &option, socklen_t(MemoryLayout<linger>.size))
        }
        // Linux always releases the descriptor, even when close reports an error.
        _ = Glibc.close(fd)
    }

    /// The local address and port.
    func localEndpoint() throws -> (address: LabAddress, port: UInt16)? {
        var local = SocketAddress()
        try SystemCall.retrying("getsockname of \(label)") { local.fill { getsockname(fd, $0, $1) } }
        return local.labEndpoint
    }

    /// Waits until `events` (or an error or hang-up) are pending; false if the deadline passed first.
    func wait(for events: Int32, until deadline: Deadline) throws -> Bool {
        var entry = pollfd(fd: fd, events: Int16(events), revents: 0)
        let ready = try SystemCall.retrying("poll \(label)") { poll(&entry, 1, deadline.pollMilliseconds) }
        return ready > 0
    }

    /// Connects to `address`/`port` before `deadline`, and reports how the attempt ended.
    func connect(to address: LabAddress, port: UInt16, until deadline: Deadline) throws -> TCPConnectOutcome {
        let remote = SocketAddress(address, port: port)
        let started = SystemCall.attempt("connect \(label)") { remote.withSockaddr { Glibc.connect(fd, $0, $1) } }
        switch started {
        case .success:
            return .connected
        case .failure(let error) where error.errno == EINPROGRESS:
            break
        case .failure(let error):
            guard let code = error.errno, let outcome = LabSocket.outcome(code) else { throw error }
            return outcome
        }
        guard try wait(for: Int32(POLLOUT), until: deadline) else { return .timedOut }
        let code = try pendingError()
        if code == 0 { return .connected }
        guard let outcome = LabSocket.outcome(code) else { throw SystemCall.failure("connect \(label)", errno: code) }
        return outcome
    }

    /// The socket's pending error (SO_ERROR), clearing it.
    func pendingError() throws -> Int32 {
        var code: Int32 = 0
        var length = socklen_t(MemoryLayout<Int32>.size)
        try SystemCall.retrying("getsockopt SO_ERROR of \(label)") { getsockopt(fd, SOL_SOCKET, SO_ERROR, &code, &length) }
        return code
    }

    /// What a connect errno means for a firewall probe; nil for errors that are the caller's bug.
    static func outcome(_ code: Int32) -> TCPConnectOutcome? {
        switch code {
        case ECONNREFUSED: .refused
        case ETIMEDOUT: .timedOut
        case ENETUNREACH, EHOSTUNREACH, EHOSTDOWN, ENETDOWN: .unreachable
        case EPERM, EACCES: .notPermitted
        default: nil
        }
    }
}
