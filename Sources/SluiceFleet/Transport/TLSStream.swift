import COpenSSL
import Glibc
import SluiceSystem
import Synchronization

/// TLS over a connected socket with OpenSSL: the member's certificate must chain to the CA and
/// name the host (or address) the client connected to.
final class TLSStream: ByteStream, @unchecked Sendable {
    private let socket: StreamSocket
    private let ssl: OpaquePointer
    /// OpenSSL objects are not safe to use from two threads at once; reads and writes never
    /// overlap in the client (one exchange per connection at a time), shutdown only touches the socket.
    private let lock = Mutex(())

    init(socket: StreamSocket, context: TLSContext, host: String) throws(TransportError) {
        guard let ssl = sluice_SSL_new(context.context) else { throw .tls("SSL_new: \(TLSContext.lastError())") }
        self.socket = socket
        self.ssl = ssl
        sluice_SSL_set_fd(ssl, socket.fd)
        let param = sluice_SSL_get0_param(ssl)
        if Self.isAddress(host) {
            sluice_X509_VERIFY_PARAM_set1_ip_asc(param, host)
        } else {
            _ = host.withCString { name in
                sluice_SSL_ctrl(ssl, SSL_CTRL_SET_TLSEXT_HOSTNAME, Int(TLSEXT_NAMETYPE_host_name), UnsafeMutableRawPointer(mutating: name))
            }
            sluice_X509_VERIFY_PARAM_set1_host(param, host, 0)
        }
        guard sluice_SSL_connect(ssl) == 1 else {
            let verify = sluice_SSL_get_verify_result(ssl)
            let reason = verify != X509_V_OK ? String(cString: sluice_X509_verify_cert_error_string(verify)) : TLSContext.lastError()
            // Every property is set, so deinit runs on this throw and frees `ssl`.
            throw .tls("TLS handshake with \(host): \(reason)")
        }
    }

    private static func isAddress(_ host: String) -> Bool {
        var buffer = in6_addr()
        return inet_pton(AF_INET, host, &buffer) == 1 || inet_pton(AF_INET6, host, &buffer) == 1
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        try lock.withLock { _ throws(TransportError) -> Int in
            let count = sluice_SSL_read(ssl, buffer.baseAddress, Int32(min(buffer.count, Int(Int32.max))))
            if count > 0 { return Int(count) }
            let code = sluice_SSL_get_error(ssl, count)
            if code == SSL_ERROR_ZERO_RETURN || (code == SSL_ERROR_SYSCALL && sluice_ERR_peek_error() == 0) { return 0 }
            throw .tls("TLS read: \(TLSContext.lastError())")
        }
    }

    func write(_ bytes: [UInt8]) throws {
        try lock.withLock { _ throws(TransportError) in
            var offset = 0
            while offset < bytes.count {
                let count = bytes.withUnsafeBytes { raw in
                    sluice_SSL_write(ssl, raw.baseAddress.map { $0 + offset }, Int32(bytes.count - offset))
                }
                guard count > 0 else { throw .tls("TLS write: \(TLSContext.lastError())") }
                offset += Int(count)
            }
        }
    }

    func shutdown() { socket.shutdown() }

    func close() { socket.close() }

    deinit { sluice_SSL_free(ssl) }
}
