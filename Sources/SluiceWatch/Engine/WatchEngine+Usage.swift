import Foundation
import SluiceCompiler
import SluiceLanguage

extension WatchEngine {
    /// Seeds a binding's state from the store's figures for its window, as if the kernel had
    /// reported them: a lower kernel figure read next is then usage the kernel lost, and is put back.
    /// The part a fleet watcher had added from the other gateways is known as added: the kernel
    /// still holds it (or gets it back with the figure), so it is neither published as this
    /// gateway's own nor added again, whether or not etcd still holds what this gateway published.
    func seed(_ state: inout BindingState, from stored: [StoredUsage]) {
        for record in stored where record.quotaID == state.binding.id && record.window == state.window {
            state.usage[record.host] = max(state.usage[record.host] ?? 0, record.bytes)
            if record.remote > state.injected[record.host] ?? 0 {
                state.injected[record.host] = record.remote
                state.remoteTarget[record.host] = max(state.remoteTarget[record.host] ?? 0, record.remote)
            }
            if isCounter(state, record.host) {
                state.counterRaw[record.host] = max(state.counterRaw[record.host] ?? 0, record.bytes)
            } else {
                state.kernelSeen[record.host] = max(state.kernelSeen[record.host] ?? 0, min(record.bytes, state.budget(record.host)))
            }
        }
    }

    /// Whether a host's figure in this binding comes from an attribution counter (which the kernel
    /// cannot restore) rather than from a quota.
    func isCounter(_ state: BindingState, _ host: HostID) -> Bool {
        !state.accounting.setsCarryQuota && host != .groupTotal
    }

    /// Takes a reading into the state. With `restore`, figures lower than the kernel last showed
    /// (a recreated table, a reboot) are put back into the kernel; without it (a reset at a window
    /// boundary) they are only ignored.
    func merge(_ reading: BindingReading, into state: inout BindingState, restore: Bool) {
        let readSets = Set(reading.sets.keys)
        let binding = state.binding
        func familyRead(_ host: HostID) -> Bool {
            guard let set = binding.hostSet(for: host) else { return false }
            return readSets.contains(set)
        }
        var lost: [HostID: UInt64] = [:]
        // Every host of a sweep passes here (10,000 at a time), so each of its tables is looked up
        // once per host and written through the index found (no dictionary of the reading either).
        func takeQuota(_ figures: [(HostID, UInt64)], missingCounts: (HostID) -> Bool) {
            state.makeRoom(for: figures.count, counters: false)
            var present = 0   // hosts read that the kernel showed with bytes before
            for (host, figure) in figures {
                let slot = state.kernelSeen.index(forKey: host)
                let seen = slot.map { state.kernelSeen.values[$0] } ?? 0
                if seen > 0 { present += 1 }
                if figure < seen {
                    lost[host] = min(max(state.usage[host] ?? 0, seen), state.budget(host))
                } else if figure > seen {
                    // Equal: nothing new (usage is never below what the kernel showed).
                    if let slot { state.kernelSeen.values[slot] = figure } else { state.kernelSeen[host] = figure }
                    state.raise(host, to: figure)
                }
            }
            // No host set read (a poll between sweeps, or an object's figure), or every host seen
            // before read again (the common sweep): none is missing.
            guard !readSets.isEmpty, present < state.kernelSeen.values.lazy.filter({ $0 > 0 }).count else { return }
            let read = Set(figures.lazy.map(\.0))
            for (host, seen) in state.kernelSeen where seen > 0 && !read.contains(host) && missingCounts(host) {
                lost[host] = min(max(state.usage[host] ?? 0, seen), state.budget(host))
            }
        }
        switch state.accounting {
        case .hostSets, .userSets:
            takeQuota(reading.hostFigureList(counters: false), missingCounts: familyRead)
        case .machine, .machineTotal:
            if let used = reading.objectUsed, let host = state.accounting.objectHost {
                takeQuota([(host, used)], missingCounts: { _ in false })
            }
        case .total, .userTotal:
            if let used = reading.objectUsed {
                takeQuota([(.groupTotal, used)], missingCounts: { _ in false })
            }
            takeCounters(reading.hostFigureList(counters: true), into: &state, anyRead: !readSets.isEmpty, familyRead: familyRead)
        }
        if restore && !lost.isEmpty { putBack(lost, into: &state) }
    }

    /// Takes a `total` quota's attribution counters in: a counter lower than last read was
    /// recreated (its old bytes go into `counterBase`), and one no longer read from a set that
    /// was read is gone.
    private func takeCounters(_ figures: [(HostID, UInt64)], into state: inout BindingState, anyRead: Bool,
                              familyRead: (HostID) -> Bool) {
        state.makeRoom(for: figures.count, counters: true)
        var present = 0   // hosts read that had counted bytes before
        for (host, raw) in figures {
            if state.takeCounter(host, raw: raw) { present += 1 }
        }
        // Nothing read, or every counter seen before read again: none was lost.
        guard anyRead, present < state.counterRaw.values.lazy.filter({ $0 > 0 }).count else { return }
        let read = Set(figures.lazy.map(\.0))
        for (host, last) in state.counterRaw where last > 0 && !read.contains(host) && familyRead(host) {
            state.counterBase[host, default: 0] += last
            state.counterRaw[host] = 0
        }
    }

    /// Writes usage the kernel lost back into it.
    private func putBack(_ lost: [HostID: UInt64], into state: inout BindingState) {
        let binding = state.binding
        var perSet: [String: [SetElement]] = [:]
        for (host, used) in lost.sorted(by: { $0.key < $1.key }) {
            switch host {
            case .address, .user:
                // A host taken out of the quota's groups lost its element to the apply that took
                // it out: it is no longer this quota's, and put back it would hold a place the
                // set, sized to the groups, keeps for them (or find the set full).
                guard covers(binding, host), let set = binding.hostSet(for: host), let key = host.elementKey else { continue }
                // A learned limit goes back with the usage: the restore recreates the element.
                perSet[set, default: []].append(SetElement(key, quotaUsed: used, quotaLimit: state.baselines[host]?.limit))
            case .machine, .groupTotal:
                guard let object = binding.accounting.object else { continue }
                do {
                    try kernel.restoreQuotaUsage(table: table, name: object, used: used)
                    state.kernelSeen[host] = used
                    state.raise(host, to: used)
                    logger.notice("restored quota usage into the kernel", metadata: [
                        "quota": "\(binding.id)", "object": "\(object)", "bytes": "\(used)"])
                } catch {
                    logger.error("could not restore quota usage", metadata: [
                        "quota": "\(binding.id)", "object": "\(object)", "error": "\(error)"])
                }
            }
        }
        for (set, elements) in perSet.sorted(by: { $0.key < $1.key }) {
            do {
                try kernel.restoreElementUsage(elements, table: table, set: set)
                for element in elements {
                    guard let host = HostID(element: element.key), let used = element.quotaUsed else { continue }
                    state.kernelSeen[host] = used
                    state.raise(host, to: used)
                }
                logger.notice("restored per-host usage into the kernel", metadata: [
                    "quota": "\(binding.id)", "set": "\(set)", "hosts": "\(elements.count)"])
            } catch {
                logger.error("could not restore per-host usage", metadata: [
                    "quota": "\(binding.id)", "set": "\(set)", "error": "\(error)"])
            }
        }
    }

    /// The reads of one binding: plain, or read-and-reset when the kernel's counters belong to a
    /// window that has ended.
    func bindingRead(_ state: BindingState, at time: Date) -> BindingRead {
        let current = QuotaWindow(containing: time, length: state.binding.window)
        return BindingRead(id: state.binding.id, sets: state.binding.accounting.hostSets, object: state.binding.accounting.object,
                           reset: current.start > state.window.start, window: state.window, nextWindow: current)
    }

    /// Closes a binding's window with the figures of a read-and-reset: the old window's finals go
    /// to the store, and the state starts over in the new window. Containment is left as it is.
    /// Without `recordHours` (finishing a window that ended while no watcher ran) the window's
    /// bytes are not added to the hourly history: the watcher that counted them recorded them.
    func rollOver(_ state: inout BindingState, with reading: BindingReading, at time: Date,
                  recordHours: Bool = true) -> [WatchEffect] {
        merge(reading, into: &state, restore: false)
        if recordHours { noteHourly(&state) }
        for failure in reading.failures {
            logger.error("window rollover: a read-and-reset failed; its counts stay in the kernel",
                         metadata: ["quota": "\(state.binding.id)", "error": "\(failure)"])
        }
        let finals = state.samples(state.usage.filter { $0.value > 0 }.keys, table: table, at: time)
        logger.info("quota window rolled over", metadata: [
            "quota": "\(state.binding.id)", "from": "\(RFC3339.format(unixSeconds: state.window.start))",
            "to": "\(RFC3339.format(unixSeconds: reading.read.nextWindow.start))", "hosts": "\(finals.hosts.count)"])
        let id = state.binding.id
        let oldStart = state.window.start
        state = BindingState(binding: state.binding, window: reading.read.nextWindow)
        handled = handled.filter { $0.quotaID != id || $0.windowStart > oldStart }
        auditHandled = auditHandled.filter { $0.quotaID != id || $0.windowStart > oldStart }
        return finals.hosts.isEmpty ? [] : [.recordUsage(finals)]
    }
}
