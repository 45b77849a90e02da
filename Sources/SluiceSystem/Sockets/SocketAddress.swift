internal import CSystemShims
import Glibc

/// A socket address in a `sockaddr_storage`: IPv4 or IPv6 with a port, a netlink address, or an
/// empty buffer for the kernel to fill (accept, recvfrom, getsockname).
public struct SocketAddress: Sendable {
    private(set) var storage = sockaddr_storage()
    /// The length of the address in `storage`.
    public private(set) var length: socklen_t

    /// The address for IPv4 (4 bytes) or IPv6 (16 bytes) `bytes`, network order, and `port`
    /// (host order); nil for any other number of bytes.
    public init?(bytes: [UInt8], port: UInt16) {
        length = 0
        switch bytes.count {
        case 4:
            var sin = sockaddr_in()
            sin.sin_family = sa_family_t(AF_INET)
            sin.sin_port = port.bigEndian
            withUnsafeMutableBytes(of: &sin.sin_addr) { $0.copyBytes(from: bytes) }
            store(sin)
        case 16:
            var sin6 = sockaddr_in6()
            sin6.sin6_family = sa_family_t(AF_INET6)
            sin6.sin6_port = port.bigEndian
            withUnsafeMutableBytes(of: &sin6.sin6_addr) { $0.copyBytes(from: bytes) }
            store(sin6)
        default:
            return nil
        }
    }

    /// An AF_NETLINK address (`sockaddr_nl`, port id 0: the kernel assigns it) that joins the
    /// multicast `groups`, one bit per group (group N is bit N-1).
    public init(netlinkGroups groups: UInt32) {
        length = 0
        length = withUnsafeMutableBytes(of: &storage) { sluice_sockaddr_nl($0.baseAddress, groups) }
    }

    /// An empty buffer for the kernel to fill.
    public init() {
        length = socklen_t(MemoryLayout<sockaddr_storage>.size)
    }

    private mutating func store<Address>(_ address: Address) {
        withUnsafeMutableBytes(of: &storage) { raw in
            withUnsafeBytes(of: address) { raw.copyMemory(from: $0) }
        }
        length = socklen_t(MemoryLayout<Address>.size)
    }

    /// The address family (`AF_INET`, `AF_INET6`, `AF_NETLINK`, or `AF_UNSPEC` while empty).
    public var family: Int32 { Int32(storage.ss_family) }

    /// Calls `body` with the address as a `sockaddr` pointer and its length.
    public func withSockaddr<T, E: Error>(_ body: (UnsafePointer<sockaddr>, socklen_t) throws(E) -> T) throws(E) -> T {
        var copy = storage
        return try withUnsafePointer(to: &copy) { (pointer) throws(E) -> T in
            try pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { (address) throws(E) -> T in
                try body(address, length)
            }
        }
    }

    /// Lets the kernel fill the address (the length is reset to the buffer size first).
    public mutating func fill<T>(_ body: (UnsafeMutablePointer<sockaddr>, UnsafeMutablePointer<socklen_t>) -> T) -> T {
        var filledLength = socklen_t(MemoryLayout<sockaddr_storage>.size)
        let result = withUnsafeMutablePointer(to: &storage) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { body($0, &filledLength) }
        }
        length = filledLength
        return result
    }

    /// The IP address bytes (4 or 16, network order) and port, or nil when the address is not
    /// IPv4 or IPv6.
    public var endpoint: (bytes: [UInt8], port: UInt16)? {
        withUnsafeBytes(of: storage) { raw -> ([UInt8], UInt16)? in
            switch Int32(storage.ss_family) {
            case AF_INET:
                let sin = raw.loadUnaligned(as: sockaddr_in.self)
                return (withUnsafeBytes(of: sin.sin_addr) { Array($0) }, UInt16(bigEndian: sin.sin_port))
            case AF_INET6:
                let sin6 = raw.loadUnaligned(as: sockaddr_in6.self)
                return (withUnsafeBytes(of: sin6.sin6_addr) { Array($0) }, UInt16(bigEndian: sin6.sin6_port))
            default:
                return nil
            }
        }
    }
}
