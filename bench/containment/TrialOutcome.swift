/// One trial: a fresh host sends until its quota is spent; how long until it was isolated.
struct TrialOutcome {
    /// The host's address.
    var source: String
    var path: ContainmentPath
    /// Datagrams echoed before the one that spent the quota.
    var echoed: Int
    /// Seconds from sending the datagram that spent the quota to the host entering the isolation
    /// set; nil when it was not isolated in time (then `problem` says why).
    var latency: Double?
    var problem: String?
}
