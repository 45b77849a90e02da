import Foundation
import Logging
import SluiceCompiler

/// The watcher's logic: follows quota usage, contains hosts that spend a quota, notices expiries,
/// counts denied attempts, and says what to write and whom to alert.
///
/// Not thread-safe: `WatchService` keeps it behind a lock. Kernel changes that contain a host are
/// made inside the calls that decide them; everything slow (store writes, alerts) comes back as
/// `WatchEffect`s for the caller to run elsewhere. Time comes only from the clock, so tests drive it.
public final class WatchEngine {
    /// The Sluice table.
    public let table: String
    let configuration: WatchConfiguration
    let kernel: any WatchKernel
    let store: any WatchStore
    let clock: any WatchClock
    let logger: Logger
    var index: PolicyIndex
    /// Per quota id.
    var bindings: [String: BindingState] = [:]
    var containments: [ContainmentKey: ContainmentState] = [:]
    /// Containments from the fleet whose kernel write failed: tried again at every poll, as a
    /// quota's containment is, until written, released or expired.
    var unenforcedFleet: [ContainmentKey: StoredContainment] = [:]
    /// Containments of management hosts the fleet asked for and this gateway refused (logged once).
    var refusedManagement: Set<ContainmentKey> = []
    /// Contained hosts whose link-layer address answers for too many addresses (logged once).
    var warnedSiblings: Set<HostID> = []
    /// Incidents already acted on (host or group total, quota, window).
    var handled: Set<IncidentKey> = []
    /// Would-contain incidents (audited hosts), apart from `handled`: when the group stops auditing
    /// within the window, its hosts that spent the quota are contained then.
    var auditHandled: Set<IncidentKey> = []
    var denied: DeniedTracker
    /// Learned quotas' hourly bytes not yet written to the store.
    var pendingHours = PendingHours()
    /// The hourly history learned limits are computed from, read from the store at start and
    /// reload and kept up to date with what the engine records (nil: not read yet).
    var history: HourlyHistory?
    /// Moves on at every containment the engine adds (see `ContainmentState.generation`).
    var generation: UInt64 = 0
    var lastFlush: Date
    var incidentsTotal: UInt64 = 0
    var lastPollSeconds: Double?
    /// Since when the table has been gone, as the polls found it; nil while it is there.
    var tableMissingSince: Date?
    /// When the per-host sets are next read in full, and whether something asked for it sooner.
    var nextSweep = Date.distantPast
    var sweepRequested = true
    /// What the last poll without a sweep cost the polling thread: the part of every poll that
    /// is not reading the per-host sets, which the sweep's pacing leaves out.
    var plainPollCPU: Duration = .zero
    /// The store version the live policy came from, when known.
    public internal(set) var liveVersion: Int64?
    /// Whether `start()` has run.
    public internal(set) var started = false

    /// Runs `body` on a binding's state moved out of `bindings`, and puts it back. A copy mutated
    /// while the dictionary still holds the original would copy every per-host table it touches
    /// (10,000 hosts: at every poll, and at every quota event).
    @discardableResult
    func updateBinding<T>(_ id: String, _ body: (inout BindingState) throws -> T) rethrows -> T? {
        guard var state = bindings.removeValue(forKey: id) else { return nil }
        defer { bindings[id] = state }
        return try body(&state)
    }

    /// Creates an engine for a compiled policy; call `start()` before anything else.
    public init(compiled: CompiledPolicy, version: Int64? = nil, configuration: WatchConfiguration,
                kernel: any WatchKernel, store: any WatchStore, clock: any WatchClock = SystemClock(),
                logger: Logger = Logger(label: "sluice.watch")) {
        table = configuration.table
        self.configuration = configuration
        self.kernel = kernel
        self.store = store
        self.clock = clock
        self.logger = logger
        index = PolicyIndex(compiled: compiled, table: configuration.table)
        denied = DeniedTracker(threshold: configuration.deniedThreshold, interval: configuration.deniedInterval,
                               capacity: configuration.deniedTrackedHosts,
                               recentLimit: configuration.deniedRecentDestinations)
        lastFlush = clock.now()
        liveVersion = version
    }

    /// The live compiled policy.
    public var compiledPolicy: CompiledPolicy { index.compiled }

    /// The window marks of every binding: the window each one's kernel counters belong to.
    var windowMarks: [String: Int64] {
        bindings.mapValues(\.window.start)
    }

    /// The binding states in policy order.
    var orderedBindings: [BindingState] {
        index.bindings.compactMap { bindings[$0.id] }
    }
}
