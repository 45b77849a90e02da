import Testing
import SluiceCompiler
import SluiceLanguage
@testable import SluiceWatch

/// What an answer teaches: trusted servers only, listed names only, every admitting
/// destination's set of the address's family, timeouts of max(TTL, floor) plus grace, and the
/// per-name cap with its warning.
@Suite struct NameLearnerTests {
    static let policy = """
        policy t {
          egress "wan0"
          management soc
          dns 192.0.2.53, 2001:db8::53
          dns ttl at least 30s
          dns addresses per name 3
        }
        group compute 10.20.0.0/16, fd00:20::/64
        group soc     10.0.0.0/28
        destination pypi "pypi.org", "*.pythonhosted.org"
        destination hosted "files.pythonhosted.org"
        allow compute to pypi, hosted on tcp/443

        """

    static func learner() throws -> NameLearner {
        NameLearner(try #require(TestPolicies.compile(policy).dns))
    }

    static let server = IPAddress("192.0.2.53")!
    static func v4(_ last: UInt8) -> [UInt8] { [198, 51, 100, last] }

    @Test("an answer for a listed name admits each address for max(TTL, floor) + grace")
    func admits() throws {
        var learner = try Self.learner()
        var m = DNSMessageBuilder(question: "pypi.org")
        m.a("pypi.org", Self.v4(1), ttl: 10)
        m.a("pypi.org", Self.v4(2), ttl: 120)
        var m6 = DNSMessageBuilder(question: "pypi.org", type: 28)
        m6.aaaa("pypi.org", [0x20, 0x01, 0x0d, 0xb8] + [UInt8](repeating: 0, count: 11) + [1], ttl: 0)
        let learning = learner.learn(message: m.bytes, from: Self.server, now: 1_000)
        let learning6 = learner.learn(message: m6.bytes, from: Self.server, now: 1_000)
        #expect(learning.ignored == nil && learning.cappedNames.isEmpty && learning6.ignored == nil)
        #expect((learning.admissions + learning6.admissions).map { "\($0.set) \($0.address) \($0.timeoutMilliseconds)" } == [
            "dn_pypi_v4 198.51.100.1 35000", "dn_pypi_v4 198.51.100.2 125000", "dn_pypi_v6 2001:db8::1 35000",
        ])
    }

    @Test("a name two destinations admit goes into both sets; an alias on the chain counts")
    func everyDestination() throws {
        var learner = try Self.learner()
        var m = DNSMessageBuilder(question: "files.pythonhosted.org")
        m.cname("files.pythonhosted.org", "edge.cdn.example", ttl: 60)
        m.a("edge.cdn.example", Self.v4(9), ttl: 60)
        let sets = learner.learn(message: m.bytes, from: Self.server, now: 0).admissions.map(\.set)
        #expect(sets == ["dn_pypi_v4", "dn_hosted_v4"])
        var alias = DNSMessageBuilder(question: "short.example")
        alias.cname("short.example", "pypi.org", ttl: 60)
        alias.a("pypi.org", Self.v4(10), ttl: 60)
        #expect(learner.learn(message: alias.bytes, from: Self.server, now: 0).admissions.map(\.set) == ["dn_pypi_v4"])
    }

    @Test("answers from other servers, for unlisted names, or unreadable teach nothing")
    func ignored() throws {
        var learner = try Self.learner()
        var m = DNSMessageBuilder(question: "pypi.org")
        m.a("pypi.org", Self.v4(1))
        #expect(learner.learn(message: m.bytes, from: try #require(IPAddress("192.0.2.54")), now: 0).ignored == .untrusted)
        #expect(learner.learn(message: Array(m.bytes.prefix(20)), from: Self.server, now: 0).ignored == .unreadable)
        var other = DNSMessageBuilder(question: "pythonhosted.org")
        other.a("pythonhosted.org", Self.v4(1))
        let learning = learner.learn(message: other.bytes, from: Self.server, now: 0)
        #expect(learning.ignored == .unlisted && learning.admissions.isEmpty)
        // The IPv6 server, and an IPv4-mapped spelling of the IPv4 one, are trusted.
        #expect(learner.learn(message: m.bytes, from: try #require(IPAddress("::ffff:192.0.2.53")), now: 0).ignored == nil)
        #expect(learner.learn(message: m.bytes, from: try #require(IPAddress("2001:db8::53")), now: 0).ignored == nil)
    }

    @Test("a TTL over a day counts as a day")
    func longestTTL() throws {
        var learner = try Self.learner()
        var m = DNSMessageBuilder(question: "pypi.org")
        m.a("pypi.org", Self.v4(1), ttl: 0x7FFF_FFFF)
        let admissions = learner.learn(message: m.bytes, from: Self.server, now: 0).admissions
        #expect(admissions.map(\.timeoutMilliseconds) == [(86_400 + NameLearner.grace) * 1_000])
    }

    @Test("the cap holds per name: refreshes pass, new addresses wait until old ones expire")
    func cap() throws {
        var learner = try Self.learner()
        func answer(_ lasts: ClosedRange<UInt8>, ttl: UInt32 = 60) -> [UInt8] {
            var m = DNSMessageBuilder(question: "pypi.org")
            for last in lasts { m.a("pypi.org", Self.v4(last), ttl: ttl) }
            return m.bytes
        }
        let first = learner.learn(message: answer(1...5), from: Self.server, now: 0)
        #expect(first.admissions.count == 3 && first.cappedNames == ["pypi.org"])
        let refresh = learner.learn(message: answer(1...3), from: Self.server, now: 10_000)
        #expect(refresh.admissions.count == 3 && refresh.cappedNames.isEmpty)
        #expect(learner.learn(message: answer(4...4), from: Self.server, now: 20_000).admissions.isEmpty)
        // After 60 s + grace from the refresh the first three are gone: room again.
        let later = learner.learn(message: answer(4...6), from: Self.server, now: 10_000 + 65_001)
        #expect(later.admissions.map(\.address.description) == ["198.51.100.4", "198.51.100.5", "198.51.100.6"])
        #expect(learner.learned(now: 10_000 + 65_001).map(\.name) == ["pypi.org"])
        #expect(learner.learned(now: 10_000 + 65_001).first?.addresses.count == 3)
    }

    @Test("an address two names share keeps the later expiry: a short answer never cuts it short")
    func sharedAddress() throws {
        var learner = try Self.learner()
        var long = DNSMessageBuilder(question: "pypi.org")
        long.a("pypi.org", Self.v4(1), ttl: 600)
        #expect(learner.learn(message: long.bytes, from: Self.server, now: 0).admissions.map(\.timeoutMilliseconds) == [605_000])
        // 100 s later, another name of the same destination answers the same address with TTL 10:
        // the element keeps its 505 s left (it was cut to 35 s), in every set it is in.
        var short = DNSMessageBuilder(question: "files.pythonhosted.org")
        short.a("files.pythonhosted.org", Self.v4(1), ttl: 10)
        let admissions = learner.learn(message: short.bytes, from: Self.server, now: 100_000).admissions
        #expect(admissions.map { "\($0.set) \($0.timeoutMilliseconds)" } == ["dn_pypi_v4 505000", "dn_hosted_v4 35000"])
        // A later, longer answer moves it on.
        var later = DNSMessageBuilder(question: "files.pythonhosted.org")
        later.a("files.pythonhosted.org", Self.v4(1), ttl: 3_600)
        #expect(learner.learn(message: later.bytes, from: Self.server, now: 200_000).admissions.map(\.timeoutMilliseconds)
                    == [3_605_000, 3_605_000])
    }

    @Test("a flood of distinct names under a pattern stays bounded by the sweep")
    func flood() throws {
        var learner = try Self.learner()
        for i in 0..<5_000 {
            var m = DNSMessageBuilder(question: "n\(i).pythonhosted.org")
            m.a("n\(i).pythonhosted.org", Self.v4(UInt8(i % 250)), ttl: 0)
            _ = learner.learn(message: m.bytes, from: Self.server, now: UInt64(i) * 1_000)
        }
        // Each admission lives 35 s: only the names of the last 35 answers are live, and the
        // sweep forgets each name and element in the second it expires.
        #expect(learner.learned(now: 5_000_000).count <= 35)
        #expect(learner.heldNames <= 36 && learner.heldElements <= 36, "\(learner.heldNames) \(learner.heldElements)")
    }
}
