import SluiceCompiler
import SluiceStore

/// The budget a host had in a window of a quota: for a learned (`Nx usual`) quota, the host's own
/// limit, which the floor in the policy only bounds from below, so that a host within its learned
/// limit is not reported as having spent it.
struct LearnedBudgets {
    struct Key: Hashable {
        var quota: String
        var host: String
    }

    /// Limits known for one window: the watcher's record of the current window, and the budget an
    /// incident carried.
    private var exact: [Key: [Int64: UInt64]] = [:]
    /// The latest limit the watcher recorded for the host.
    private var latest: [Key: (windowStart: Int64, limit: UInt64)] = [:]

    init(limits: [BaselineLimitRecord], incidents: [Incident]) {
        for record in limits {
            let key = Key(quota: record.quotaID, host: record.host)
            exact[key, default: [:]][record.windowStart] = record.limit
            if record.windowStart >= latest[key]?.windowStart ?? .min { latest[key] = (record.windowStart, record.limit) }
        }
        for incident in incidents where incident.budget > 0 {
            exact[Key(quota: incident.quotaID, host: incident.host), default: [:]][incident.windowStart] = incident.budget
        }
    }

    /// The host's budget in the window starting at `windowStart`. The store keeps a learned limit for
    /// the current window only; an earlier window without an incident gets the host's latest limit,
    /// which follows the host's usual volume closer than the floor does.
    func budget(_ quota: QuotaBinding, host: String, windowStart: Int64) -> UInt64 {
        guard quota.learned != nil, host != "*" else { return quota.bytes }
        let key = Key(quota: quota.id, host: host)
        return exact[key]?[windowStart] ?? latest[key]?.limit ?? quota.bytes
    }
}
