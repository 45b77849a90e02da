import Foundation
import SluiceSystem

extension WatchEngine {
    /// When the earliest window of any quota ends: the poll wakes then, so the kernel's counts
    /// restart within milliseconds of the boundary rather than up to a poll interval later (bytes in
    /// that gap would be charged to the old window and the host given a fresh budget on top).
    public func nextWindowEnd() -> Date? {
        bindings.values.map(\.window.endDate).min()
    }

    /// Plans the next poll's reads: every binding's quota object and every containment set; the
    /// per-host quota sets when a sweep is due (see `WatchConfiguration.sweepShare`), asked for,
    /// or needed for a read-and-reset at a window boundary; attribution counters as said below.
    public func pollPlan() -> PollPlan {
        let now = clock.now()
        var reads = orderedBindings.map { bindingRead($0, at: now) }
        let sweep = sweepRequested || now >= nextSweep || configuration.sweepShare >= 1 || reads.contains(where: \.reset)
        // A total quota's per-host attribution counters never show a spent quota (its object
        // does, every poll): they are read when their figures are written (the flush), when
        // something asked (a spent total names its contributors from them), and at a window end.
        let attributionDue = sweepRequested || configuration.sweepShare >= 1
            || now.timeIntervalSince(lastFlush) >= configuration.flushInterval.secondsValue
        for i in reads.indices where !reads[i].reset && !(isAttribution(reads[i]) ? attributionDue : sweep) {
            reads[i].sets = []
        }
        var plan = PollPlan(table: table, time: now, generation: generation, bindings: reads, sweep: sweep,
                            containmentSets: index.containmentSets, knownContainments: Set(containments.keys))
        plan.readsNeighbours = followsSiblings && containments.keys.contains { if case .address = $0.host { true } else { false } }
        return plan
    }

    /// Whether a read's host sets are a total quota's attribution counters.
    private func isAttribution(_ read: BindingRead) -> Bool {
        bindings[read.id].map { !$0.accounting.setsCarryQuota } ?? false
    }

    /// Asks the next poll to read every host's usage (an event, lost events, a table change).
    public func requestSweep() {
        sweepRequested = true
    }

    /// Takes a poll's readings in: usage (restoring what the kernel lost), window rollovers,
    /// spent quotas, containment changes; then writes usage if the flush interval has passed.
    public func absorb(_ readings: PollReadings) -> [WatchEffect] {
        let now = clock.now()
        if readings.tableMissing { return tableGone(at: now) }
        let startedCPU = PollPlan.threadCPUTime()
        var effects = tableBack(at: now) + retryUnenforcedFleet(at: now)
        var marksChanged = false
        var rolled: [String] = []
        for reading in readings.bindings {
            let read = reading.read
            guard isCurrent(read) else { continue }
            if read.reset {
                effects += updateBinding(read.id) { rollOver(&$0, with: reading, at: now) } ?? []
                marksChanged = true
                rolled.append(read.id)
                continue
            }
            for failure in reading.failures {
                logger.error("could not read quota usage", metadata: ["quota": "\(read.id)", "error": "\(failure)"])
            }
            effects += updateBinding(read.id) { state in
                merge(reading, into: &state, restore: true)
                // Right after a fresh read: the bytes the kernel counts between it and the write are lost.
                if !state.remoteTarget.isEmpty { injectRemote(into: &state, freshSets: !read.sets.isEmpty) }
                noteHourly(&state)
                return adoptNewLearnedHosts(&state, reading)
            } ?? []
            effects += checkExceeds(read.id, at: now)
        }
        // Every learned quota whose window just started gets its hosts' new limits, in one
        // kernel transaction.
        effects += applyLearnedLimits(rolled, at: now)
        if marksChanged { effects.append(.recordWindowMarks(windowMarks)) }
        for failure in readings.failures {
            logger.error("poll read failed", metadata: ["error": "\(failure)"])
        }
        effects += absorbContainment(readings)
        if let neighbours = readings.neighbours { effects += followSiblings(neighbours, at: now) }
        denied.prune(at: now)
        lastPollSeconds = readings.duration.secondsValue
        let cost = readings.cpuTime + (PollPlan.threadCPUTime() - startedCPU)
        if readings.plan.sweep {
            // Sweeps take at most `sweepShare` of a core: a sweep that cost d seconds of CPU more
            // than a poll without one (the reads of the per-host sets and taking them in) waits
            // d / share, but never longer than `sweepMaxInterval` (the poll is the fallback for a
            // lost quota event, and must find a spent host soon). A small site's sweep costs next
            // to nothing beyond the poll, and comes at every poll.
            sweepRequested = false
            let share = max(0.001, min(1, configuration.sweepShare))
            let extra = max(.zero, cost - plainPollCPU)
            let wait = min(extra.secondsValue / share, configuration.sweepMaxInterval.secondsValue)
            nextSweep = now.addingTimeInterval(wait)
        } else if readings.plan.bindings.allSatisfy(\.sets.isEmpty) {
            // Not a poll that read attribution counters for the flush: those are host sets too.
            plainPollCPU = cost
        }
        effects += flushIfDue(at: now)
        return effects
    }

    /// Whether a reading still fits its binding: a reload or an earlier rollover since planning
    /// makes it stale. (Its own scope, so no copy of the state outlives the check.)
    private func isCurrent(_ read: BindingRead) -> Bool {
        guard let state = bindings[read.id] else { return false }
        return state.window == read.window && state.binding.accounting.object == read.object
            && (read.sets.isEmpty || state.binding.accounting.hostSets == read.sets)
    }

    /// Plans, reads and absorbs in one go (tests, and callers that hold no lock).
    public func poll() -> [WatchEffect] {
        absorb(pollPlan().read(kernel: kernel, store: store))
    }

    /// Writes changed usage when the flush interval has passed since the last write.
    public func flushIfDue(at now: Date) -> [WatchEffect] {
        guard now.timeIntervalSince(lastFlush) >= configuration.flushInterval.secondsValue else { return [] }
        return flushAll(at: now)
    }

    /// Writes every changed usage figure now.
    public func flushAll(at now: Date) -> [WatchEffect] {
        lastFlush = now
        // One write per quota, so no array of every quota's figures is built and grown.
        var effects: [WatchEffect] = []
        for id in index.bindings.map(\.id) {
            guard bindings[id]?.dirty.isEmpty == false else { continue }
            updateBinding(id) { state in
                effects.append(.recordUsage(state.samples(state.dirty, table: table, at: now)))
                // The same hosts are dirty again by the next flush: no regrowing the set each time.
                state.dirty.removeAll(keepingCapacity: true)
            }
        }
        let hours = pendingHours.drain()
        history?.add(hours)
        return effects + (hours.isEmpty ? [] : [.recordUsageHours(hours)])
    }

    /// A clean stop: every changed figure and the window marks are written.
    public func stop() -> [WatchEffect] {
        flushAll(at: clock.now()) + [.recordWindowMarks(windowMarks)]
    }
}
