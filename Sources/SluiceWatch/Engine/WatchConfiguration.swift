/// The watcher's settings; the defaults are the documented ones.
public struct WatchConfiguration: Hashable, Sendable {
    /// The Sluice table (`--table`).
    public var table: String
    /// How often every binding's usage is read from the kernel.
    public var pollInterval: Duration
    /// How often changed usage is written to the store between exceeds and rollovers.
    public var flushInterval: Duration
    /// Denied attempts within `deniedInterval` that make a host worth an alert.
    public var deniedThreshold: Int
    /// The sliding interval of the denied-attempt threshold, and the least time between two
    /// `denied` alerts for one host.
    public var deniedInterval: Duration
    /// Most hosts whose denied attempts are tracked at once (the least recently seen go first).
    public var deniedTrackedHosts: Int
    /// Destinations kept per host for the `denied` alert.
    public var deniedRecentDestinations: Int
    /// How long an `alert exec` program may run before it is killed.
    public var alertTimeout: Duration
    /// Most runs of one `alert exec` program at once (each program has its own).
    public var alertConcurrency: Int
    /// Most alerts waiting for one `alert exec` program (each program has its own queue, and so
    /// do `alert log` lines); beyond it new ones are dropped (counted and logged), never waited for.
    public var alertQueueLimit: Int
    /// How often the node_exporter metrics file is rewritten (each write is synced to disk).
    public var textfileInterval: Duration
    /// The largest share of the time the poll may spend reading every host's usage. A poll reads
    /// quota objects and containment sets every time; the per-host sets (10,000 hosts: tens of
    /// milliseconds of kernel time) are read in full as often as this share allows, every poll on
    /// a small site; 1 or more reads them every poll. Events, lost events, table changes and window
    /// boundaries read them at once. The default, half a percent of a core, leaves the other half
    /// of the watcher's 2% budget at 10,000 hosts to the store's flush (bench/WATCH.md); the
    /// longest interval below bounds how stale the reading gets.
    public var sweepShare: Double
    /// The longest time between two full reads, whatever they cost: how late, at most, the poll
    /// finds a host whose quota event was lost.
    public var sweepMaxInterval: Duration
    /// How long a containment element may be missing from the kernel, while the store still holds
    /// it, before the watcher puts it back (an operator's release removes both within this time).
    public var containmentRestoreGrace: Duration
    /// How often flow accounting reads (and resets) every live connection's counters: long-lived
    /// connections' bytes land in the hour they were sent, at most this late.
    public var flowReadInterval: Duration
    /// How long flow rollups are kept.
    public var flowRetention: Duration
    /// Fleet (`--cluster`): how often this gateway publishes its usage (and sweeps to have it fresh).
    public var fleetSyncInterval: Duration = .seconds(1)
    /// How often the watcher tries again to listen on `--metrics-address` after it could not.
    public var metricsRetryInterval: Duration = .seconds(30)

    /// Creates a configuration with the documented defaults.
    public init(table: String = "sluice", pollInterval: Duration = .seconds(1), flushInterval: Duration = .seconds(10),
                deniedThreshold: Int = 5, deniedInterval: Duration = .seconds(60), deniedTrackedHosts: Int = 4096,
                deniedRecentDestinations: Int = 5, alertTimeout: Duration = .seconds(10), alertConcurrency: Int = 4,
                alertQueueLimit: Int = 1000, textfileInterval: Duration = .seconds(10),
                containmentRestoreGrace: Duration = .seconds(2), sweepShare: Double = 0.005,
                sweepMaxInterval: Duration = .seconds(3), flowReadInterval: Duration = .seconds(60),
                flowRetention: Duration = .seconds(35 * 86_400)) {
        self.table = table
        self.pollInterval = pollInterval
        self.flushInterval = flushInterval
        self.deniedThreshold = deniedThreshold
        self.deniedInterval = deniedInterval
        self.deniedTrackedHosts = deniedTrackedHosts
        self.deniedRecentDestinations = deniedRecentDestinations
        self.alertTimeout = alertTimeout
        self.alertConcurrency = alertConcurrency
        self.alertQueueLimit = alertQueueLimit
        self.textfileInterval = textfileInterval
        self.containmentRestoreGrace = containmentRestoreGrace
        self.sweepShare = sweepShare
        self.sweepMaxInterval = sweepMaxInterval
        self.flowReadInterval = flowReadInterval
        self.flowRetention = flowRetention
    }
}
