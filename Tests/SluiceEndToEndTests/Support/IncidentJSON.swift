import Foundation

/// One incident as `sluice incidents --json` prints it, as far as the tests read it.
struct IncidentJSON: Decodable, Sendable {
    var id: Int64
    var time: Date
    var host: String
    var quotaID: String
    var bytesUsed: UInt64
    var budget: UInt64
    var actions: [String]
    var containmentExpires: Date?
    /// A user's login name.
    var userName: String?
}
