import Foundation

/// The value of `policy/live`: which published version the fleet runs. Small, so that a gateway's
/// watch on it carries no policy text; the version itself is read from its own key.
public struct LivePolicy: Codable, Hashable, Sendable {
    /// The published version's sequence (its key `policy/version/SEQUENCE`).
    public var sequence: Int64
    /// Its hash (the history's: SHA-256 of the table and the policy files).
    public var hash: String

    /// A pointer to a version.
    public init(sequence: Int64, hash: String) {
        self.sequence = sequence
        self.hash = hash
    }
}
