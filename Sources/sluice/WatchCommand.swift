import ArgumentParser
import Logging
import ServiceLifecycle
import SluiceCompiler
import SluiceFleet
import SluiceOperations
import SluiceStore
import SluiceWatch

/// `sluice watch`: the daemon that follows quotas, contains hosts and alerts.
struct WatchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Follow quota usage, contain hosts that exceed a quota, and send alerts.",
        discussion: """
            Follows the policy applied with `sluice apply` (a new apply, or SIGHUP, is picked up \
            without a restart). Usage is kept in the state directory and put back into the kernel at \
            start, so a restart or a reboot loses no accounting. Alerts with `alert log` are printed \
            on standard output, one JSON object per line; the log goes to standard error. SIGTERM \
            stops it cleanly. Containment lives in the kernel with its timeout, so it holds while the \
            watcher is down.

            It also accounts every egress flow (bytes per host, destination and port, allowed or \
            would-deny) from conntrack, whose byte counters it turns on, and keeps hourly rollups for \
            `sluice report` and `sluice learn`.

            Example: sluice watch --metrics-address 127.0.0.1:9812
            """
    )

    @Option(help: "How often usage is read from the kernel (e.g. 1s, 500ms is not accepted: whole seconds).")
    var poll: DurationArgument?

    @Option(help: "How often usage is written to the state directory between events.")
    var flush: DurationArgument?

    @Option(help: "Denied attempts per minute from one host that raise a `denied` alert.")
    var deniedThreshold: Int?

    @Option(help: ArgumentHelp(
        "Serve Prometheus metrics over HTTP on HOST:PORT (GET /metrics).",
        discussion: "HOST is an IP address; :PORT alone (or localhost:PORT) listens on 127.0.0.1 and ::1 only. "
            + "Give 0.0.0.0:PORT or [::]:PORT to serve every interface."))
    var metricsAddress: String?

    @Option(help: ArgumentHelp(
        "Write Prometheus metrics to this node_exporter textfile instead (or as well).",
        discussion: "An existing regular file or a new name in an existing directory; a symbolic link, a device "
            + "or a directory is refused."))
    var metricsFile: String?

    @Option(help: ArgumentHelp(
        "How long an `alert exec` program may run before it is killed.",
        discussion: "It is killed with its whole process group (SIGKILL), as is whatever it leaves running when it "
            + "exits. Each program runs at most 4 alerts at once and queues at most 1000; more are dropped, "
            + "logged and counted in sluice_alerts_dropped_total, so a program that hangs delays no other."))
    var alertTimeout: DurationArgument?

    @Option(name: .customLong("flow-read"), help: ArgumentHelp(
        "How often every live connection's byte counters are read (and reset) for flow accounting.",
        discussion: "Connections that end are counted at once; long-lived ones at this interval. Default 60s."))
    var flowRead: DurationArgument?

    @Option(name: .customLong("flow-retention"), help: "How long hourly flow rollups are kept (default 35d).")
    var flowRetention: DurationArgument?

    @Flag(name: .customLong("no-flows"), help: "Do not account flows (no conntrack counters, no report or learn data).")
    var noFlows = false

    @OptionGroup var cluster: ClusterOptions

    @OptionGroup var global: GlobalOptions

    func validate() throws {
        // It was raised to 1 without a word.
        if let deniedThreshold, deniedThreshold < 1 { throw ValidationError("--denied-threshold must be at least 1") }
    }

    func run() async throws {
        DaemonMemory.tuneForDaemon()
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = .info
            // Log lines carry alert programs' output and other untrusted text: escaped and clipped.
            return SafeLogHandler(handler)
        }
        let logger = Logger(label: "sluice.watch")
        var configuration = configured()
        let (address, textfile, settings, fleet) = try checkedOptions(&configuration)
        let service: WatchService
        let store: SluiceStore
        let follower: PolicyFollower?
        let watcherLock = try lock()
        defer { watcherLock.release() }
        do {
            store = try SluiceStore(directory: global.stateDirectory)
            follower = try settings.map { try FleetPolicyApplier(table: global.table, gateway: $0.gateway, store: store).follower($0) }
            guard let live = try store.liveVersion(table: global.table) else {
                Output.err("error: no policy is applied to table \(global.table) yet (sluice apply POLICY first)\n")
                throw SluiceExit.refused
            }
            let compiled = try store.compiledPolicy(ofVersion: live.id)
            let kernel = try NetfilterWatchKernel(cacheDirectory: store.privateAppliedPictures)
            let events = try followEvents(group: compiled.log.group)
            let flows = startFlows(logger: logger)
            // Bound to the queue only while the live policy lists names (and rebound as it changes).
            let names = try NetfilterNameKernel(table: global.table)
            service = WatchService(configuration: configuration, kernel: kernel, events: events, flows: flows,
                                   store: SluiceStoreAdapter(store), metricsAddress: address,
                                   metricsTextfile: textfile, fleet: fleet, names: names, logger: logger)
        } catch let exit as ExitCode {
            throw exit
        } catch {
            Output.err("error: \(error)\n")
            throw SluiceExit.system
        }
        let group = ServiceGroup(configuration: ServiceGroupConfiguration(
            services: [.init(service: service, successTerminationBehavior: .gracefullyShutdownGroup,
                             failureTerminationBehavior: .gracefullyShutdownGroup),
                       .init(service: ConfirmationGuard(table: global.table, store: store, logger: logger))],
            gracefulShutdownSignals: [.sigterm, .sigint],
            logger: logger))
        try FleetPolicyApplier.start(follower)
        defer { follower?.stop() }
        do {
            try await group.run()
        } catch {
            logger.error("watcher stopped: \(error)")
            throw SluiceExit.system
        }
    }

    /// The watcher's configuration with the command's options applied.
    private func configured() -> WatchConfiguration {
        var configuration = WatchConfiguration(table: global.table)
        if let poll { configuration.pollInterval = .seconds(Int64(poll.seconds)) }
        if let flush { configuration.flushInterval = .seconds(Int64(flush.seconds)) }
        if let deniedThreshold { configuration.deniedThreshold = deniedThreshold }
        if let alertTimeout { configuration.alertTimeout = .seconds(Int64(alertTimeout.seconds)) }
        if let flowRead { configuration.flowReadInterval = .seconds(Int64(flowRead.seconds)) }
        if let flowRetention { configuration.flowRetention = .seconds(Int64(flowRetention.seconds)) }
        return configuration
    }

    /// The table's watcher lock; refused (exit 1) while another watcher holds it.
    private func lock() throws -> WatcherLock {
        do {
            return try WatcherLock(directory: global.stateDirectory, table: global.table)
        } catch let error where error.reason.isLockHeld {
            Output.err("error: another watcher already follows table \(global.table)"
                       + (error.reason.lockHolder.map { " (pid \($0))" } ?? "") + "\n")
            throw SluiceExit.refused
        } catch {
            Output.err("error: \(error)\n")
            throw SluiceExit.system
        }
    }

    /// The table's NFLOG group (over-quota and denied packets).
    private func followEvents(group: UInt16) throws -> NetfilterEventSource {
        do {
            return try NetfilterEventSource(table: global.table, group: group)
        } catch {
            // The watcher lock is ours, so no watcher of this table holds the group.
            Output.err("error: could not follow NFLOG group \(group) of table \(global.table): \(error); "
                       + "another program (or the watcher of another table whose group collides) holds it\n")
            throw SluiceExit.system
        }
    }

    /// Flow accounting (conntrack and the audit NFLOG group), unless `--no-flows`. When it cannot
    /// start (a sandbox with read-only kernel settings while conntrack's byte counters are off,
    /// another program on the NFLOG group), the watcher runs without it and says so: quotas and
    /// containment do not need it, and a watcher that exits leaves hosts uncontained.
    private func startFlows(logger: Logger) -> NetfilterConnectionSource? {
        guard !noFlows else { return nil }
        let auditGroup = PacketLogChannels.auditGroup(table: global.table)
        let flows: NetfilterConnectionSource
        do {
            flows = try NetfilterConnectionSource(auditGroup: auditGroup)
        } catch {
            logger.error("""
                could not start flow accounting (conntrack, NFLOG group \(auditGroup)); watching without it: \
                no flow report, no learn data, no would-deny counts (--no-flows says this is meant)
                """, metadata: ["error": "\(error)"])
            return nil
        }
        for change in flows.settingsChanged { logger.notice("flow accounting: \(change)") }
        return flows
    }

    /// The metrics and cluster options, checked before anything starts; each error names its
    /// option (exit 1). A cluster sets the sync interval and how often own usage is read.
    private func checkedOptions(_ configuration: inout WatchConfiguration) throws
        -> (ListenAddress?, MetricsTextfile?, ClusterSettings?, FleetLink?) {
        do {
            let address = try metricsAddress.map { text throws(WatchError) in try ListenAddress(parsing: text) }
            let textfile = try metricsFile.map { path throws(MetricsFileError) in try MetricsTextfile(path: path) }
            let settings = try cluster.settings()
            var fleet: FleetLink?
            if let settings {
                configuration.fleetSyncInterval = settings.syncInterval
                // Own usage is published fresh: the per-host sets are read at least every sync interval.
                configuration.sweepMaxInterval = min(configuration.sweepMaxInterval, settings.syncInterval)
                fleet = FleetLink(store: EtcdClusterStore(client: try settings.client()), table: global.table,
                                  gateway: settings.gateway, logger: Logger(label: "sluice.fleet"))
            }
            return (address, textfile, settings, fleet)
        } catch {
            Output.err("error: \(error)\n")
            throw SluiceExit.refused
        }
    }
}
