/// The name service's figures since the watcher started (only a running watcher with a policy
/// that lists names has them).
public struct NameFigures: Hashable, Sendable {
    /// Unexpired learned addresses, counted once per name.
    public var learnedAddresses: Int
    /// Held answers read from the queue.
    public var answersHeld: Int
    /// Held answers released (all but those whose release failed).
    public var answersReleased: UInt64
    /// Answers that taught nothing, by reason (`untrusted`, `unreadable`, `unlisted`).
    public var ignored: [String: Int]
    /// Refusals by `dns addresses per name`.
    public var capHits: Int
    /// Batches of addresses the kernel refused (those addresses stayed denied).
    public var failedBatches: Int
    /// Denied attempts to addresses no recent answer gave.
    public var deniedUnexplained: Int
    /// The longest and the total answer-to-release time, in seconds.
    public var releaseMaxSeconds: Double
    public var releaseSumSeconds: Double
    /// Allowed connections (each host and address once per flow read) to addresses learned only
    /// for other groups' destinations; the alerts about them that went out, those the per-minute
    /// cap held back, and allowed connections never checked (a backlog past its bound).
    public var crossGroup = 0
    public var crossGroupAlerts = 0
    public var crossGroupSuppressed = 0
    public var crossGroupUnchecked = 0

    /// Creates figures.
    public init(learnedAddresses: Int, answersHeld: Int, answersReleased: UInt64, ignored: [String: Int], capHits: Int,
                failedBatches: Int, deniedUnexplained: Int, releaseMaxSeconds: Double, releaseSumSeconds: Double) {
        self.learnedAddresses = learnedAddresses
        self.answersHeld = answersHeld
        self.answersReleased = answersReleased
        self.ignored = ignored
        self.capHits = capHits
        self.failedBatches = failedBatches
        self.deniedUnexplained = deniedUnexplained
        self.releaseMaxSeconds = releaseMaxSeconds
        self.releaseSumSeconds = releaseSumSeconds
    }

    /// The Prometheus families of these figures.
    func families(family: (String, String, String) -> Void, sample: (String, [(String, String)], String) -> Void) {
        family("sluice_names_learned_addresses", "gauge", "Addresses learned from DNS answers that have not expired.")
        sample("sluice_names_learned_addresses", [], String(learnedAddresses))
        family("sluice_names_answers_held_total", "counter", "DNS answers held in the queue until their addresses were admitted.")
        sample("sluice_names_answers_held_total", [], String(answersHeld))
        family("sluice_names_answers_released_total", "counter", "Held DNS answers released.")
        sample("sluice_names_answers_released_total", [], String(answersReleased))
        family("sluice_names_answers_ignored_total", "counter",
               "Held DNS answers that taught nothing, by reason (untrusted server, unreadable, unlisted name).")
        for reason in ["untrusted", "unreadable", "unlisted"] {
            sample("sluice_names_answers_ignored_total", [("reason", reason)], String(ignored[reason] ?? 0))
        }
        family("sluice_names_cap_hits_total", "counter", "Answers whose name already held `dns addresses per name` addresses.")
        sample("sluice_names_cap_hits_total", [], String(capHits))
        family("sluice_names_failed_batches_total", "counter", "Batches of learned addresses the kernel refused (they stay denied).")
        sample("sluice_names_failed_batches_total", [], String(failedBatches))
        family("sluice_names_denied_unexplained_total", "counter",
               "Denied connection attempts (logged) to addresses no DNS answer of the last hour gave.")
        sample("sluice_names_denied_unexplained_total", [], String(deniedUnexplained))
        family("sluice_names_cross_group_total", "counter",
               "Allowed connections to addresses learned only for names of destinations none of the host's groups is allowed to.")
        sample("sluice_names_cross_group_total", [], String(crossGroup))
        family("sluice_names_cross_group_alerts_total", "counter", "cross-group alerts sent.")
        sample("sluice_names_cross_group_alerts_total", [], String(crossGroupAlerts))
        family("sluice_names_cross_group_suppressed_total", "counter", "cross-group alerts held back by the per-minute cap.")
        sample("sluice_names_cross_group_suppressed_total", [], String(crossGroupSuppressed))
        family("sluice_names_cross_group_unchecked_total", "counter",
               "Allowed connections not checked for cross-group addresses (a backlog past its bound).")
        sample("sluice_names_cross_group_unchecked_total", [], String(crossGroupUnchecked))
        family("sluice_names_release_seconds", "summary", "Time from a DNS answer's arrival in the queue to its release.")
        sample("sluice_names_release_seconds_sum", [], String(releaseSumSeconds))
        sample("sluice_names_release_seconds_count", [], String(answersReleased))
        family("sluice_names_release_seconds_max", "gauge", "The longest answer-to-release time since the watcher started.")
        sample("sluice_names_release_seconds_max", [], String(releaseMaxSeconds))
    }
}
