import Foundation
import Logging
import SluiceCompiler
import SluiceLanguage
import SluiceSystem
import Synchronization

/// One run of the watcher: the engine behind a lock and the threads around it. Quota events are
/// handled on their own thread and never wait for a poll's kernel reads, a store write or an alert.
final class WatchRuntime: Sendable {
    let engine: Mutex<WatchEngine>
    let configuration: WatchConfiguration
    let kernel: any WatchKernel
    let events: any WatchEventSource
    let store: any WatchStore
    let clock: any WatchClock
    let executor: EffectExecutor
    let dispatcher: AlertDispatcher
    let textfile: MetricsTextfile?
    let logger: Logger
    let stop = StopSignal()
    let pollWake = WakeSignal()
    let reloadRequested = Atomic(false)
    /// The longest event handling so far, in nanoseconds.
    let slowestEvent = Atomic<UInt64>(0)
    let storeQueue: WorkQueue<[WatchEffect]>
    let threads = WorkerThreads()
    let storeThread = WorkerThreads()
    /// Flow accounting, when it runs: its source, its own lock (never taken on the quota and
    /// containment path), and the denied attempts the event thread hands it.
    let flowSource: (any ConnectionSource)?
    let accountant: Mutex<FlowAccountant>?
    let deniedInbox = Mutex<[DeniedNote]>([])
    /// The fleet link (`--cluster`), and the signal that wakes its thread when something arrived.
    let fleet: (any WatchFleet)?
    let fleetWake = WakeSignal()
    /// The name service (a policy whose destinations list names), on its own thread and lock;
    /// nil without a name kernel. The binding it is to follow, numbered so that every new live
    /// policy is followed again.
    let names: Mutex<NameWatch?>
    let nameTarget: Mutex<(binding: DNSBinding?, generation: Int)>
    let namesWake = WakeSignal()
    let namesEnabled: Bool
    /// Destinations of denied attempts, for the name thread to tell explained from not.
    let namesDenied = Mutex<[IPAddress]>([])
    /// Allowed connections for the name thread's cross-group check, and those dropped on the way.
    let namesAccepted = Mutex<(flows: [AcceptedFlow], dropped: Int)>(([], 0))

    init(engine: sending WatchEngine, configuration: WatchConfiguration, kernel: any WatchKernel,
         events: any WatchEventSource, store: any WatchStore, clock: any WatchClock, executor: EffectExecutor, dispatcher: AlertDispatcher,
         textfile: MetricsTextfile?, flows: (any ConnectionSource)? = nil, compiled: CompiledPolicy? = nil,
         fleet: (any WatchFleet)? = nil, names: (any NameKernel)? = nil, logger: Logger) {
        self.engine = Mutex(engine)
        self.configuration = configuration
        self.kernel = kernel
        self.events = events
        self.store = store
        self.clock = clock
        self.executor = executor
        self.dispatcher = dispatcher
        self.textfile = textfile
        self.logger = logger
        storeQueue = WorkQueue(limit: 100_000)
        flowSource = flows
        self.fleet = fleet
        self.names = Mutex(names.map { NameWatch(kernel: $0) })
        namesEnabled = names != nil
        nameTarget = Mutex((compiled?.dns, 0))
        if flows != nil, let compiled {
            accountant = Mutex(FlowAccountant(compiled: compiled, table: configuration.table))
        } else {
            accountant = nil
        }
    }

    /// Starts the event, poll and store threads.
    func start() {
        storeThread.start("sluice-store") { [self] _ in
            while let batch = storeQueue.pop() {
                executor.writeStore(batch)
                storeQueue.done()
                // A flush of every host's usage frees megabytes at once: give them back now.
                let large = batch.contains { effect in
                    if case .recordUsage(let usage) = effect { return usage.hosts.count >= 1_000 }
                    return false
                }
                if large { DaemonMemory.trim() }
            }
        }
        threads.start("sluice-events") { [self] _ in eventLoop() }
        threads.start("sluice-poll") { [self] _ in pollLoop() }
        if flowSource != nil { threads.start("sluice-flows") { [self] _ in flowLoop() } }
        if namesEnabled { threads.start("sluice-names") { [self] _ in namesLoop() } }
        if let fleet {
            fleet.start { [fleetWake] in fleetWake.wake() }
            threads.start("sluice-fleet") { [self] _ in fleetLoop() }
        }
    }

    /// Stops the loops, writes usage a last time, lets alerts finish.
    func finish() {
        stop.stop()
        pollWake.wake()
        fleetWake.wake()
        namesWake.wake()
        if !threads.join(timeout: .seconds(30)) {
            logger.error("the event or poll thread did not stop in time")
        }
        submit(engine.withLock { $0.stop() })
        fleet?.stop()
        finishFlows()
        storeQueue.close()
        if !storeThread.join(timeout: .seconds(30)) {
            logger.error("store writes were still running at shutdown")
        }
        dispatcher.shutdown(timeout: configuration.alertTimeout + .seconds(1))
        writeTextfile()
    }

    /// Alerts go out now; store writes queue for the store thread; denied attempts go to flow
    /// accounting.
    func submit(_ effects: [WatchEffect]) {
        // Nothing new still lets the store thread try the records that wait (at most once a poll).
        guard !effects.isEmpty || executor.waitingRecords > 0 else { return }
        fleet?.observe(effects)
        if accountant != nil {
            let denied = effects.compactMap { effect -> DeniedNote? in
                if case .noteDenied(let note) = effect { return note }
                return nil
            }
            if !denied.isEmpty { deniedInbox.withLock { $0 += denied } }
        }
        if namesEnabled { noteDeniedForNames(effects) }
        executor.dispatchAlerts(effects)
        if !storeQueue.push(effects) {
            logger.error("the store is too far behind; dropped writes", metadata: ["writes": "\(effects.count)"])
        }
    }

    private func eventLoop() {
        while !stop.isStopped {
            let batch: [WatchEvent]
            do {
                batch = try events.nextEvents(timeout: .milliseconds(250))
            } catch {
                logger.error("reading kernel events failed; polling instead", metadata: ["error": "\(error)"])
                pollWake.wake()
                Thread.sleep(forTimeInterval: 1)
                continue
            }
            // Counted from the batch's arrival, so events queued behind others in it count their wait.
            let received = ContinuousClock.now
            for event in batch {
                let output = engine.withLock { $0.handle(event) }
                let spent = ContinuousClock.now - received
                let nanoseconds = UInt64(max(0, spent.secondsValue * 1e9))
                _ = slowestEvent.max(nanoseconds, ordering: .relaxed)
                if spent > .milliseconds(100) {
                    logger.warning("handling a kernel event took long", metadata: ["seconds": "\(spent.secondsValue)"])
                }
                submit(output.effects)
                if output.pollNow {
                    engine.withLock { $0.requestSweep() }
                    pollWake.wake()
                }
            }
        }
    }

    private func pollLoop() {
        var next = Date()
        var nextTextfile = Date()
        while !stop.isStopped {
            pollWake.wait(until: next)
            if stop.isStopped { break }
            next = Date().addingTimeInterval(configuration.pollInterval.secondsValue)
            followLivePolicy()
            let plan = engine.withLock { $0.pollPlan() }
            let readings = plan.read(kernel: kernel, store: store)
            submit(engine.withLock { $0.absorb(readings) })
            // Wake just past the next window boundary (after this poll's own rollovers), so the
            // kernel's counts restart there and not up to a poll interval later.
            if let boundary = engine.withLock({ $0.nextWindowEnd() }), boundary < next {
                next = max(Date(), boundary.addingTimeInterval(0.001))
            }
            if Date() >= nextTextfile {
                writeTextfile()
                nextTextfile = Date().addingTimeInterval(configuration.textfileInterval.secondsValue)
            }
        }
    }

    /// Rebinds when SIGHUP asked for it or the store's live version moved on.
    private func followLivePolicy() {
        let forced = reloadRequested.exchange(false, ordering: .sequentiallyConsistent)
        let table = configuration.table
        let live: Int64?
        do {
            live = try store.liveVersionID(table: table)
        } catch {
            logger.error("could not read the live version", metadata: ["error": "\(error)"])
            return
        }
        let current = engine.withLock { $0.liveVersion }
        guard let live, forced || live != current else {
            if forced { logger.info("reload asked for, but no policy has been applied") }
            return
        }
        do {
            let compiled = try store.compiledPolicy(version: live)
            // Read before taking the engine's lock: quota events must not wait for the store.
            let stored = try store.currentUsage(table: table, at: clock.now())
            submit(try engine.withLock { engine throws in try engine.reload(compiled, version: live, storedUsage: stored) })
            accountant?.withLock { $0.follow(compiled) }
            followNames(compiled.dns)
        } catch {
            logger.error("could not follow the live policy", metadata: ["version": "\(live)", "error": "\(error)"])
        }
    }

    /// The engine's figures plus what only the runtime measures.
    func metrics() -> MetricsSnapshot {
        var snapshot = engine.withLock { $0.metrics() }
        let slowest = slowestEvent.load(ordering: .relaxed)
        if slowest > 0 { snapshot.eventHandlingSeconds = Double(slowest) / 1e9 }
        snapshot.alertsDropped = dispatcher.droppedAlerts()
        snapshot.flows = accountant?.withLock { $0.figures }
        snapshot.clusterDegraded = fleet?.degraded
        let now = nowMilliseconds()
        snapshot.names = names.withLock { $0?.figures(now: now) }
        return snapshot
    }

    private func writeTextfile() {
        guard let textfile else { return }
        let snapshot = metrics()
        do {
            try textfile.write(snapshot.prometheusText)
        } catch {
            logger.error("could not write the metrics file", metadata: ["error": "\(error)"])
        }
    }
}
