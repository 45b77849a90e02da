import Foundation
import Testing
import SluiceCompiler
import SluiceLanguage
@testable import SluiceWatch

/// The name service as the watcher runs it: it follows the live policy's binding (bind, rebind on
/// a new queue, unbind without names), writes what it learned to the kernel again after every
/// policy change and after a restart (from the store), releases every answer whatever happened,
/// and counts what status and metrics show.
@Suite struct NameWatchTests {
    static let binding = TestPolicies.compile(NameLearnerTests.policy).dns!
    /// Noon of a day, in Unix milliseconds.
    static let now: UInt64 = 1_780_000_000_000

    static func watch(_ kernel: FakeNameKernel) throws -> NameWatch {
        var watch = NameWatch(kernel: kernel)
        try watch.follow(binding, now: now)
        return watch
    }

    static func packet(_ question: String, from server: [UInt8] = [192, 0, 2, 53], count: UInt8 = 2) -> [UInt8] {
        NameServiceTests.packet(question, from: server, count: count)
    }

    @Test("the policy's queue is bound; an answer is learned, admitted, then released, and kept for the store")
    func learnsAndKeeps() throws {
        let kernel = FakeNameKernel()
        var watch = try Self.watch(kernel)
        watch.handle(id: 4, packet: Self.packet("pypi.org"), now: Self.now, received: .now)
        #expect(kernel.journal == ["bind \(Self.binding.queue)", "add dn_pypi_v4 198.51.100.1, dn_pypi_v4 198.51.100.2", "release 4"])
        let expires = Date(timeIntervalSince1970: Double(Self.now) / 1_000 + 300 + Double(NameLearner.grace))
        #expect(watch.takeUnsaved() == [StoredName(destination: "pypi", name: "pypi.org", address: IPAddress("198.51.100.1")!, expires: expires),
                                        StoredName(destination: "pypi", name: "pypi.org", address: IPAddress("198.51.100.2")!, expires: expires)])
        #expect(watch.takeUnsaved().isEmpty)
        let figures = try #require(watch.figures(now: Self.now))
        #expect(figures.learnedAddresses == 2 && figures.answersHeld == 1 && figures.answersReleased == 1)
    }

    @Test("an answer from a server outside `dns` is released untouched and teaches nothing")
    func untrusted() throws {
        let kernel = FakeNameKernel()
        var watch = try Self.watch(kernel)
        watch.handle(id: 1, packet: Self.packet("pypi.org", from: [203, 0, 113, 9]), now: Self.now, received: .now)
        #expect(kernel.journal == ["bind \(Self.binding.queue)", "release 1"])
        #expect(watch.takeUnsaved().isEmpty && watch.learned(now: Self.now).isEmpty)
        #expect(watch.figures(now: Self.now)?.ignored == ["untrusted": 1])
    }

    @Test("a batch the kernel refuses: the answer is still released, nothing is kept, the failure is counted")
    func refusedBatch() throws {
        let kernel = FakeNameKernel()
        var watch = try Self.watch(kernel)
        kernel.set(failAdd: true)
        watch.handle(id: 2, packet: Self.packet("pypi.org"), now: Self.now, received: .now)
        #expect(kernel.journal == ["bind \(Self.binding.queue)", "release 2"])
        #expect(watch.takeUnsaved().isEmpty)
        #expect(watch.figures(now: Self.now)?.failedBatches == 1)
    }

    @Test("the per-name cap refuses more addresses, counted per name")
    func cap() throws {
        let kernel = FakeNameKernel()
        var watch = try Self.watch(kernel)
        watch.handle(id: 3, packet: Self.packet("pypi.org", count: 5), now: Self.now, received: .now)
        #expect(kernel.added.count == 3)
        #expect(watch.capHits == ["pypi.org": 1] && watch.figures(now: Self.now)?.capHits == 1)
    }

    @Test("a new apply: the same queue stays bound and the learned elements are written again (sets may be new)")
    func sameQueueRewrites() throws {
        let kernel = FakeNameKernel()
        var watch = try Self.watch(kernel)
        watch.handle(id: 5, packet: Self.packet("pypi.org"), now: Self.now, received: .now)
        kernel.clear()
        try watch.follow(Self.binding, now: Self.now + 1_000)
        #expect(kernel.journal == ["add dn_pypi_v4 198.51.100.1, dn_pypi_v4 198.51.100.2"])
        #expect(kernel.added.map(\.timeoutMilliseconds) == [304_000, 304_000])
    }

    @Test("another queue is rebound; a policy without names unbinds; counts survive both")
    func rebindAndUnbind() throws {
        let kernel = FakeNameKernel()
        var watch = try Self.watch(kernel)
        watch.handle(id: 6, packet: Self.packet("pypi.org"), now: Self.now, received: .now)
        var moved = Self.binding
        moved.queue = 77
        kernel.clear()
        try watch.follow(moved, now: Self.now)
        #expect(kernel.journal.prefix(2) == ["unbind \(Self.binding.queue)", "bind 77"])
        try watch.follow(nil, now: Self.now)
        #expect(kernel.journal.last == "unbind 77")
        #expect(watch.answers == nil && watch.figures(now: Self.now) == nil && watch.counts.answers == 1)
    }

    @Test("a name the new policy no longer lists is not written again")
    func droppedName() throws {
        let kernel = FakeNameKernel()
        var watch = try Self.watch(kernel)
        watch.handle(id: 7, packet: Self.packet("files.pythonhosted.org"), now: Self.now, received: .now)
        let narrower = TestPolicies.compile(NameLearnerTests.policy.replacingOccurrences(of: ", \"*.pythonhosted.org\"", with: ""))
        kernel.clear()
        try watch.follow(narrower.dns, now: Self.now)
        // Still admitted to `hosted`, no longer to `pypi`.
        #expect(kernel.journal == ["add dn_hosted_v4 198.51.100.1, dn_hosted_v4 198.51.100.2"])
    }

    @Test("after a restart, unexpired stored elements go back into the kernel for the time they have left")
    func restart() throws {
        let store = MemoryStore()
        let first = FakeNameKernel()
        var watch = try Self.watch(first)
        watch.handle(id: 8, packet: Self.packet("pypi.org"), now: Self.now, received: .now)
        let at = Date(timeIntervalSince1970: Double(Self.now) / 1_000)
        try store.recordLearnedNames(table: "sluice", watch.takeUnsaved(), at: at)
        try store.recordLearnedNames(table: "sluice", [StoredName(destination: "pypi", name: "pypi.org", address: IPAddress("198.51.100.9")!,
                                                                  expires: at.addingTimeInterval(10))], at: at)
        let second = FakeNameKernel()
        var restarted = try Self.watch(second)
        let later = Self.now + 60_000
        restarted.restore(try store.learnedNames(table: "sluice", at: Date(timeIntervalSince1970: Double(later) / 1_000)), now: later)
        #expect(second.journal == ["bind \(Self.binding.queue)", "add dn_pypi_v4 198.51.100.1, dn_pypi_v4 198.51.100.2"])
        #expect(second.added.map(\.timeoutMilliseconds) == [245_000, 245_000])
        #expect(restarted.learned(now: later).map(\.name) == ["pypi.org"])
    }

    @Test("a queue that cannot be bound fails the follow; the next one binds")
    func bindRetry() throws {
        let kernel = FakeNameKernel()
        kernel.set(failBind: true)
        var watch = NameWatch(kernel: kernel)
        #expect(throws: FakeKernelError.self) { try watch.follow(Self.binding, now: Self.now) }
        #expect(watch.answers == nil)
        kernel.set(failBind: false)
        try watch.follow(Self.binding, now: Self.now)
        #expect(watch.answers != nil)
    }
}

extension NameWatchTests {
    @Test("the name service's figures are in the metrics text")
    func metricsText() throws {
        let kernel = FakeNameKernel()
        var watch = try Self.watch(kernel)
        watch.handle(id: 1, packet: Self.packet("pypi.org", count: 5), now: Self.now, received: .now)
        watch.handle(id: 2, packet: Self.packet("other.example"), now: Self.now, received: .now)
        var snapshot = MetricsSnapshot(quotas: [], contained: [], incidentsTotal: 0, deniedTotals: [], pollSeconds: nil)
        snapshot.names = watch.figures(now: Self.now)
        let text = snapshot.prometheusText
        for line in ["sluice_names_learned_addresses 3", "sluice_names_answers_held_total 2", "sluice_names_answers_released_total 2",
                     "sluice_names_answers_ignored_total{reason=\"unlisted\"} 1", "sluice_names_cap_hits_total 1",
                     "sluice_names_failed_batches_total 0", "sluice_names_release_seconds_count 2"] {
            #expect(text.contains(line + "\n"), "\(line)")
        }
        snapshot.names = nil
        #expect(!snapshot.prometheusText.contains("sluice_names"))
    }
}

extension NameWatchTests {
    @Test("denied attempts to addresses no recent trusted answer gave are counted; answered ones, listed or not, are not")
    func unexplainedDenied() throws {
        let kernel = FakeNameKernel()
        var watch = try Self.watch(kernel)
        watch.handle(id: 1, packet: Self.packet("other.example"), now: Self.now, received: .now)
        watch.handle(id: 2, packet: Self.packet("pypi.org", from: [203, 0, 113, 9], count: 3), now: Self.now, received: .now)
        let one = IPAddress("198.51.100.1")!, three = IPAddress("198.51.100.3")!, stray = IPAddress("203.0.113.5")!
        watch.noteDenied([one, stray, three], now: Self.now + 1_000)
        // 198.51.100.3 came only from a server outside `dns`: it explains nothing.
        #expect(watch.unexplainedDenied == 2)
        watch.noteDenied([one], now: Self.now + NameWatch.explainingFor + 1)
        #expect(watch.unexplainedDenied == 3 && watch.figures(now: Self.now)?.deniedUnexplained == 3)
        try watch.follow(nil, now: Self.now)
        watch.noteDenied([stray], now: Self.now)
        #expect(watch.unexplainedDenied == 3)
    }
}
