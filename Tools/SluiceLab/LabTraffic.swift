import Glibc
import SluiceSystem

/// Real traffic from inside a namespace: each socket is created in the sender's namespace and
/// used from the calling thread.
public enum LabTraffic {
    /// Opens a TCP connection from `namespace` (bound to `source` if given) to `address`/`port`
    /// and closes it again; reports whether the handshake completed within `timeout`. A SYN
    /// that a firewall drops shows as `.timedOut`.
    public static func tcpConnect(from namespace: LabNamespace, source: LabAddress? = nil, to address: LabAddress,
                                  port: UInt16, timeout: Duration = .seconds(1)) throws -> TCPConnectOutcome {
        let deadline = Deadline(after: timeout)
        let socket = try LabSocket.open(in: namespace, family: address.family, transport: .tcp, bindTo: source,
                                        label: "tcp probe \(source.map { "\($0) " } ?? "")to \(address) port \(port)")
        var outcome = TCPConnectOutcome.timedOut
        defer { socket.close(abort: !outcome.isConnected) }
        outcome = try socket.connect(to: address, port: port, until: deadline)
        return outcome
    }

    /// Sends `bytes` bytes over TCP from `namespace` to `address`/`port` in writes of at most
    /// `chunk` bytes, paced to `pace` bytes per second if given (low-and-slow patterns), then
    /// closes its side and waits for the peer to close, all within `timeout`. A completed send
    /// means the listener has read every byte.
    public static func tcpSend(from namespace: LabNamespace, source: LabAddress? = nil, to address: LabAddress,
                               port: UInt16, bytes: Int, chunk: Int = 65536, pace: Int? = nil,
                               timeout: Duration) throws -> TCPSendResult {
        guard bytes >= 0, chunk > 0, (pace ?? 1) > 0 else {
            throw LabError.invalidArgument("tcpSend needs bytes >= 0, chunk > 0 and pace > 0")
        }
        let started = ContinuousClock.now
        let deadline = Deadline(after: timeout)
        let label = "tcp send \(source.map { "\($0) " } ?? "")to \(address) port \(port)"
        let socket = try LabSocket.open(in: namespace, family: address.family, transport: .tcp, bindTo: source, label: label)
        var ending = TCPSendEnding.timedOut
        defer { socket.close(abort: ending != .completed) }

        let connected = try socket.connect(to: address, port: port, until: deadline)
        guard connected.isConnected else {
            ending = TCPSendEnding(connected)
            return TCPSendResult(connected: false, bytesWritten: 0, ending: ending, elapsed: started.duration(to: .now))
        }
        if pace != nil {
            // Each paced write should leave at once, not wait for Nagle to fill a segment.
            try socket.setOption(Int32(IPPROTO_TCP), TCP_NODELAY, 1, name: "TCP_NODELAY")
        }

        let payload = [UInt8](repeating: 0x53, count: min(chunk, max(bytes, 1)))
        var written = 0
        writing: while written < bytes {
            if let pace {
                // Keep the average rate: the next write may start once the bytes so far are "paid for".
                let due = started.advanced(by: .seconds(Double(written) / Double(pace)))
                if due > deadline.instant { Deadline.sleep(deadline.remaining); break writing }
                Deadline.sleep(ContinuousClock.now.duration(to: due))
            }
            let size = min(payload.count, bytes - written)
            let outcome = SystemCall.attempt(label) {
                payload.withUnsafeBytes { send(socket.fd, $0.baseAddress, size, Int32(MSG_NOSIGNAL)) }
            }
            switch outcome {
            case .success(let count):
                written += count
            case .failure(let error) where error.errno == EAGAIN:
                guard try socket.wait(for: Int32(POLLOUT), until: deadline) else { break writing }
            case .failure(let error):
                guard let code = error.errno, let end = TCPSendEnding(sendError: code) else { throw error }
                ending = end
                return TCPSendResult(connected: true, bytesWritten: written, ending: ending, elapsed: started.duration(to: .now))
            }
        }
        if written < bytes {
            return TCPSendResult(connected: true, bytesWritten: written, ending: .timedOut, elapsed: started.duration(to: .now))
        }

        ending = try finish(socket, until: deadline, label: label)
        return TCPSendResult(connected: true, bytesWritten: written, ending: ending, elapsed: started.duration(to: .now))
    }

    /// Half-closes the connection and reads (discarding) until the peer closes too.
    private static func finish(_ socket: LabSocket, until deadline: Deadline, label: String) throws -> TCPSendEnding {
        try SystemCall.retrying("shutdown \(label)") { shutdown(socket.fd, Int32(SHUT_WR)) }
        var sink = [UInt8](repeating: 0, count: 4096)
        while true {
            guard try socket.wait(for: Int32(POLLIN), until: deadline) else { return .timedOut }
            let outcome = SystemCall.attempt(label) { sink.withUnsafeMutableBytes { read(socket.fd, $0.baseAddress, $0.count) } }
            switch outcome {
            case .success(0):
                return .completed
            case .success:
                continue
            case .failure(let error) where error.errno == EAGAIN:
                continue
            case .failure(let error):
                guard let code = error.errno, let end = TCPSendEnding(sendError: code) else { throw error }
                return end
            }
        }
    }

    /// Sends `datagrams` UDP datagrams of `size` bytes from `namespace` to `address`/`port`, paced to
    /// `pace` bytes per second if given, within `timeout`. The socket is connected, so the
    /// source address is known and local rejections (a host firewall, an ICMP error) are counted.
    public static func udpSend(from namespace: LabNamespace, source: LabAddress? = nil, to address: LabAddress,
                               port: UInt16, datagrams: Int, size: Int, pace: Int? = nil,
                               timeout: Duration = .seconds(5)) throws -> UDPSendResult {
        guard datagrams >= 0, (0...65507).contains(size), (pace ?? 1) > 0 else {
            throw LabError.invalidArgument("udpSend needs datagrams >= 0, 0 <= size <= 65507 and pace > 0")
        }
        let started = ContinuousClock.now
        let deadline = Deadline(after: timeout)
        let label = "udp send \(source.map { "\($0) " } ?? "")to \(address) port \(port)"
        let socket = try LabSocket.open(in: namespace, family: address.family, transport: .udp, bindTo: source, label: label)
        defer { socket.close() }
        var result = UDPSendResult(datagramsSent: 0, bytesSent: 0, datagramsRejected: 0, timedOut: false, sourceAddress: source)

        let remote = SocketAddress(address, port: port)
        let connected = SystemCall.attempt("connect \(label)") { remote.withSockaddr { connect(socket.fd, $0, $1) } }
        if case .failure(let error) = connected {
            guard let code = error.errno, LabTraffic.isLocalRejection(code) else { throw error }
            result.datagramsRejected = datagrams
            return result
        }
        result.sourceAddress = try socket.localEndpoint()?.address

        let payload = [UInt8](repeating: 0x55, count: size)
        var index = 0
        while index < datagrams {
            if let pace {
                let due = started.advanced(by: .seconds(Double(index * size) / Double(pace)))
                if due > deadline.instant { Deadline.sleep(deadline.remaining); result.timedOut = true; break }
                Deadline.sleep(ContinuousClock.now.duration(to: due))
            }
            let outcome = SystemCall.attempt(label) { payload.withUnsafeBytes { send(socket.fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) } }
            switch outcome {
            case .success(let count):
                result.datagramsSent += 1
                result.bytesSent += count
                index += 1
            case .failure(let error) where error.errno == EAGAIN || error.errno == ENOBUFS:
                // The queue is full: wait for room (ENOBUFS gives no poll event, so nap instead).
                if deadline.hasPassed { result.timedOut = true; return result }
                if error.errno == EAGAIN {
                    _ = try socket.wait(for: Int32(POLLOUT), until: deadline)
                } else {
                    Deadline.sleep(.milliseconds(1))
                }
            case .failure(let error):
                guard let code = error.errno, LabTraffic.isLocalRejection(code) else { throw error }
                result.datagramsRejected += 1
                index += 1
            }
        }
        return result
    }

    /// Errors with which the local stack refuses a datagram instead of sending it.
    static func isLocalRejection(_ code: Int32) -> Bool {
        [ECONNREFUSED, EPERM, EACCES, ENETUNREACH, EHOSTUNREACH, EHOSTDOWN, ENETDOWN].contains(code)
    }
}
