import ArgumentParser
import Foundation
import SluiceFleet

/// What every cluster command takes (`sluice watch`, `block`, `isolate`, `release`): the etcd
/// members and this gateway's name, TLS files, or the cluster file that holds them (read when it
/// exists; options override it). Without either, the command works on this gateway alone.
struct ClusterOptions: ParsableArguments {
    @Option(name: .customLong("cluster"), help: ArgumentHelp(
        "The fleet's etcd members: comma-separated client URLs (https://HOST:PORT; TLS unless --cluster-plaintext).",
        valueName: "endpoints"))
    var endpoints: String?

    @Option(help: "This gateway's name in the fleet: a policy name (1-63 letters, digits, '_', '-'), as its gateway block gives it.")
    var gateway: String?

    @Option(name: .customLong("cluster-ca"), help: "The CA bundle etcd's member certificates chain to (PEM).")
    var caFile: String?

    @Option(name: .customLong("cluster-cert"), help: "This gateway's client certificate for etcd (PEM).")
    var certFile: String?

    @Option(name: .customLong("cluster-key"), help: "The client certificate's private key (PEM).")
    var keyFile: String?

    @Flag(name: .customLong("cluster-plaintext"), help: "Speak to etcd without TLS (a test bed only).")
    var plaintext = false

    @Option(name: .customLong("cluster-config"), help: ArgumentHelp(
        "The cluster file (default \(ClusterSettings.defaultFile), read when it exists).", valueName: "path"))
    var configFile: String?

    /// Whether the fleet was named on the command line (`--cluster` or `--cluster-config`):
    /// `apply`, `rollback`, `status` and `history` work on the fleet only then, so that on a
    /// gateway whose cluster file exists they still work on the gateway itself by default.
    var named: Bool { endpoints != nil || configFile != nil }

    /// The settings, or nil when this gateway is not part of a fleet. `defaultGateway` names an
    /// operator's command that has no gateway of its own.
    func settings(defaultGateway: String? = nil) throws(ClusterSettingsError) -> ClusterSettings? {
        var file: ClusterFile?
        if let configFile {
            file = try ClusterFile(path: configFile)
        } else if endpoints == nil, FileManager.default.fileExists(atPath: ClusterSettings.defaultFile) {
            file = try ClusterFile(path: ClusterSettings.defaultFile)
        }
        guard let endpoints = endpoints ?? file?.values["endpoints"] else {
            if file != nil { throw .invalid("the cluster file \(file?.path ?? "") sets no endpoints") }
            return nil
        }
        guard let name = gateway ?? file?.values["gateway"] ?? defaultGateway else {
            throw .invalid("--cluster needs --gateway NAME (or gateway = NAME in the cluster file)")
        }
        let tls = TLSSettings(caFile: caFile ?? file?.values["ca"], certFile: certFile ?? file?.values["cert"],
                              keyFile: keyFile ?? file?.values["key"])
        try checkTLSFiles(tls, file: file)
        let filePlaintext = try file?.flag("plaintext") ?? false
        let syncInterval = try file?.duration("sync-interval") ?? .seconds(1)
        do {
            return try ClusterSettings(endpoints: endpoints, gateway: name, tls: tls, plaintext: plaintext || filePlaintext,
                                       syncInterval: syncInterval)
        } catch .setting(let setting, let text) {
            throw located(setting, text, file: file)
        }
    }

    /// The option that overrides each cluster-file setting.
    private func option(_ setting: String) -> String? {
        switch setting {
        case "endpoints": endpoints
        case "gateway": gateway
        case "ca": caFile
        case "cert": certFile
        case "key": keyFile
        default: nil
        }
    }

    /// A refused setting's message at its line of the cluster file when the value came from there
    /// (no option overrode it), else as it is.
    private func located(_ setting: String, _ text: String, file: ClusterFile?) -> ClusterSettingsError {
        guard option(setting) == nil, let file, let line = file.line(of: setting) else { return .invalid(text) }
        return .file(path: file.path, line: line, text)
    }

    /// The TLS files must exist (also those a plaintext fleet does not use: a name that points
    /// nowhere is a mistake to say at once), and a certificate goes with its key.
    private func checkTLSFiles(_ tls: TLSSettings, file: ClusterFile?) throws(ClusterSettingsError) {
        for (setting, path) in [("ca", tls.caFile), ("cert", tls.certFile), ("key", tls.keyFile)] {
            guard let path, !FileManager.default.isReadableFile(atPath: path) else { continue }
            throw located(setting, "cannot read the \(setting) file \(path)", file: file)
        }
        switch (tls.certFile, tls.keyFile) {
        case (.some, nil): throw located("cert", "a client certificate needs its key (key = PATH, or --cluster-key)", file: file)
        case (nil, .some): throw located("key", "a client key needs its certificate (cert = PATH, or --cluster-cert)", file: file)
        default: break
        }
    }
}
