import Foundation
import SluiceLanguage

/// How a gateway reaches its fleet: the etcd members, its own name, TLS, and the usage sync
/// interval; from `--cluster ...` options or the cluster file (`/etc/sluice/cluster.conf`).
public struct ClusterSettings: Hashable, Sendable {
    /// The file the systemd unit's watcher (and every cluster command) reads when it exists.
    public static let defaultFile = "/etc/sluice/cluster.conf"

    /// The members' client URLs.
    public var endpoints: [Endpoint]
    /// This gateway's name (the CLI's own commands use `cli` when none is given).
    public var gateway: String
    /// TLS settings for `https` endpoints.
    public var tls: TLSSettings
    /// How often the watcher publishes its usage.
    public var syncInterval: Duration

    /// Settings from raw values, checked: every endpoint reads, a plaintext one only when
    /// `plaintext` is set (TLS is the default scheme), the gateway name fits a key.
    public init(endpoints: String, gateway: String, tls: TLSSettings = TLSSettings(), plaintext: Bool = false,
                syncInterval: Duration = .seconds(1)) throws(ClusterSettingsError) {
        var parsed: [Endpoint] = []
        for text in endpoints.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !text.isEmpty {
            let spelled = plaintext && !text.contains("://") ? "http://\(text)" : text
            guard let endpoint = Endpoint(spelled) else { throw .setting("endpoints", "endpoint '\(text)' is not [https://]HOST[:PORT]") }
            if !endpoint.tls && !plaintext {
                throw .setting("endpoints", "endpoint \(endpoint) is plaintext: give --cluster-plaintext (plaintext = yes) to allow it")
            }
            parsed.append(endpoint)
        }
        guard !parsed.isEmpty else { throw .setting("endpoints", "no etcd endpoint given") }
        // A name a policy's `gateway NAME { }` block can give: any other could never have its own egress.
        guard FleetKeys.validGateway(gateway), Keyword.canName(gateway) else {
            throw .setting("gateway", "gateway name '\(gateway)' must be a policy name (1-63 letters, digits, '_' or '-', "
                           + "starting with a letter or '_', not a keyword), as a `gateway NAME { }` block gives it")
        }
        guard syncInterval >= .milliseconds(100) else { throw .setting("sync-interval", "the sync interval must be at least 100ms") }
        self.endpoints = parsed
        self.gateway = gateway
        self.tls = tls
        self.syncInterval = syncInterval
    }

    /// A client for these settings.
    public func client(timeout: Duration = .seconds(2)) throws -> EtcdClient {
        try EtcdClient(endpoints: endpoints, tls: tls, timeout: timeout)
    }
}
