import Foundation
import SluiceCompiler
import SluiceLanguage

extension WatchEngine {
    /// Brings the kernel back to what the store remembers, before anything else: finishes windows
    /// that ended while no watcher ran, puts the current windows' recorded usage back where the
    /// kernel has less (a reboot, a recreated table), and puts back standing containments that
    /// the kernel lost (with their remaining time). Store failures are logged and the engine goes
    /// on without the history: containing hosts matters more.
    public func start() -> [WatchEffect] {
        let now = clock.now()
        var effects: [WatchEffect] = []
        warnAboutAlertPrograms()
        let marks = attempt("read the window marks") { try store.windowMarks(table: table) } ?? [:]
        let stored = attempt("read the recorded usage") { try store.currentUsage(table: table, at: now) } ?? []
        // From the oldest window still to finish: an exceed the last watcher acted on in a window
        // that ended while none ran is not acted on twice.
        let staleStarts = index.bindings.compactMap { marks[$0.id] }.map { Date(timeIntervalSince1970: TimeInterval($0)) }
        let earliest = (index.bindings.map { QuotaWindow(containing: now, length: $0.window).startDate } + staleStarts).min() ?? now
        if let keys = attempt("read the recorded incidents", { try store.incidentKeys(table: table, since: earliest) }) {
            handled.formUnion(keys.filter { !$0.audited }.map(\.key))
            auditHandled.formUnion(keys.filter(\.audited).map(\.key))
        }
        // Containments first: a window that ended while no watcher ran is checked for exceeds in
        // setUp, and a host contained then must be known as such.
        let unended = attempt("read the recorded containments") { try store.unendedContainments(table: table) } ?? []
        effects += restoreContainments(unended.filter { $0.expires.map { $0 > now } ?? true }, at: now,
                                       expired: unended.filter { $0.expires.map { $0 <= now } ?? false })
        for binding in index.bindings {
            effects += setUp(binding, at: now, mark: marks[binding.id], stored: stored)
        }
        effects += startLearnedQuotas(index.bindings.map(\.id), at: now)
        effects.append(.recordWindowMarks(windowMarks))
        started = true
        lastFlush = now
        effects += flushAll(at: now)
        return effects
    }

    /// Sets up one binding: finishes a stale window, seeds from the store, reads the kernel and
    /// restores what it lost.
    func setUp(_ binding: QuotaBinding, at now: Date, mark: Int64?, stored: [StoredUsage]) -> [WatchEffect] {
        var effects: [WatchEffect] = []
        let current = QuotaWindow(containing: now, length: binding.window)
        var state = BindingState(binding: binding, window: current)
        if let mark, mark < current.start {
            // The kernel still counts a window that ended while no watcher ran: finish it first, or
            // its bytes would be charged to the new window. What was spent in it is acted on now
            // (contained, recorded, alerted): the kernel's quota stopped the host only until the
            // boundary, and no one would hear of it otherwise.
            var old = BindingState(binding: binding, window: QuotaWindow(start: mark, length: binding.window))
            seed(&old, from: [])
            let read = BindingRead(id: binding.id, sets: binding.accounting.hostSets, object: binding.accounting.object, reset: true,
                                   window: old.window, nextWindow: current)
            let reading = read.perform(kernel: kernel, table: table)
            merge(reading, into: &old, restore: false)
            bindings[binding.id] = old
            effects += checkExceeds(binding.id, at: now)
            old = bindings[binding.id] ?? old
            effects += rollOver(&old, with: reading, at: now, recordHours: false)
        }
        seed(&state, from: stored)
        let read = BindingRead(id: binding.id, sets: binding.accounting.hostSets, object: binding.accounting.object, reset: false,
                               window: current, nextWindow: current)
        let reading = read.perform(kernel: kernel, table: table)
        for failure in reading.failures {
            logger.error("could not read quota usage at start", metadata: ["quota": "\(binding.id)", "error": "\(failure)"])
        }
        merge(reading, into: &state, restore: true)
        bindings[binding.id] = state
        return effects
    }

    /// Puts standing containments the kernel lost back (with their remaining time), and learns
    /// those it holds; one the kernel holds and the store lacks is recorded (`adopted`). Those that
    /// `expired` while no watcher ran are ended and alerted now (`endedWhileDown`).
    func restoreContainments(_ standing: [StoredContainment], at now: Date, expired: [StoredContainment] = []) -> [WatchEffect] {
        let present = readContainmentSets(at: now)
        for record in standing.sorted(by: { ($0.host, $0.level) < ($1.host, $1.level) }) {
            let key = ContainmentKey(host: record.host, level: record.level)
            let ends = ContainmentEnd(record.expires)
            if present[key] == nil {
                do {
                    try addToKernel(record.host, level: record.level, ends: ends, reason: record.reason, at: now)
                    logger.notice("restored a containment the kernel had lost", metadata: [
                        "host": "\(record.host)", "level": "\(record.level.rawValue)"])
                } catch {
                    logger.error("could not restore a containment", metadata: [
                        "host": "\(record.host)", "level": "\(record.level.rawValue)", "error": "\(error)"])
                    continue
                }
            }
            containments[key] = ContainmentState(host: record.host, level: record.level, since: record.since,
                                                 ends: present[key] ?? ends, reason: record.reason,
                                                 origin: record.origin, quotaID: nil, generation: generation)
        }
        var effects = endedWhileDown(expired.filter { present[ContainmentKey(host: $0.host, level: $0.level)] == nil })
        for (key, ends) in present.sorted(by: { $0.key < $1.key }) where containments[key] == nil {
            effects += adopted(key, ends: ends, at: now)
        }
        return effects
    }

    /// A containment the kernel holds and the store has no record of (a command killed between its
    /// kernel write and its record, a store that refused the record): known from now on, and
    /// recorded, so that a table created again (which gets what the store holds) keeps it.
    func adopted(_ key: ContainmentKey, ends: ContainmentEnd, at now: Date) -> [WatchEffect] {
        let state = ContainmentState(host: key.host, level: key.level, since: now, ends: ends,
                                     reason: Self.adoptedReason, origin: .unknown, quotaID: nil, generation: generation)
        containments[key] = state
        logger.notice("recorded a containment found in the kernel with no record", metadata: [
            "host": "\(key.host)", "level": "\(key.level.rawValue)"])
        return [.putContainment(stored(state), incident: nil)]
    }

    /// The reason recorded for a containment found in the kernel with no record.
    static let adoptedReason = "found in the kernel with no record"

    /// The kernel's containment elements, with their ends.
    func readContainmentSets(at now: Date) -> [ContainmentKey: ContainmentEnd] {
        var out: [ContainmentKey: ContainmentEnd] = [:]
        for ref in index.containmentSets {
            do {
                for element in try kernel.elements(table: table, set: ref.name) {
                    guard let host = ContainmentBinding.host(of: element, in: ref) else { continue }
                    out[ContainmentKey(host: host, level: ref.kind)] = ContainmentReading.end(of: element, at: now)
                }
            } catch {
                logger.error("could not read a containment set", metadata: ["set": "\(ref.name)", "error": "\(error)"])
            }
        }
        return out
    }

    /// Runs a store read, logging a failure.
    func attempt<T>(_ what: String, _ body: () throws -> T) -> T? {
        do {
            return try body()
        } catch {
            logger.error("could not \(what)", metadata: ["error": "\(error)"])
            return nil
        }
    }

    /// Logs every `alert exec` program of the live policy that this machine cannot run, so a
    /// missing pager is found at start rather than when a host exceeds its quota.
    func warnAboutAlertPrograms() {
        let rules = index.compiled.exceedRules.map { (actions: $0.actions, location: $0.location) }
        for warning in ExecProgramCheck.warnings(forRules: rules) {
            logger.warning("\(warning.message)", metadata: ["policy": "\(warning.location.fileLine)"])
        }
    }
}
