import COpenSSL

/// An OpenSSL client context configured once from `TLSSettings` (the first one loads libssl): peer verification always on,
/// TLS 1.2 at least, the client certificate loaded when one is given. Shared by every connection
/// of a client (OpenSSL allows that once the context is configured).
final class TLSContext: @unchecked Sendable {
    let context: OpaquePointer

    init(_ settings: TLSSettings) throws(TransportError) {
        var reason = [CChar](repeating: 0, count: 256)
        guard sluice_tls_load(&reason, reason.count) == 1 else {
            throw .tls("cannot load the system's OpenSSL (libssl.so.3, Debian's libssl3): "
                       + String(decoding: reason.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))
        }
        guard let context = sluice_SSL_CTX_new(sluice_TLS_client_method()) else { throw .tls("SSL_CTX_new: \(Self.lastError())") }
        self.context = context
        sluice_SSL_CTX_ctrl(context, SSL_CTRL_SET_MIN_PROTO_VERSION, Int(TLS1_2_VERSION), nil)
        sluice_SSL_CTX_set_verify(context, SSL_VERIFY_PEER, nil)
        if let ca = settings.caFile {
            guard sluice_SSL_CTX_load_verify_locations(context, ca, nil) == 1 else {
                throw .tls("cannot read the CA file \(ca): \(Self.lastError())")
            }
        } else if sluice_SSL_CTX_set_default_verify_paths(context) != 1 {
            throw .tls("cannot read the system's trust store: \(Self.lastError())")
        }
        switch (settings.certFile, settings.keyFile) {
        case (nil, nil):
            break
        case (let cert?, let key?):
            guard sluice_SSL_CTX_use_certificate_chain_file(context, cert) == 1 else {
                throw .tls("cannot read the client certificate \(cert): \(Self.lastError())")
            }
            guard sluice_SSL_CTX_use_PrivateKey_file(context, key, SSL_FILETYPE_PEM) == 1,
                  sluice_SSL_CTX_check_private_key(context) == 1 else {
                throw .tls("cannot use the client key \(key): \(Self.lastError())")
            }
        default:
            throw .tls("a client certificate needs both --cluster-cert and --cluster-key")
        }
    }

    deinit { sluice_SSL_CTX_free(context) }

    /// OpenSSL's queued error, as text, and clears the queue.
    static func lastError() -> String {
        let code = sluice_ERR_get_error()
        sluice_ERR_clear_error()
        guard code != 0 else { return "unknown error" }
        var buffer = [CChar](repeating: 0, count: 256)
        sluice_ERR_error_string_n(code, &buffer, buffer.count)
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
