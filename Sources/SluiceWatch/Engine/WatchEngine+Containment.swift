import Foundation
import SluiceCompiler
import SluiceSystem

extension WatchEngine {
    /// Adds a host to the containment set of its level, the duration as the element's timeout, so
    /// the containment holds if the watcher dies and ends on time without it.
    /// With `replacing`, the host's element (a shorter containment of the level) is replaced in the
    /// same transaction.
    func addToKernel(_ host: HostID, level: ContainmentKind, ends: ContainmentEnd, reason: String,
                     at now: Date, replacing: Bool = false) throws {
        guard let targets = index.containmentElements(host: host, level: level) else {
            throw WatchError.noContainmentSet(host: host.description, level: level)
        }
        let timeout = ends.timeoutMilliseconds(at: now)
        var perSet: [(String, [SetElement])] = []
        for target in targets {
            let set = target.set
            let element = SetElement(target.key, timeout: timeout, comment: String(reason.utf8.prefix(120)) ?? reason)
            if let i = perSet.firstIndex(where: { $0.0 == set }) {
                perSet[i].1.append(element)
            } else {
                perSet.append((set, [element]))
            }
        }
        for (set, elements) in perSet {
            if replacing {
                try kernel.replaceElements(elements, table: table, set: set)
            } else {
                try kernel.addElements(elements, table: table, set: set)
            }
        }
        generation += 1
    }

    /// Contains a host for an exceeded quota unless a containment at least as strong and at least
    /// as long already holds; returns the new containment, or nil when one held. A containment is
    /// never shortened: a shorter one of the same level is replaced, one of the other level stays
    /// beside it. Throws when the kernel refused.
    func contain(_ host: HostID, response: ExceedResponse, quotaID: String, at now: Date) throws -> ContainmentState? {
        guard let level = response.level else { return nil }
        let ends = ContainmentEnd(start: now, seconds: response.duration)
        let holding = ContainmentKind.allCases.filter { $0 >= level }.compactMap { containments[ContainmentKey(host: host, level: $0)] }
        if holding.contains(where: { $0.ends.lasts(atLeastAs: ends) }) { return nil }
        let reason = "quota \(quotaID) exceeded"
        try addToKernel(host, level: level, ends: ends, reason: reason, at: now,
                        replacing: containments[ContainmentKey(host: host, level: level)] != nil)
        let state = ContainmentState(host: host, level: level, since: now, ends: ends, reason: reason, origin: .watcher,
                                     quotaID: quotaID, generation: generation)
        containments[state.key] = state
        logger.notice("contained a host", metadata: [
            "host": "\(host)", "level": "\(level.rawValue)", "quota": "\(quotaID)",
            "expires": "\(ends.date.map(RFC3339.format) ?? "until released")"])
        return state
    }

    /// Compares the kernel's containment sets with what the engine knows: ends expired and released
    /// containments, puts back ones the kernel lost while the store still holds them, and learns
    /// ones added from outside (`sluice block`).
    func absorbContainment(_ readings: PollReadings) -> [WatchEffect] {
        let time = readings.plan.time
        let (present, readSets) = presentContainments(readings)
        let stored = readings.storedContainments.map { list in
            Dictionary(list.map { (ContainmentKey(host: $0.host, level: $0.level), $0) }, uniquingKeysWith: { a, _ in a })
        }
        var effects: [WatchEffect] = []
        for key in containments.keys.sorted() {
            guard var state = containments[key] else { continue }
            let sets = index.containmentElements(host: key.host, level: key.level)?.map(\.set) ?? []
            guard !sets.isEmpty, sets.allSatisfy(readSets.contains) else { continue }
            if let end = present[key] {
                // An operator may have contained it again with another duration.
                if case .at(let kernelEnd) = end, case .at(let known) = state.ends, abs(kernelEnd.timeIntervalSince(known)) > 2 {
                    state.ends = end
                }
                if case .untilReleased = end { state.ends = end }
                state.missingSince = nil
                containments[key] = state
                continue
            }
            // Added after this poll's reads began: its absence means nothing yet.
            if state.generation > readings.plan.generation { continue }
            effects += settleMissing(key, state, stored: stored, at: time)
        }
        for (key, end) in present.sorted(by: { $0.key < $1.key }) where containments[key] == nil {
            let record = stored?[key]
            if stored != nil && record == nil {
                effects += adopted(key, ends: end, at: time)
                continue
            }
            containments[key] = ContainmentState(host: key.host, level: key.level, since: record?.since ?? time,
                                                 ends: end, reason: record?.reason ?? "found in the kernel",
                                                 origin: record?.origin ?? .unknown, quotaID: nil, generation: generation)
            logger.info("learned a containment added from outside", metadata: [
                "host": "\(key.host)", "level": "\(key.level.rawValue)", "origin": "\(record?.origin.rawValue ?? "unknown")"])
        }
        return effects
    }

    /// The containments the kernel's sets hold, with their ends, and which sets were read.
    private func presentContainments(_ readings: PollReadings) -> ([ContainmentKey: ContainmentEnd], Set<String>) {
        var present: [ContainmentKey: ContainmentEnd] = [:]
        var readSets: Set<String> = []
        for ref in readings.plan.containmentSets {
            guard let elements = readings.containment[ref.name] else { continue }
            readSets.insert(ref.name)
            for element in elements {
                guard let host = ContainmentBinding.host(of: element, in: ref) else { continue }
                present[ContainmentKey(host: host, level: ref.kind)] = ContainmentReading.end(of: element, at: readings.plan.time)
            }
        }
        return (present, readSets)
    }

    /// A containment the engine knows but the kernel no longer holds: it expired, was released,
    /// or was lost (a recreated table) while the store still holds it, and is put back.
    private func settleMissing(_ key: ContainmentKey, _ known: ContainmentState,
                               stored: [ContainmentKey: StoredContainment]?, at time: Date) -> [WatchEffect] {
        var state = known
        if case .at(let end) = state.ends, time.timeIntervalSince(end) >= -1.5 {
            containments[key] = nil
            logger.info("a containment expired", metadata: ["host": "\(key.host)", "level": "\(key.level.rawValue)"])
            return [.endContainment(host: key.host, level: key.level, at: end),
                    .alert(endAlert(state, kind: .expired, at: end), sinks: index.alertSinks(host: key.host))]
        }
        guard let stored else { return [] }
        guard let record = stored[key] else {
            containments[key] = nil
            logger.info("a containment was released", metadata: ["host": "\(key.host)", "level": "\(key.level.rawValue)"])
            return [.alert(endAlert(state, kind: .released, at: time), sinks: index.alertSinks(host: key.host))]
        }
        // Gone from the kernel while the store still holds it: a lost element (a recreated
        // table), or a release caught halfway; wait a moment before putting it back.
        guard let since = state.missingSince else {
            state.missingSince = time
            containments[key] = state
            return []
        }
        guard time.timeIntervalSince(since) >= configuration.containmentRestoreGrace.secondsValue else { return [] }
        let ends = ContainmentEnd(record.expires)
        do {
            try addToKernel(key.host, level: key.level, ends: ends, reason: record.reason, at: time)
            state.missingSince = nil
            state.ends = ends
            state.generation = generation
            containments[key] = state
            logger.warning("a containment was missing from the kernel; put it back", metadata: [
                "host": "\(key.host)", "level": "\(key.level.rawValue)"])
        } catch {
            logger.error("could not put a containment back", metadata: [
                "host": "\(key.host)", "level": "\(key.level.rawValue)", "error": "\(error)"])
        }
        return []
    }

    /// Containments that expired while no watcher ran, gone from the kernel: ended in the store at
    /// their expiry and alerted, as a running watcher does when it sees one expire. Ending them
    /// is what makes the alert come once: the next start finds them ended.
    func endedWhileDown(_ records: [StoredContainment]) -> [WatchEffect] {
        var effects: [WatchEffect] = []
        for record in records.sorted(by: { ($0.host, $0.level) < ($1.host, $1.level) }) {
            guard let end = record.expires else { continue }
            let state = ContainmentState(host: record.host, level: record.level, since: record.since, ends: .at(end),
                                         reason: record.reason, origin: record.origin, quotaID: nil, generation: generation)
            logger.info("a containment expired while no watcher ran", metadata: [
                "host": "\(record.host)", "level": "\(record.level.rawValue)"])
            effects += [.endContainment(host: record.host, level: record.level, at: end),
                        .alert(endAlert(state, kind: .expired, at: end), sinks: index.alertSinks(host: record.host))]
        }
        return effects
    }

    /// The alert of a containment that ended.
    func endAlert(_ state: ContainmentState, kind: AlertEventKind, at time: Date) -> AlertEvent {
        AlertEvent(time: time, kind: kind, table: table, host: state.host, groups: index.groups(of: state.host),
                   quotaID: state.quotaID, action: state.level.rawValue, ends: state.ends, since: state.since,
                   reason: state.reason)
    }
}
