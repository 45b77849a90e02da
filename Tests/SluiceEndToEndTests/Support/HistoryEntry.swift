/// One row of `sluice history --json`.
struct HistoryEntry: Decodable, Hashable, Sendable {
    let id: Int64
    let time: String
    let user: String
    let hash: String
    /// `apply`, `rollback` or `auto-rollback`.
    let kind: String
    let rolledBackTo: Int64?
    let message: String
    let live: Bool

    enum CodingKeys: String, CodingKey {
        case id, time, user, hash, kind, message, live
        case rolledBackTo = "rolled_back_to"
    }
}
