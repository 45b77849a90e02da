import SluiceSystem

extension SocketAddress {
    /// The socket address for `address` and `port` (host byte order).
    init(_ address: LabAddress, port: UInt16) {
        // A LabAddress has 4 or 16 bytes, which is all `init(bytes:port:)` refuses; the fallback
        // (an empty address, which every call rejects) keeps this non-failable without a force unwrap.
        self = SocketAddress(bytes: address.bytes, port: port) ?? SocketAddress()
    }

    /// The address and port as a `LabAddress`, or nil when the kernel filled in something other
    /// than IPv4/IPv6.
    var labEndpoint: (address: LabAddress, port: UInt16)? {
        guard let endpoint, let address = LabAddress(bytes: endpoint.bytes) else { return nil }
        return (address, endpoint.port)
    }
}
