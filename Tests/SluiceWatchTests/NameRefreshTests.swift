import Foundation
import Testing
import SluiceCompiler
import SluiceLanguage
@testable import SluiceWatch

/// A held answer is only a reply to the host's own query, which a host the attacker owns can have
/// a forger answer: a refresh of an address already learned is believed only as far as the
/// watcher's own question vouched for it (the TTL the server gave the watcher). Past that the
/// server is asked again, and an address it no longer gives expires there, however often and
/// however long the forged replies refresh it. A name whose address stays put, asked about
/// regularly, stays admitted without a gap, for one question each time the resolver fetches it.
@Suite struct NameRefreshTests {
    static let old = IPAddress("198.51.100.1")!
    static let moved = IPAddress("198.51.100.2")!
    /// The policy's floor (`dns ttl at least 30s`).
    static let floor: UInt64 = 30_000

    /// Until when the kernel holds each element: its latest write's timeout from that write (a
    /// write replaces an element's expiry, longer or shorter).
    struct Elements {
        private var ends: [String: UInt64] = [:]
        private var seen = 0

        subscript(_ address: IPAddress) -> UInt64? { ends["dn_pypi_v4 \(address)"] }

        /// Notes the writes `kernel` took since the last call, made at `now`.
        mutating func note(_ kernel: FakeNameKernel, now: UInt64) {
            let added = kernel.added
            for admission in added.dropFirst(seen) { ends["\(admission.set) \(admission.address)"] = now + admission.timeoutMilliseconds }
            seen = added.count
        }
    }

    /// A name watch over `confirmer`, with its kernel, a clock at `NameWatchTests.now` and the
    /// elements written.
    struct Lab {
        let confirmer: FakeConfirmer
        let kernel: FakeNameKernel
        var watch: NameWatch
        let clock = FakeClock(Date(timeIntervalSince1970: Double(NameWatchTests.now) / 1_000))
        var elements = Elements()
        private var id: UInt32 = 0

        init(_ confirmer: FakeConfirmer) throws {
            self.confirmer = confirmer
            kernel = FakeNameKernel(questions: confirmer)
            watch = try NameWatchTests.watch(kernel)
        }

        var now: UInt64 { UInt64(clock.now().timeIntervalSince1970 * 1_000) }

        /// A held answer for pypi.org now, giving `addresses` with `ttl`.
        mutating func answer(_ addresses: [IPAddress], ttl: UInt32) {
            var m = DNSMessageBuilder(question: "pypi.org")
            for address in addresses { m.a("pypi.org", Array(address.bytes), ttl: ttl) }
            id += 1
            watch.handle(id: id, packet: HeldAnswerTests.ipv4(17, HeldAnswerTests.udp(m.bytes)), now: now, received: .now)
            elements.note(kernel, now: now)
        }
    }

    @Test("a forged refresh of a learned address is not admitted past what the watcher confirmed, and the address expires then")
    func aForgedRefreshEndsAtTheConfirmation() throws {
        var lab = try Lab(FakeConfirmer(["pypi.org": [Self.old]], ttl: 60))
        let start = lab.now
        lab.answer([Self.old], ttl: 60)
        let confirmed = start + 65_000
        #expect(lab.elements[Self.old] == confirmed)
        // The name moves away; its old address is now the attacker's, whose forger answers the
        // queries of a host it owns, every 10 s, with the old address for a day.
        lab.confirmer.set("pypi.org", [Self.moved])
        for _ in 0..<6 {
            lab.clock.advance(10)
            lab.answer([Self.old], ttl: 86_400)
            #expect(try #require(lab.elements[Self.old]) <= confirmed, "a forged refresh extended the old address")
        }
        // Each forged refresh past the confirmation asked the server again, which no longer gives it.
        #expect(lab.confirmer.asked.count == 7)
        #expect(lab.watch.counts.unconfirmed == 6)
        lab.clock.advance(6)
        #expect(lab.watch.learned(now: lab.now).isEmpty)
        let written = lab.kernel.added.count
        lab.answer([Self.old], ttl: 86_400)
        #expect(lab.kernel.added.count == written, "an expired address came back without the server")
        #expect(lab.watch.learned(now: lab.now).isEmpty)
    }

    @Test("a refresh past the confirmation that the server confirms is admitted, as far as the server's own TTL")
    func aConfirmedRefreshIsExtended() throws {
        var lab = try Lab(FakeConfirmer(["pypi.org": [Self.old]], ttl: 60))
        let start = lab.now
        lab.answer([Self.old], ttl: 60)
        // The resolver fetched the name again: a whole TTL, which the server gives the watcher too.
        lab.clock.advance(50)
        lab.confirmer.set(ttl: 300)
        lab.answer([Self.old], ttl: 300)
        #expect(lab.confirmer.asked.count == 2)
        #expect(lab.elements[Self.old] == start + 50_000 + 305_000)
        // A forged day-long TTL for the address the name still has: confirmed, but only for the
        // TTL the server gives (300 s from this question), not for a day.
        lab.clock.advance(10)
        lab.answer([Self.old], ttl: 86_400)
        #expect(lab.confirmer.asked.count == 3)
        #expect(lab.elements[Self.old] == start + 60_000 + 305_000)
    }

    @Test("after a restart, a forged refresh extends a restored address no further than it was stored")
    func restoredAddressesKeepTheirConfirmation() throws {
        let store = MemoryStore()
        var first = try Lab(FakeConfirmer(["pypi.org": [Self.old]], ttl: 60))
        let start = first.now
        first.answer([Self.old], ttl: 60)
        let at = Date(timeIntervalSince1970: Double(start) / 1_000)
        try store.recordLearnedNames(table: "sluice", first.watch.takeUnsaved(), at: at)

        var second = try Lab(FakeConfirmer(["pypi.org": [Self.moved]], ttl: 60))
        second.clock.advance(10)
        second.watch.restore(try store.learnedNames(table: "sluice", at: second.clock.now()), now: second.now)
        second.elements.note(second.kernel, now: second.now)
        #expect(second.elements[Self.old] == start + 65_000)
        second.clock.advance(10)
        second.answer([Self.old], ttl: 86_400)
        #expect(try #require(second.elements[Self.old]) <= start + 65_000)
        #expect(second.confirmer.asked == ["pypi.org a"])
    }

    /// A caching resolver for one name whose address never changes, asked at irregular times
    /// over three hours: after each answer the element covers all the client may do with it
    /// (max(TTL, floor)), so the address is never missing while an answer is in use, and the
    /// watcher asked once each time the resolver fetched the name, no more.
    @Test("a stable name asked about regularly stays admitted without a gap", arguments: [300, 10] as [UInt32])
    func aStableNameHasNoGap(ttl: UInt32) throws {
        var lab = try Lab(FakeConfirmer(["pypi.org": [Self.old]]))
        var random = XorShift(state: 0x5eed_0000 + UInt64(ttl))
        var cachedUntil: UInt64 = 0
        var fetches = 0
        let end = lab.now + 3 * 3_600_000
        while lab.now < end {
            if lab.now >= cachedUntil {
                cachedUntil = lab.now + UInt64(ttl) * 1_000
                fetches += 1
            }
            let left = UInt32((cachedUntil - lab.now) / 1_000)
            // The watcher's question reaches the same cache, a moment later.
            lab.confirmer.set(ttl: left)
            lab.answer([Self.old], ttl: left)
            let usable = lab.now + max(UInt64(left) * 1_000, Self.floor)
            #expect(try #require(lab.elements[Self.old]) >= usable, "a gap at \(lab.now)")
            lab.clock.advance(TimeInterval(1 + random.next() % 120))
        }
        #expect(lab.confirmer.asked.count == fetches)
        #expect(lab.watch.counts.unconfirmed == 0)
    }
}
