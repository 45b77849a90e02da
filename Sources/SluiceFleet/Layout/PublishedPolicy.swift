import Foundation
import SluiceLanguage

/// One policy version as the fleet keeps it under `policy/version/SEQUENCE`: the record a
/// gateway's local history keeps (files, hash, message, user, kind), plus the compiled policy in
/// its stored form (`CompiledPolicyParts.blob`) as the publisher compiled it, without a gateway.
/// Each gateway compiles the files again for itself (its `gateway NAME` block, its users) and
/// applies them through the same path as `sluice apply`.
public struct PublishedPolicy: Codable, Hashable, Sendable {
    /// How many versions the fleet keeps for `history --cluster` and `rollback --cluster`.
    public static let kept: Int64 = 20

    /// Increasing by one with every publish.
    public var sequence: Int64
    /// SHA-256 of the table and the files (`TableOperations.hash`).
    public var hash: String
    public var message: String
    /// Who published it (login name) and from which gateway (or `cli`).
    public var user: String
    public var publisher: String
    public var time: Date
    /// `apply` or `rollback`.
    public var kind: String
    /// For a rollback: the sequence of the version restored.
    public var rolledBackTo: Int64?
    /// The policy files, the root first.
    public var sources: [SourceFile]
    /// The compiled policy's stored form.
    public var compiled: Data

    /// A version record.
    public init(sequence: Int64, hash: String, message: String, user: String, publisher: String, time: Date,
                kind: String, rolledBackTo: Int64? = nil, sources: [SourceFile], compiled: Data) {
        self.sequence = sequence
        self.hash = hash
        self.message = message
        self.user = user
        self.publisher = publisher
        self.time = time
        self.kind = kind
        self.rolledBackTo = rolledBackTo
        self.sources = sources
        self.compiled = compiled
    }

    /// The JSON value (`FleetJSON`).
    public func encoded() throws -> Data { try FleetJSON.encode(self) }

    /// Reads a value; nil when it is not a version record.
    public static func decode(_ data: Data) -> PublishedPolicy? { FleetJSON.decode(PublishedPolicy.self, data) }
}
