import Glibc
import SluiceLanguage

/// A `sockaddr_in` or `sockaddr_in6` for an address and port, for `bind`.
enum SocketAddress {
    /// Calls `body` with the socket address and its length.
    static func with<T>(_ address: ListenAddress, _ body: (UnsafePointer<sockaddr>, socklen_t) throws(SystemError) -> T) throws(SystemError) -> T {
        let bytes = address.host.bytes
        switch address.host.family {
        case .ipv4:
            var sin = sockaddr_in()
            sin.sin_family = sa_family_t(AF_INET)
            sin.sin_port = address.port.bigEndian
            sin.sin_addr.s_addr = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt32.self) }
            return try withUnsafePointer(to: &sin) { (p) throws(SystemError) -> T in
                try p.withMemoryRebound(to: sockaddr.self, capacity: 1) { (s) throws(SystemError) -> T in
                    try body(s, socklen_t(MemoryLayout<sockaddr_in>.size))
                }
            }
        case .ipv6:
            var sin6 = sockaddr_in6()
            sin6.sin6_family = sa_family_t(AF_INET6)
            sin6.sin6_port = address.port.bigEndian
            withUnsafeMutableBytes(of: &sin6.sin6_addr) { raw in
                for (i, b) in bytes.enumerated() { raw[i] = b }
            }
            return try withUnsafePointer(to: &sin6) { (p) throws(SystemError) -> T in
                try p.withMemoryRebound(to: sockaddr.self, capacity: 1) { (s) throws(SystemError) -> T in
                    try body(s, socklen_t(MemoryLayout<sockaddr_in6>.size))
                }
            }
        }
    }

    /// The port a bound socket got.
    static func boundPort(_ fd: Int32) throws(SystemError) -> UInt16 {
        var storage = sockaddr_storage()
        var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
        try withUnsafeMutablePointer(to: &storage) { (p) throws(SystemError) in
            try p.withMemoryRebound(to: sockaddr.self, capacity: 1) { (s) throws(SystemError) in
                try SystemCall.check("read the metrics socket's address") { getsockname(fd, s, &length) }
            }
        }
        return withUnsafeBytes(of: &storage) { raw in
            // sin_port and sin6_port sit at the same offset, right after the family.
            UInt16(bigEndian: raw.loadUnaligned(fromByteOffset: 2, as: UInt16.self))
        }
    }
}
