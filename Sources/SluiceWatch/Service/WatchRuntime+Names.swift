import Foundation
import SluiceCompiler
import SluiceLanguage
import Synchronization

extension WatchRuntime {
    /// The name thread: follows the binding the poll thread last saw in the live policy (binding,
    /// rebinding or unbinding the queue; a queue it cannot bind is tried again every second), and
    /// handles each held answer: learn, admit, release. Learned elements go to the store once a
    /// second; at the first binding those the store kept (an earlier watcher's) come back. It has
    /// its own lock and thread: a held answer never waits for a quota event, nor one for it.
    func namesLoop() {
        guard namesEnabled else { return }
        var followed = -1
        var restored = false
        var nextTry = Date()
        var failing = false
        var nextFlush = Date().addingTimeInterval(1)
        while !stop.isStopped {
            let target = nameTarget.withLock { $0 }
            if target.generation != followed && Date() >= nextTry {
                do {
                    try names.withLock { try $0?.follow(target.binding, now: nowMilliseconds()) }
                    followed = target.generation
                    if failing { logger.info("bound the DNS answer queue", metadata: ["queue": "\(target.binding?.queue ?? 0)"]) }
                    failing = false
                    if target.binding != nil && !restored {
                        restored = true
                        restoreNames()
                    }
                } catch {
                    // Once per outage, not every second.
                    if !failing {
                        logger.error("could not bind the DNS answer queue; answers pass and teach nothing until it is (tried every second)",
                                     metadata: ["queue": "\(target.binding?.queue ?? 0)", "error": "\(error)"])
                    }
                    failing = true
                    nextTry = Date().addingTimeInterval(1)
                }
            }
            if !handleHeldAnswers() { namesWake.wait(until: Date().addingTimeInterval(0.25)) }
            let denied = namesDenied.withLock { inbox in
                defer { inbox = [] }
                return inbox
            }
            if !denied.isEmpty {
                let now = nowMilliseconds()
                names.withLock { $0?.noteDenied(denied, now: now) }
            }
            checkCrossGroup()
            if Date() >= nextFlush {
                flushNames()
                nextFlush = Date().addingTimeInterval(1)
            }
        }
        names.withLock { $0?.stop() }
        flushNames()
    }

    /// Waits up to 250 ms for held answers and handles them; false when no queue is bound.
    private func handleHeldAnswers() -> Bool {
        guard let source = names.withLock({ $0?.answers }) else { return false }
        do {
            let held = try source.next(timeout: .milliseconds(250))
            let received = ContinuousClock.now
            if !held.isEmpty {
                let now = nowMilliseconds()
                names.withLock { watch in
                    for answer in held { watch?.handle(id: answer.id, packet: answer.packet, now: now, received: received) }
                }
            }
        } catch {
            logger.error("reading held DNS answers failed", metadata: ["error": "\(error)"])
            Thread.sleep(forTimeInterval: 0.1)
        }
        return true
    }

    /// Asks the name thread to follow `binding` (a new live policy, or the same one again: its
    /// sets may have been recreated, so the learned elements are written again).
    func followNames(_ binding: DNSBinding?) {
        guard namesEnabled else { return }
        nameTarget.withLock { $0 = (binding, $0.generation + 1) }
        namesWake.wake()
    }

    /// Hands the destinations of denied attempts to the name thread (from the event thread: an
    /// append under a lock of its own; a backlog past 10,000 is dropped rather than grown).
    func noteDeniedForNames(_ effects: [WatchEffect]) {
        let addresses = effects.compactMap { effect -> IPAddress? in
            if case .noteDenied(let note) = effect { return note.destination.address }
            return nil
        }
        guard !addresses.isEmpty else { return }
        namesDenied.withLock { inbox in
            if inbox.count < 10_000 { inbox += addresses }
        }
    }

    private func restoreNames() {
        do {
            let stored = try store.learnedNames(table: configuration.table, at: clock.now())
            let now = nowMilliseconds()
            names.withLock { $0?.restore(stored, now: now) }
            if !stored.isEmpty { logger.info("restored learned addresses", metadata: ["elements": "\(stored.count)"]) }
        } catch {
            logger.error("could not read the learned addresses", metadata: ["error": "\(error)"])
        }
    }

    private func flushNames() {
        // A forged answer, or a server whose answers change faster than it keeps them: either is
        // worth a line, and a flood of them is cut to the first few a second (all are counted).
        let unconfirmed: [(name: String, addresses: [IPAddress])] = names.withLock { $0?.takeUnconfirmed() ?? [] }
        for sighting in unconfirmed {
            let addresses = sighting.addresses.map { "\($0)" }.joined(separator: " ")
            logger.warning("a DNS answer gave addresses its server did not confirm to the watcher's own question; not admitted (or, learned before, not extended)",
                           metadata: ["name": "\(sighting.name)", "addresses": "\(addresses)"])
        }
        let unanswered: [(server: IPAddress, questions: [String])] = names.withLock { $0?.takeUnanswered() ?? [] }
        for (server, questions) in unanswered {
            logger.error("""
                a dns server did not answer the watcher's own question (no answer within 1 s, or refused): \
                the new addresses its answers give stay denied; it must answer queries from this machine
                """, metadata: ["server": "\(server)", "names": "\(questions.joined(separator: " "))"])
        }
        let unsaved = names.withLock { $0?.takeUnsaved() ?? [] }
        guard !unsaved.isEmpty else { return }
        submit([.recordLearnedNames(unsaved, at: clock.now())])
    }

    /// The watcher's clock in Unix milliseconds (the learner's and the store's time).
    func nowMilliseconds() -> UInt64 { UInt64(max(0, clock.now().timeIntervalSince1970 * 1_000)) }
}
