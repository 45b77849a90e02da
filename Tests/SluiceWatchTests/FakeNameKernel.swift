import Foundation
import Synchronization
@testable import SluiceWatch

/// The name service's kernel in memory: one journal of what happened in order (binds, adds,
/// releases, stops), answers to hand out, and switches to make binding or adding fail.
final class FakeNameKernel: NameKernel {
    struct State {
        var journal: [String] = []
        var pending: [(id: UInt32, packet: [UInt8])] = []
        var failAdd = false
        var failBind = false
        /// Every admission added, with its timeout.
        var added: [NameAdmission] = []
    }

    let state = Mutex(State())

    var journal: [String] { state.withLock { $0.journal } }
    var added: [NameAdmission] { state.withLock { $0.added } }

    func set(failAdd: Bool? = nil, failBind: Bool? = nil) {
        state.withLock { s in
            if let failAdd { s.failAdd = failAdd }
            if let failBind { s.failBind = failBind }
        }
    }

    func clear() { state.withLock { $0.journal = []; $0.added = [] } }

    /// Queues a held answer for the bound source to hand out.
    func hold(_ id: UInt32, _ packet: [UInt8]) { state.withLock { $0.pending.append((id, packet)) } }

    func bind(queue: UInt16) throws -> any AnswerSource {
        try state.withLock { s in
            if s.failBind { throw FakeKernelError.refused }
            s.journal.append("bind \(queue)")
        }
        return Source(kernel: self, queue: queue)
    }

    func add(_ admissions: [NameAdmission]) throws {
        try state.withLock { s in
            if s.failAdd { throw FakeKernelError.refused }
            s.journal.append("add " + admissions.map { "\($0.set) \($0.address)" }.joined(separator: ", "))
            s.added += admissions
        }
    }

    /// The watcher's own questions (by default a server that agrees with every answer the tests
    /// send).
    let questions: FakeConfirmer

    init(questions: FakeConfirmer = FakeConfirmer()) { self.questions = questions }

    func confirmer(queue: any AnswerSource) -> any NameConfirmer { questions }

    /// A bound queue of the fake kernel.
    struct Source: AnswerSource {
        let kernel: FakeNameKernel
        let queue: UInt16

        func release(_ id: UInt32) throws { kernel.state.withLock { $0.journal.append("release \(id)") } }

        func next(timeout: Duration) throws -> [(id: UInt32, packet: [UInt8])] {
            let held = kernel.state.withLock { s in
                defer { s.pending = [] }
                return s.pending
            }
            // A running name thread waits here like on the real queue, rather than spinning.
            if held.isEmpty { Thread.sleep(forTimeInterval: min(0.01, Double(timeout.components.seconds))) }
            return held
        }

        func stop() { kernel.state.withLock { $0.journal.append("unbind \(queue)") } }
    }
}
