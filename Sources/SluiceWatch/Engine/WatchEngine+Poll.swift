import Foundation
import SluiceSystem

extension WatchEngine {
    /// When the earliest window of any quota ends: the poll wakes then, so the kernel's counts
    /// restart within milliseconds of the boundary rather than up to a poll interval later (bytes in
    /// that gap would be charged to the old window and the host given a fresh budget on top).
    public func nextWindowEnd() -> Date? {
        bindings.values.map(\.window.endDate).min()
    }

    /// Plans the next poll's reads: every binding's quota object and every containment set, and
    /// the per-host sets when a sweep is due (see `WatchConfiguration.sweepShare`), asked for, or
    /// needed for a read-and-reset at a window boundary.
    public func pollPlan() -> PollPlan {
        let now = clock.now()
        var reads = orderedBindings.map { bindingRead($0, at: now) }
        let sweep = sweepRequested || now >= nextSweep || configuration.sweepShare >= 1 || reads.contains(where: \.reset)
        if !sweep {
            for i in reads.indices { reads[i].sets = [] }
        }
        return PollPlan(table: table, time: now, generation: generation, bindings: reads, sweep: sweep,
                        containmentSets: index.containmentSets, knownContainments: Set(containments.keys))
    }

    /// Asks the next poll to read every host's usage (an event, lost events, a table change).
    public func requestSweep() {
        sweepRequested = true
    }

    /// Takes a poll's readings in: usage (restoring what the kernel lost), window rollovers,
    /// spent quotas, containment changes; then writes usage if the flush interval has passed.
    public func absorb(_ readings: PollReadings) -> [WatchEffect] {
        let now = clock.now()
        let startedCPU = PollPlan.threadCPUTime()
        var effects: [WatchEffect] = []
        var marksChanged = false
        var rolled: [String] = []
        for reading in readings.bindings {
            let read = reading.read
            // A reload or an earlier rollover since planning makes the reading stale.
            guard var state = bindings[read.id], state.window == read.window,
                  read.sets.isEmpty || state.binding.accounting.hostSets == read.sets,
                  state.binding.accounting.object == read.object else { continue }
            if read.reset {
                effects += rollOver(&state, with: reading, at: now)
                marksChanged = true
                bindings[read.id] = state
                rolled.append(read.id)
                continue
            }
            for failure in reading.failures {
                logger.error("could not read quota usage", metadata: ["quota": "\(read.id)", "error": "\(failure)"])
            }
            merge(reading, into: &state, restore: true)
            // Right after a fresh read: the bytes the kernel counts between it and the write are lost.
            if !state.remoteTarget.isEmpty { injectRemote(into: &state, freshSets: !read.sets.isEmpty) }
            noteHourly(&state)
            adoptNewLearnedHosts(&state, reading)
            bindings[read.id] = state
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
        denied.prune(at: now)
        lastPollSeconds = readings.duration.secondsValue
        if readings.plan.sweep {
            // Sweeps take at most `sweepShare` of a core: a sweep that cost d seconds of CPU (the
            // reads and taking them in) waits d / share, but never longer than `sweepMaxInterval`
            // (the poll is the fallback for a lost quota event, and must find a spent host soon).
            sweepRequested = false
            let share = max(0.001, min(1, configuration.sweepShare))
            let cost = readings.cpuTime + (PollPlan.threadCPUTime() - startedCPU)
            let wait = min(cost.secondsValue / share, configuration.sweepMaxInterval.secondsValue)
            nextSweep = now.addingTimeInterval(wait)
        }
        effects += flushIfDue(at: now)
        return effects
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
        var samples: [StoredUsage] = []
        for id in index.bindings.map(\.id) {
            guard var state = bindings[id], !state.dirty.isEmpty else { continue }
            samples += state.samples(state.dirty, table: table, at: now)
            state.dirty = []
            bindings[id] = state
        }
        let hours = pendingHours.drain()
        history?.add(hours)
        return (samples.isEmpty ? [] : [.recordUsage(samples)]) + (hours.isEmpty ? [] : [.recordUsageHours(hours)])
    }

    /// A clean stop: every changed figure and the window marks are written.
    public func stop() -> [WatchEffect] {
        flushAll(at: clock.now()) + [.recordWindowMarks(windowMarks)]
    }
}
