import Foundation
import Synchronization
import Testing
import SluiceCompiler
import SluiceLanguage
@testable import SluiceWatch

/// An element the service's own write admitted until past what an answer lets the client do
/// (max(TTL, floor)) is not written again, only while nobody else committed since that write;
/// anything in doubt is written.
@Suite struct NameServiceSkipTests {
    /// A kernel whose ruleset someone else may commit to: each such commit starts a new epoch,
    /// which this writer's next write is in.
    final class EpochWriter: LearnedSetWriter {
        let journal = NameServiceTests.Journal()
        private let epoch = Mutex<UInt64>(1)
        private let refusing = Mutex(false)
        let questions = Mutex(0)

        func add(_ admissions: [NameAdmission]) throws {
            if refusing.withLock({ $0 }) { throw CocoaError(.featureUnsupported) }
            journal.note(admissions.map { "\($0.address) \($0.timeoutMilliseconds / 1_000)s" }.joined(separator: ", "))
        }
        var writtenEpoch: UInt64? { epoch.withLock { $0 } }
        func standingEpoch() throws -> UInt64? {
            questions.withLock { $0 += 1 }
            return epoch.withLock { $0 }
        }
        /// An apply, a flushed set, a recreated table: someone else committed.
        func foreignCommit() { epoch.withLock { $0 += 1 } }
        func refuse(_ refuse: Bool) { refusing.withLock { $0 = refuse } }
    }

    static func service(_ writer: any LearnedSetWriter) -> NameService {
        NameService(TestPolicies.compile(NameLearnerTests.policy).dns!, queue: NameServiceTests.FakeQueue(journal: .init()),
                    writer: writer, confirmer: FakeConfirmer())
    }

    /// An answer for pypi.org with 198.51.100.1 and `ttl` (the policy's floor is 30 s).
    static func answer(ttl: UInt32) -> [UInt8] {
        var m = DNSMessageBuilder(question: "pypi.org")
        m.a("pypi.org", [198, 51, 100, 1], ttl: ttl)
        var packet = HeldAnswerTests.ipv4(17, HeldAnswerTests.udp(m.bytes))
        packet.replaceSubrange(12..<16, with: [192, 0, 2, 53])
        return packet
    }

    /// Handles the answers (TTL, arrival) in order, ids from 1.
    static func handle(_ service: inout NameService, _ answers: [(ttl: UInt32, now: UInt64)]) throws {
        for (i, answer) in answers.enumerated() {
            try service.handle(id: UInt32(i + 1), packet: Self.answer(ttl: answer.ttl), now: answer.now)
        }
    }

    @Test("a cached answer repeated within its TTL writes nothing; a fresh TTL past the element's expiry writes")
    func repeatedAnswer() throws {
        let writer = EpochWriter()
        var service = Self.service(writer)
        try service.handle(id: 1, packet: Self.answer(ttl: 300), now: 0)
        // A resolver's cache counts the TTL down: the element (until 305 s) still covers it.
        let repeated = try service.handle(id: 2, packet: Self.answer(ttl: 290), now: 10_000)
        #expect(writer.journal.all == ["198.51.100.1 305s"])
        #expect(repeated.admissions.isEmpty && service.counts.unchanged == 1 && service.counts.admitted == 1)
        // Fetched again with the whole TTL: usable until 320 s, past the element's 305 s.
        try service.handle(id: 3, packet: Self.answer(ttl: 300), now: 20_000)
        // Usable until 325 s exactly: what the write above admitted (without its grace).
        try service.handle(id: 4, packet: Self.answer(ttl: 55), now: 270_000)
        #expect(writer.journal.all == ["198.51.100.1 305s", "198.51.100.1 305s"])
        #expect(service.counts.unchanged == 2 && service.counts.answers == 4)
    }

    @Test("the floor counts as the TTL: a short answer is covered for the grace only")
    func floorAnswer() throws {
        let writer = EpochWriter()
        var service = Self.service(writer)
        try Self.handle(&service, [(10, 0), (10, 5_000), (10, 5_001)])
        // 0 + 30 + 5 = 35 s covers 5 + 30 s, not 5.001 + 30 s.
        #expect(writer.journal.all == ["198.51.100.1 35s", "198.51.100.1 35s"])
    }

    @Test("after anyone else's commit, or a refused write, the element is written again")
    func foreignCommit() throws {
        let writer = EpochWriter()
        var service = Self.service(writer)
        try service.handle(id: 1, packet: Self.answer(ttl: 300), now: 0)
        writer.foreignCommit()
        try service.handle(id: 2, packet: Self.answer(ttl: 290), now: 10_000)
        try service.handle(id: 3, packet: Self.answer(ttl: 280), now: 20_000)
        #expect(writer.journal.all == ["198.51.100.1 305s", "198.51.100.1 295s"])
        writer.refuse(true)
        try service.handle(id: 4, packet: Self.answer(ttl: 300), now: 30_000)
        writer.refuse(false)
        // Usable until 300 s, which the write of 305 s from 10 s covered: but after a refused
        // write this watcher no longer counts on what it wrote.
        try service.handle(id: 5, packet: Self.answer(ttl: 260), now: 40_000)
        #expect(writer.journal.all == ["198.51.100.1 305s", "198.51.100.1 295s", "198.51.100.1 295s"])
        #expect(writer.questions.withLock { $0 } == 2 && service.counts.unchanged == 1)
    }

    @Test("a clock set back, or a writer that knows no epochs, writes every answer")
    func noKnowledge() throws {
        let writer = EpochWriter()
        var service = Self.service(writer)
        try Self.handle(&service, [(300, 100_000), (290, 50_000)])
        #expect(writer.journal.all.count == 2)
        let journal = NameServiceTests.Journal()
        var plain = Self.service(NameServiceTests.FakeWriter(journal: journal))
        try Self.handle(&plain, [(300, 0), (290, 10_000)])
        #expect(journal.all.count == 2 && plain.counts.unchanged == 0)
    }
}
