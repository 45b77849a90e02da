/// The policy's keys (docs/fleet.md, "Key layout"):
///
/// - `policy/live`: which published version the fleet runs (`LivePolicy`); every publish is an
///   etcd transaction conditioned on this key's mod revision as the publisher read it;
/// - `policy/version/SEQUENCE`: one published version (`PublishedPolicy`), the last
///   `PublishedPolicy.kept` of them;
/// - `gateway/NAME`: what gateway NAME last did with the live version (`GatewayReport`).
extension FleetKeys {
    /// The live version's pointer.
    public var policyLive: String { root + "policy/live" }
    /// Every published version.
    public var policyVersions: String { root + "policy/version/" }
    /// Every gateway's report.
    public var gatewayReports: String { root + "gateway/" }

    /// A published version's key: its sequence zero-padded, so that keys sort as versions do.
    public func policyVersion(_ sequence: Int64) -> String {
        let digits = String(sequence)
        return policyVersions + String(repeating: "0", count: max(0, 10 - digits.count)) + digits
    }

    /// A gateway's report.
    public func gatewayReport(_ gateway: String) -> String { gatewayReports + gateway }

    /// etcd's limit on one request (its default `--max-request-bytes`, 1.5 MiB): a publish above
    /// it is refused by Sluice before etcd sees it.
    public static let requestLimit = 1_572_864
}
