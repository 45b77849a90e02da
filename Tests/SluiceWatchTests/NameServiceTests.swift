import Foundation
import Synchronization
import Testing
import SluiceCompiler
import SluiceLanguage
@testable import SluiceWatch

/// The order that makes names race-free: the batch of an answer's addresses reaches the kernel
/// before the answer is released; every answer is released, whatever it taught.
@Suite struct NameServiceTests {
    /// One log of what reached the fakes, in order.
    final class Journal: Sendable {
        let entries = Mutex<[String]>([])
        func note(_ entry: String) { entries.withLock { $0.append(entry) } }
        var all: [String] { entries.withLock { $0 } }
    }

    struct FakeQueue: AnswerQueue {
        let journal: Journal
        func release(_ id: UInt32) throws { journal.note("release \(id)") }
    }

    struct FakeWriter: LearnedSetWriter {
        let journal: Journal
        var fails = false
        func add(_ admissions: [NameAdmission]) throws {
            if fails { throw CocoaError(.featureUnsupported) }
            journal.note("add " + admissions.map { "\($0.set) \($0.address)" }.joined(separator: ", "))
        }
    }

    static func service(_ journal: Journal, failing: Bool = false, confirmer: FakeConfirmer = FakeConfirmer()) -> NameService {
        NameService(TestPolicies.compile(NameLearnerTests.policy).dns!, queue: FakeQueue(journal: journal),
                    writer: FakeWriter(journal: journal, fails: failing), confirmer: confirmer)
    }

    /// An answer with `count` addresses, 198.51.100.1 on.
    static func packet(_ question: String, from server: [UInt8] = [192, 0, 2, 53], count: UInt8 = 2) -> [UInt8] {
        var m = DNSMessageBuilder(question: question)
        for last in 1...count { m.a(question, [198, 51, 100, last]) }
        var packet = HeldAnswerTests.ipv4(17, HeldAnswerTests.udp(m.bytes))
        packet.replaceSubrange(12..<16, with: server)
        return packet
    }

    @Test("the addresses are added in one batch, then the answer is released")
    func order() throws {
        let journal = Journal()
        var service = Self.service(journal)
        try service.handle(id: 7, packet: Self.packet("pypi.org"), now: 0)
        #expect(journal.all == ["add dn_pypi_v4 198.51.100.1, dn_pypi_v4 198.51.100.2", "release 7"])
        #expect(service.counts.admitted == 2 && service.counts.answers == 1)
    }

    @Test("answers that teach nothing are released without a batch, and counted by reason")
    func ignored() throws {
        let journal = Journal()
        var service = Self.service(journal)
        try service.handle(id: 1, packet: Self.packet("other.example"), now: 0)
        try service.handle(id: 2, packet: Self.packet("pypi.org", from: [192, 0, 2, 99]), now: 0)
        try service.handle(id: 3, packet: [0x45, 0, 0], now: 0)
        #expect(journal.all == ["release 1", "release 2", "release 3"])
        #expect(service.counts.ignored == [.unlisted: 1, .untrusted: 1, .unreadable: 1])
    }

    @Test("a batch the kernel refuses still releases the answer, and admits nothing")
    func refusedBatch() throws {
        let journal = Journal()
        var service = Self.service(journal, failing: true)
        let learning = try service.handle(id: 9, packet: Self.packet("pypi.org"), now: 0)
        #expect(journal.all == ["release 9"])
        #expect(learning.admissions.isEmpty && service.counts.failedBatches == 1 && service.counts.admitted == 0)
    }
}
