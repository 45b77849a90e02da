import Glibc

/// A `sockaddr_in`/`sockaddr_in6` built from a `LabAddress` and port, or read back from the kernel.
struct SocketAddress {
    private(set) var storage = sockaddr_storage()
    private(set) var length: socklen_t

    /// The socket address for `address` and `port` (host byte order).
    init(_ address: LabAddress, port: UInt16) {
        length = 0
        switch address.family {
        case .ipv4:
            var sin = sockaddr_in()
            sin.sin_family = sa_family_t(AF_INET)
            sin.sin_port = port.bigEndian
            withUnsafeMutableBytes(of: &sin.sin_addr) { $0.copyBytes(from: address.bytes) }
            withUnsafeMutableBytes(of: &storage) { raw in
                withUnsafeBytes(of: sin) { raw.copyMemory(from: $0) }
            }
            length = socklen_t(MemoryLayout<sockaddr_in>.size)
        case .ipv6:
            var sin6 = sockaddr_in6()
            sin6.sin6_family = sa_family_t(AF_INET6)
            sin6.sin6_port = port.bigEndian
            withUnsafeMutableBytes(of: &sin6.sin6_addr) { $0.copyBytes(from: address.bytes) }
            withUnsafeMutableBytes(of: &storage) { raw in
                withUnsafeBytes(of: sin6) { raw.copyMemory(from: $0) }
            }
            length = socklen_t(MemoryLayout<sockaddr_in6>.size)
        }
    }

    /// An empty buffer for the kernel to fill (accept, recvfrom, getsockname).
    init() {
        length = socklen_t(MemoryLayout<sockaddr_storage>.size)
    }

    /// Calls `body` with the address as a `sockaddr` pointer and its length.
    func withSockaddr<T>(_ body: (UnsafePointer<sockaddr>, socklen_t) -> T) -> T {
        withUnsafePointer(to: storage) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { body($0, length) }
        }
    }

    /// Lets the kernel fill the address (the length is reset to the buffer size first).
    mutating func fill<T>(_ body: (UnsafeMutablePointer<sockaddr>, UnsafeMutablePointer<socklen_t>) -> T) -> T {
        length = socklen_t(MemoryLayout<sockaddr_storage>.size)
        var filledLength = length
        let result = withUnsafeMutablePointer(to: &storage) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { body($0, &filledLength) }
        }
        length = filledLength
        return result
    }

    /// The address and port, or nil when the kernel filled in something other than IPv4/IPv6.
    var endpoint: (address: LabAddress, port: UInt16)? {
        switch Int32(storage.ss_family) {
        case AF_INET:
            return withUnsafeBytes(of: storage) { raw -> (LabAddress, UInt16)? in
                let sin = raw.loadUnaligned(as: sockaddr_in.self)
                let bytes = withUnsafeBytes(of: sin.sin_addr) { Array($0) }
                return LabAddress(bytes: bytes).map { ($0, UInt16(bigEndian: sin.sin_port)) }
            }
        case AF_INET6:
            return withUnsafeBytes(of: storage) { raw -> (LabAddress, UInt16)? in
                let sin6 = raw.loadUnaligned(as: sockaddr_in6.self)
                let bytes = withUnsafeBytes(of: sin6.sin6_addr) { Array($0) }
                return LabAddress(bytes: bytes).map { ($0, UInt16(bigEndian: sin6.sin6_port)) }
            }
        default:
            return nil
        }
    }
}
