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
    /// Addresses answers gave that their server did not confirm to the watcher (not admitted, or not extended).
    public var unconfirmed = 0
    /// The watcher's own questions a server did not answer in time or refused.
    public var unanswered = 0

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
        func counter(_ name: String, _ help: String, _ value: some BinaryInteger) {
            family(name, "counter", help)
            sample(name, [], String(value))
        }
        family("sluice_names_learned_addresses", "gauge", "Addresses learned from DNS answers that have not expired.")
        sample("sluice_names_learned_addresses", [], String(learnedAddresses))
        counter("sluice_names_answers_held_total", "DNS answers held in the queue until their addresses were admitted.", answersHeld)
        counter("sluice_names_answers_released_total", "Held DNS answers released.", answersReleased)
        family("sluice_names_answers_ignored_total", "counter",
               "Held DNS answers that taught nothing, by reason (untrusted server, unreadable, unlisted name).")
        for reason in ["untrusted", "unreadable", "unlisted"] {
            sample("sluice_names_answers_ignored_total", [("reason", reason)], String(ignored[reason] ?? 0))
        }
        counter("sluice_names_cap_hits_total", "Answers whose name already held `dns addresses per name` addresses.", capHits)
        counter("sluice_names_failed_batches_total", "Batches of learned addresses the kernel refused (they stay denied).", failedBatches)
        counter("sluice_names_unconfirmed_total",
                "Addresses DNS answers gave that their server did not confirm to the watcher's own question (not admitted, or not extended).",
                unconfirmed)
        counter("sluice_names_questions_unanswered_total",
                "The watcher's own questions to a dns server (to confirm an answer) that got no answer within 1 s or were refused.",
                unanswered)
        counter("sluice_names_denied_unexplained_total",
                "Denied connection attempts (logged) to addresses no DNS answer of the last hour gave.", deniedUnexplained)
        counter("sluice_names_cross_group_total",
                "Allowed connections to addresses learned only for names of destinations none of the host's groups is allowed to.",
                crossGroup)
        counter("sluice_names_cross_group_alerts_total", "cross-group alerts sent.", crossGroupAlerts)
        counter("sluice_names_cross_group_suppressed_total", "cross-group alerts held back by the per-minute cap.", crossGroupSuppressed)
        counter("sluice_names_cross_group_unchecked_total",
                "Allowed connections not checked for cross-group addresses (a backlog past its bound).", crossGroupUnchecked)
        family("sluice_names_release_seconds", "summary", "Time from a DNS answer's arrival in the queue to its release.")
        sample("sluice_names_release_seconds_sum", [], String(releaseSumSeconds))
        sample("sluice_names_release_seconds_count", [], String(answersReleased))
        family("sluice_names_release_seconds_max", "gauge", "The longest answer-to-release time since the watcher started.")
        sample("sluice_names_release_seconds_max", [], String(releaseMaxSeconds))
    }
}
