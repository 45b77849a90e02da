import Foundation

/// What `sluice status --json` prints, as far as the tests read it; decoding it checks the names
/// of the members scripts rely on.
struct StatusJSON: Decodable, Sendable {
    /// One quota and its hosts.
    struct Quota: Decodable, Sendable {
        var id: String
        var budget: UInt64
        var resets: Date
        var hosts: [Usage]
    }

    /// One host's usage of a quota.
    struct Usage: Decodable, Sendable {
        var host: String
        var used: UInt64
        var budget: UInt64
        var share: Double
        var spent: Bool
        /// A user's login name.
        var name: String?
    }

    /// One contained host.
    struct Containment: Decodable, Sendable {
        var host: String
        var level: String
        var since: Date?
        var expires: Date?
        var reason: String
        var origin: String
        /// A user's login name.
        var name: String?
    }

    var table: String
    var time: Date
    var quotas: [Quota]
    var containments: [Containment]

    /// The usage of `host` under quota `id`, if it has any.
    func usage(_ host: String, quota id: String) -> Usage? {
        quotas.first { $0.id == id }?.hosts.first { $0.host == host }
    }

    /// The quota `id`.
    func quota(_ id: String) -> Quota? {
        quotas.first { $0.id == id }
    }

    /// The containments of `host`.
    func containments(of host: String) -> [Containment] {
        containments.filter { $0.host == host }
    }
}
