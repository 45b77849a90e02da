/// How the etcd client checks the cluster and proves who it is: the certificate authority that
/// signed the members' certificates and, when the cluster asks for client certificates, this
/// gateway's certificate and key (PEM files).
public struct TLSSettings: Hashable, Sendable, Codable {
    /// The CA bundle the members' certificates must chain to; nil: the system's trust store.
    public var caFile: String?
    /// The client certificate (chain), for clusters that require client certificates.
    public var certFile: String?
    /// The client certificate's private key.
    public var keyFile: String?

    /// Creates settings.
    public init(caFile: String? = nil, certFile: String? = nil, keyFile: String? = nil) {
        self.caFile = caFile
        self.certFile = certFile
        self.keyFile = keyFile
    }
}
