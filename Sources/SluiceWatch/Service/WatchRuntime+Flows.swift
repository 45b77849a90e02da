import Foundation
import SluiceSystem

extension WatchRuntime {
    /// The flow thread: takes in ended connections and would-deny notices as they come, reads every
    /// live connection's counters every `flowReadInterval` (at once at the start, for what was
    /// counted while no watcher ran), writes what it counted every `flushInterval`, prunes old
    /// rollups hourly. It has its own lock and thread, so accounting never delays a containment.
    func flowLoop() {
        guard let source = flowSource, accountant != nil else { return }
        refreshLocalAddresses(source)
        var nextRead = Date()
        var nextFlush = Date().addingTimeInterval(configuration.flushInterval.secondsValue)
        var nextPrune = Date()
        var nextAddresses = Date().addingTimeInterval(60)
        while !stop.isStopped {
            let due = min(nextRead, nextFlush, nextPrune, nextAddresses)
            let wait = max(0, min(0.25, due.timeIntervalSinceNow))
            do {
                let events = try source.nextEvents(timeout: Duration.milliseconds(Int64(wait * 1000)))
                if !events.isEmpty {
                    let now = clock.now()
                    accountant?.withLock { $0.absorb(events, at: now) }
                }
            } catch {
                logger.error("reading conntrack events failed; reading the table instead", metadata: ["error": "\(error)"])
                nextRead = Date()
                Thread.sleep(forTimeInterval: 1)
            }
            let now = Date()
            if now >= nextRead {
                readConnections(source)
                nextRead = now.addingTimeInterval(configuration.flowReadInterval.secondsValue)
            }
            if now >= nextFlush {
                flushFlows()
                nextFlush = now.addingTimeInterval(configuration.flushInterval.secondsValue)
            }
            if now >= nextPrune {
                submit([.pruneFlows(olderThan: configuration.flowRetention, at: clock.now())])
                nextPrune = now.addingTimeInterval(3600)
            }
            if now >= nextAddresses {
                refreshLocalAddresses(source)
                nextAddresses = now.addingTimeInterval(60)
            }
        }
    }

    /// At a clean stop: the counters since the last read, and everything not yet written.
    /// Then the destroy events still queued: a read skips connections that expired but were not
    /// yet collected, and collecting them (the read does it too) sends their ends, with their
    /// bytes, to the socket that nobody else will read.
    func finishFlows() {
        guard let source = flowSource else { return }
        readConnections(source)
        for _ in 0..<1_000 {
            guard let events = try? source.nextEvents(timeout: .milliseconds(50)), !events.isEmpty else { break }
            let now = clock.now()
            accountant?.withLock { $0.absorb(events, at: now) }
        }
        flushFlows()
    }

    /// Reads (and resets) every live connection's counters into the rollups, a part at a time as
    /// the kernel sends them: the first read at the start meets the first sweep of every host, and
    /// a whole table held at once was part of the watcher's peak memory (bench/WATCH.md).
    private func readConnections(_ source: any ConnectionSource) {
        let started = ContinuousClock.now
        let now = clock.now()
        do {
            try source.drain { connections in
                accountant?.withLock { $0.absorb(connections, ended: false, at: now) }
            }
            let seconds = (ContinuousClock.now - started).secondsValue
            let accepted = accountant?.withLock {
                $0.noteDrain(seconds: seconds)
                return $0.takeAccepted()
            }
            if let accepted { noteAcceptedForNames(accepted) }
        } catch {
            logger.error("could not read the conntrack table", metadata: ["error": "\(error)"])
        }
    }

    /// Hands what flow accounting counted since the last flush to the store thread.
    private func flushFlows() {
        let denied = deniedInbox.withLock { inbox in
            defer { inbox = [] }
            return inbox
        }
        let effect = accountant?.withLock { accountant in
            accountant.noteDenied(denied)
            return accountant.flush()
        }
        if let effect { submit([effect]) }
    }

    private func refreshLocalAddresses(_ source: any ConnectionSource) {
        do {
            let addresses = try source.localAddresses()
            accountant?.withLock { $0.setLocalAddresses(addresses) }
        } catch {
            logger.error("could not read this machine's addresses", metadata: ["error": "\(error)"])
        }
    }
}
