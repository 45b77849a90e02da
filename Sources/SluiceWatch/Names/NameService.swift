import SluiceCompiler
import SluiceLanguage

/// Handles each held answer in the one order that makes names race-free: learn from it, add its
/// addresses to the kernel in one batch, and only then release it, so the client cannot have an
/// address the kernel does not admit yet. An address this service's own write already admitted
/// until past max(TTL, floor) is not written again while nobody else committed since (a
/// re-apply, a flushed set, a recreated table or a restart all write again). An answer that teaches nothing, or whose batch the
/// kernel refuses, is released all the same (DNS keeps working; the addresses stay denied).
///
/// An address not learned for the name yet is admitted only once the server that sent the
/// answer gives it again to the watcher's own question (`NameConfirmer`, through a
/// `ConfirmationCache`), and one learned is admitted past what that question vouched for only
/// once the server gives it again: a held answer is only a reply to the client's query, and a
/// client the attacker owns can have a forger outside send one.
public struct NameService: Sendable {
    public private(set) var learner: NameLearner
    public private(set) var counts = NameCounts()
    private let queue: any AnswerQueue
    private let writer: any LearnedSetWriter
    /// The watcher's own questions; `deferred` hands back what it read from the queue meanwhile.
    public let confirmer: any NameConfirmer
    private var confirmations = ConfirmationCache()

    /// Creates a service for a compiled policy's names.
    public init(_ binding: DNSBinding, queue: any AnswerQueue, writer: any LearnedSetWriter, confirmer: any NameConfirmer) {
        learner = NameLearner(binding)
        self.queue = queue
        self.writer = writer
        self.confirmer = confirmer
    }

    /// The watcher's own questions no server answered since the last call (for the log).
    public mutating func takeUnanswered() -> [(server: IPAddress, question: String)] {
        confirmations.takeUnanswered()
    }

    /// Takes back an earlier element into the learner (see `NameLearner.restore`).
    mutating func restore(name: String, address: IPAddress, expiry: UInt64, now: UInt64) -> [NameAdmission] {
        learner.restore(name: name, address: address, expiry: expiry, now: now)
    }

    /// Counts a batch the kernel refused outside an answer (restoring elements).
    mutating func countFailedBatch() { counts.failedBatches += 1 }

    /// Learns from the held packet `id`, admits, then releases it; returns what it taught.
    @discardableResult
    public mutating func handle(id: UInt32, packet: [UInt8], now: UInt64) throws -> NameLearning {
        var learning = NameLearning(ignored: .unreadable)
        if let held = HeldAnswer(packet: packet) {
            // Taken out while the learner runs, so that the closure is its only user (no copy).
            var cache = confirmations
            let unansweredBefore = cache.unansweredCount
            confirmations = ConfirmationCache()
            let confirmer = confirmer
            learning = learner.learn(message: held.message, from: held.server, now: now) { name, asked in
                cache.confirmed(asked, question: name, server: held.server, now: now, asking: confirmer)
            }
            counts.unanswered += cache.unansweredCount - unansweredBefore
            confirmations = cache
        }
        counts.answers += 1
        counts.unconfirmed += learning.unconfirmed.count
        counts.capped += learning.cappedNames.count
        if let reason = learning.ignored { counts.ignored[reason, default: 0] += 1 }
        var writes = learning.admissions
        if !learning.standing.isEmpty {
            // One question to the kernel instead of a transaction: the elements stand if nobody
            // else committed since this writer's write. An error, or any doubt, writes them.
            let epoch = (try? writer.standingEpoch()) ?? nil
            for standing in learning.standing where standing.epoch != epoch { writes.append(standing.admission) }
            counts.unchanged += learning.standing.count - (writes.count - learning.admissions.count)
        }
        learning.admissions = []
        if !writes.isEmpty {
            do {
                try writer.add(writes)
                learner.wrote(writes, epoch: writer.writtenEpoch, now: now)
                counts.admitted += writes.count
                learning.admissions = writes
            } catch {
                learner.wrote(writes, epoch: nil, now: now)
                counts.failedBatches += 1
            }
        }
        try queue.release(id)
        return learning
    }
}
