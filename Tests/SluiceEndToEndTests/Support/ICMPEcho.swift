import Glibc
@testable import SluiceLab
import SluiceSystem

/// An ICMP or ICMPv6 echo request over a raw socket from inside a lab namespace: how the tests
/// check `icmp` and `icmpv6` flows, which have no port to connect to (the image has no `ping`).
enum ICMPEcho {
    /// Whether `destination` answers an echo request sent from `namespace` (from `source` if
    /// given) within `timeout`. A request the local firewall refuses (EPERM) is unanswered.
    static func ping(from namespace: LabNamespace, source: LabAddress? = nil, to destination: LabAddress,
                     timeout: Duration) throws -> Bool {
        try namespace.perform { try exchange(source: source, destination: destination, timeout: timeout) }
    }

    private static func exchange(source: LabAddress?, destination: LabAddress, timeout: Duration) throws -> Bool {
        let deadline = ContinuousClock.now.advanced(by: timeout)
        let v6 = destination.family == .ipv6
        let label = "icmp echo \(source.map { "from \($0) " } ?? "")to \(destination)"
        let fd = try SluiceSystem.SystemCall.retrying("raw socket for \(label)") {
            socket(v6 ? AF_INET6 : AF_INET, Int32(SOCK_RAW.rawValue) | Int32(SOCK_CLOEXEC.rawValue),
                   Int32(v6 ? IPPROTO_ICMPV6 : IPPROTO_ICMP))
        }
        defer { close(fd) }
        if let source {
            _ = try SocketAddress(source, port: 0).withSockaddr { address, length in
                SluiceSystem.SystemCall.attempt("bind \(label)") { bind(fd, address, length) }
            }.get()
        }

        // A random identifier tells our reply from any other echo traffic the raw socket sees.
        let identifier = UInt16.random(in: 1...UInt16.max)
        guard try sendRequest(request(identifier: identifier, v6: v6), on: fd, to: destination, label: label) else { return false }
        return try awaitReply(on: fd, from: destination, identifier: identifier, v6: v6, deadline: deadline, label: label)
    }

    /// An echo request with `identifier` and sequence number 1; for ICMP with its checksum.
    private static func request(identifier: UInt16, v6: Bool) -> [UInt8] {
        var request: [UInt8] = [v6 ? 128 : 8, 0, 0, 0, UInt8(identifier >> 8), UInt8(identifier & 0xFF), 0, 1]
        request += Array("sluice end-to-end".utf8)
        if !v6 {
            // The kernel fills in the ICMPv6 checksum (it needs the pseudo-header), not ICMP's.
            let sum = checksum(request)
            request[2] = UInt8(sum >> 8)
            request[3] = UInt8(sum & 0xFF)
        }
        return request
    }

    /// Sends `request` to `destination` on the raw socket `fd`; false if the local firewall
    /// refused it (EPERM, EACCES).
    private static func sendRequest(_ request: [UInt8], on fd: Int32, to destination: LabAddress, label: String) throws -> Bool {
        let sent = SocketAddress(destination, port: 0).withSockaddr { address, length in
            SluiceSystem.SystemCall.attempt("send \(label)") {
                request.withUnsafeBytes { sendto(fd, $0.baseAddress, $0.count, 0, address, length) }
            }
        }
        switch sent {
        case .success:
            return true
        case .failure(let error) where error.errno == EPERM || error.errno == EACCES:
            return false
        case .failure(let error):
            throw error
        }
    }

    /// Whether an echo reply with `identifier` comes from `destination` on the raw socket `fd`
    /// before `deadline`; other traffic the socket sees is skipped.
    private static func awaitReply(on fd: Int32, from destination: LabAddress, identifier: UInt16, v6: Bool,
                                   deadline: ContinuousClock.Instant, label: String) throws -> Bool {
        var buffer = [UInt8](repeating: 0, count: 2048)
        while true {
            let remaining = ContinuousClock.now.duration(to: deadline)
            if remaining <= .zero { return false }
            let milliseconds = Int32(clamping: remaining.components.seconds * 1000
                + remaining.components.attoseconds / 1_000_000_000_000_000 + 1)
            var ready = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            if try SluiceSystem.SystemCall.retrying("poll \(label)", { poll(&ready, 1, milliseconds) }) == 0 { continue }
            var from = SocketAddress()
            let received = from.fill { address, length in
                SluiceSystem.SystemCall.attempt("receive \(label)") {
                    buffer.withUnsafeMutableBytes { recvfrom(fd, $0.baseAddress, $0.count, Int32(MSG_DONTWAIT), address, length) }
                }
            }
            let count: Int
            switch received {
            case .success(let n): count = n
            case .failure(let error) where error.errno == EAGAIN: continue
            case .failure(let error): throw error
            }
            guard from.labEndpoint?.address == destination else { continue }
            // IPv4 raw sockets deliver the IP header too; IPv6 ones only the ICMPv6 message.
            let start = v6 ? 0 : Int(buffer[0] & 0x0F) * 4
            guard count >= start + 8 else { continue }
            let reply = buffer[start..<count]
            let type = reply[start]
            let replyIdentifier = UInt16(reply[start + 4]) << 8 | UInt16(reply[start + 5])
            if type == (v6 ? 129 : 0) && replyIdentifier == identifier { return true }
        }
    }

    /// The Internet checksum (RFC 1071) of an ICMP message whose checksum field is zero.
    private static func checksum(_ bytes: [UInt8]) -> UInt16 {
        var sum: UInt32 = 0
        var index = 0
        while index + 1 < bytes.count {
            sum += UInt32(bytes[index]) << 8 | UInt32(bytes[index + 1])
            index += 2
        }
        if index < bytes.count { sum += UInt32(bytes[index]) << 8 }
        while sum >> 16 != 0 { sum = (sum & 0xFFFF) + (sum >> 16) }
        return ~UInt16(sum)
    }
}
