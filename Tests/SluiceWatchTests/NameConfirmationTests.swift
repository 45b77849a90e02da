import Testing
import SluiceCompiler
import SluiceLanguage
@testable import SluiceWatch

/// A held answer is only a reply to the client's own query: a client the attacker owns can have a
/// forger outside answer it first. So an address not learned for the name yet is admitted only
/// when the server, asked again by the watcher, gives it too; a refresh within what that question
/// vouched for asks nothing (`NameRefreshTests`: one past it asks again), a burst of answers asks
/// once, and a server is asked about one name at most once a second.
@Suite struct NameConfirmationTests {
    typealias Journal = NameServiceTests.Journal
    static let server = IPAddress("192.0.2.53")!

    static func address(_ last: UInt8) -> IPAddress { IPAddress(bytes: [198, 51, 100, last])! }

    /// An answer for `question` from 192.0.2.53 giving 198.51.100.`lasts`.
    static func packet(_ question: String, _ lasts: [UInt8], ttl: UInt32 = 300) -> [UInt8] {
        var m = DNSMessageBuilder(question: question)
        for last in lasts { m.a(question, [198, 51, 100, last], ttl: ttl) }
        return HeldAnswerTests.ipv4(17, HeldAnswerTests.udp(m.bytes))
    }

    @Test("an answer the server does not confirm admits nothing, and is still released")
    func aForgedAnswerAdmitsNothing() throws {
        let journal = Journal()
        let confirmer = FakeConfirmer(["pypi.org": [Self.address(10)]])
        var service = NameServiceTests.service(journal, confirmer: confirmer)
        let learning = try service.handle(id: 1, packet: Self.packet("pypi.org", [66, 67]), now: 0)
        #expect(journal.all == ["release 1"])
        #expect(learning.admissions.isEmpty && learning.unconfirmed == [Self.address(66), Self.address(67)])
        #expect(learning.answered.isEmpty, "an unconfirmed address explains no later connection")
        #expect(confirmer.asked == ["pypi.org a"])
        #expect(service.counts.unconfirmed == 2 && service.counts.admitted == 0)
        #expect(service.learner.learned(now: 0).isEmpty)
    }

    @Test("a CNAME from another name to a listed one is confirmed by asking the listed name itself")
    func aChainIsConfirmedByTheListedName() throws {
        let journal = Journal()
        let confirmer = FakeConfirmer(["pypi.org": [Self.address(1)], "evil.example": [Self.address(66)]])
        var service = NameServiceTests.service(journal, confirmer: confirmer)
        // What a resolver that keeps out-of-zone records would answer for the attacker's name.
        var m = DNSMessageBuilder(question: "evil.example")
        m.cname("evil.example", "pypi.org")
        m.a("pypi.org", [198, 51, 100, 66])
        let learning = try service.handle(id: 1, packet: HeldAnswerTests.ipv4(17, HeldAnswerTests.udp(m.bytes)), now: 0)
        #expect(confirmer.asked == ["pypi.org a"])
        #expect(learning.unconfirmed == [Self.address(66)] && journal.all == ["release 1"])
    }

    @Test("only the addresses the server confirms are admitted")
    func partlyConfirmed() throws {
        let journal = Journal()
        var service = NameServiceTests.service(journal, confirmer: FakeConfirmer(["pypi.org": [Self.address(1), Self.address(2)]]))
        let learning = try service.handle(id: 1, packet: Self.packet("pypi.org", [1, 66]), now: 0)
        #expect(journal.all == ["add dn_pypi_v4 198.51.100.1", "release 1"])
        #expect(learning.unconfirmed == [Self.address(66)])
    }

    @Test("a server that does not answer the watcher confirms nothing")
    func noAnswer() throws {
        let journal = Journal()
        let confirmer = FakeConfirmer([:])
        var service = NameServiceTests.service(journal, confirmer: confirmer)
        try service.handle(id: 1, packet: Self.packet("pypi.org", [1]), now: 0)
        #expect(journal.all == ["release 1"] && confirmer.asked == ["pypi.org a"])
    }

    @Test("an address already learned for the name is refreshed without a question within what it confirmed")
    func aRefreshAsksNothing() throws {
        let journal = Journal()
        let confirmer = FakeConfirmer(["pypi.org": [Self.address(1)]], ttl: 600)
        var service = NameServiceTests.service(journal, confirmer: confirmer)
        try service.handle(id: 1, packet: Self.packet("pypi.org", [1], ttl: 600), now: 0)
        // Past the question's reuse (5 minutes at most) and the once-a-second limit; the
        // resolver's cache counts the TTL down, so the answer ends where the watcher's own did.
        try service.handle(id: 2, packet: Self.packet("pypi.org", [1], ttl: 240), now: 360_000)
        #expect(confirmer.asked == ["pypi.org a"])
        #expect(journal.all == ["add dn_pypi_v4 198.51.100.1", "release 1", "add dn_pypi_v4 198.51.100.1", "release 2"])
    }

    @Test("a burst of forged answers asks the server once a second, not once an answer")
    func oneQuestionASecond() throws {
        let journal = Journal()
        let confirmer = FakeConfirmer(["pypi.org": [Self.address(1)]])
        var service = NameServiceTests.service(journal, confirmer: confirmer)
        for (i, last) in (66...75).enumerated() {
            try service.handle(id: UInt32(i), packet: Self.packet("pypi.org", [UInt8(last)]), now: UInt64(i) * 50)
        }
        #expect(confirmer.asked == ["pypi.org a"])
        try service.handle(id: 99, packet: Self.packet("pypi.org", [76]), now: 1_000)
        #expect(confirmer.asked == ["pypi.org a", "pypi.org a"])
        #expect(service.counts.admitted == 0 && service.counts.unconfirmed == 11)
    }

    @Test("a clock set back asks again instead of keeping an entry for as long as it went back")
    func clockSetBack() throws {
        let journal = Journal()
        let confirmer = FakeConfirmer(["pypi.org": [Self.address(1)]])
        var service = NameServiceTests.service(journal, confirmer: confirmer)
        try service.handle(id: 1, packet: Self.packet("pypi.org", [66]), now: 3_600_000)
        try service.handle(id: 2, packet: Self.packet("pypi.org", [1]), now: 1_000)
        #expect(confirmer.asked == ["pypi.org a", "pypi.org a"])
        #expect(journal.all == ["release 1", "add dn_pypi_v4 198.51.100.1", "release 2"])
    }

    @Test("a confirmation is reused while its TTL lasts for the addresses it gave")
    func reusedWithinTTL() throws {
        let journal = Journal()
        let confirmer = FakeConfirmer(["pypi.org": [Self.address(1), Self.address(2)]], ttl: 60)
        var service = NameServiceTests.service(journal, confirmer: confirmer)
        try service.handle(id: 1, packet: Self.packet("pypi.org", [1]), now: 0)
        try service.handle(id: 2, packet: Self.packet("pypi.org", [2]), now: 5_000)
        #expect(confirmer.asked == ["pypi.org a"])
        #expect(service.counts.admitted == 2)
        // The fake's TTL is 60 s: after it, a new address is asked about again.
        try service.handle(id: 3, packet: Self.packet("pypi.org", [3]), now: 61_000)
        #expect(confirmer.asked == ["pypi.org a", "pypi.org a"] && service.counts.unconfirmed == 1)
    }

    @Test("an IPv6 answer is confirmed with an AAAA question")
    func ipv6AsksAAAA() throws {
        let journal = Journal()
        let v6 = IPAddress("2001:db8::7")!
        let confirmer = FakeConfirmer(["pypi.org": [v6]])
        var service = NameServiceTests.service(journal, confirmer: confirmer)
        var m = DNSMessageBuilder(question: "pypi.org", type: 28)
        m.aaaa("pypi.org", Array(v6.bytes))
        try service.handle(id: 1, packet: HeldAnswerTests.ipv6(17, HeldAnswerTests.udp(m.bytes)), now: 0)
        #expect(confirmer.asked == ["pypi.org aaaa"])
        #expect(journal.all == ["add dn_pypi_v6 2001:db8::7", "release 1"])
    }

    @Test("answers the confirmer read from the queue while it waited are handled next, in order")
    func deferredAnswersAreHandled() throws {
        let confirmer = FakeConfirmer(["pypi.org": [Self.address(1)], "files.pythonhosted.org": [Self.address(2)]])
        let kernel = FakeNameKernel(questions: confirmer)
        var watch = try NameWatchTests.watch(kernel)
        confirmer.deferAtNextQuestion(8, Self.packet("files.pythonhosted.org", [2]))
        watch.handle(id: 7, packet: Self.packet("pypi.org", [1]), now: NameWatchTests.now, received: .now)
        #expect(kernel.journal == ["bind \(NameWatchTests.binding.queue)", "add dn_pypi_v4 198.51.100.1", "release 7",
                                   "add dn_pypi_v4 198.51.100.2, dn_hosted_v4 198.51.100.2", "release 8"])
        #expect(watch.figures(now: NameWatchTests.now)?.answersReleased == 2)
    }

    @Test("a question no server answered is counted for metrics and handed to the log once, by server")
    func unansweredIsCountedAndLogged() throws {
        let kernel = FakeNameKernel(questions: FakeConfirmer([:]))
        var watch = try NameWatchTests.watch(kernel)
        watch.handle(id: 1, packet: Self.packet("pypi.org", [1]), now: NameWatchTests.now, received: .now)
        #expect(kernel.journal == ["bind \(NameWatchTests.binding.queue)", "release 1"])
        var snapshot = MetricsSnapshot(quotas: [], contained: [], incidentsTotal: 0, deniedTotals: [], pollSeconds: nil)
        snapshot.names = watch.figures(now: NameWatchTests.now)
        #expect(snapshot.prometheusText.contains("sluice_names_questions_unanswered_total 1\n"))
        let logged = watch.takeUnanswered()
        #expect(logged.map(\.server) == [Self.server] && logged.first?.questions == ["pypi.org"])
        #expect(watch.takeUnanswered().isEmpty)
    }

    @Test("the unconfirmed addresses are counted for metrics and handed to the log once")
    func countedAndLogged() throws {
        let kernel = FakeNameKernel(questions: FakeConfirmer(["pypi.org": []]))
        var watch = try NameWatchTests.watch(kernel)
        watch.handle(id: 1, packet: Self.packet("pypi.org", [66]), now: NameWatchTests.now, received: .now)
        var snapshot = MetricsSnapshot(quotas: [], contained: [], incidentsTotal: 0, deniedTotals: [], pollSeconds: nil)
        snapshot.names = watch.figures(now: NameWatchTests.now)
        #expect(snapshot.prometheusText.contains("sluice_names_unconfirmed_total 1\n"))
        let logged = watch.takeUnconfirmed()
        #expect(logged.map(\.name) == ["pypi.org"] && logged.first?.addresses == [Self.address(66)])
        #expect(watch.takeUnconfirmed().isEmpty)
    }
}
