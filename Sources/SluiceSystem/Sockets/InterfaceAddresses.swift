import Glibc

/// The IP addresses of this network namespace's interfaces (`getifaddrs`), as network-order bytes:
/// 4 for IPv4, 16 for IPv6. Call it in the namespace meant: the answer is the calling thread's.
public enum InterfaceAddresses {
    /// Every interface address, in the order the kernel lists them.
    public static func current() throws(SystemError) -> [[UInt8]] {
        var list: UnsafeMutablePointer<ifaddrs>?
        try SystemCall.retrying("getifaddrs") { getifaddrs(&list) }
        defer { freeifaddrs(list) }
        var out: [[UInt8]] = []
        var entry = list
        while let current = entry {
            defer { entry = current.pointee.ifa_next }
            guard let address = current.pointee.ifa_addr else { continue }
            switch Int32(address.pointee.sa_family) {
            case AF_INET:
                address.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { v4 in
                    withUnsafeBytes(of: v4.pointee.sin_addr) { out.append(Array($0)) }
                }
            case AF_INET6:
                address.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { v6 in
                    withUnsafeBytes(of: v6.pointee.sin6_addr) { out.append(Array($0)) }
                }
            default:
                continue
            }
        }
        return out
    }
}
