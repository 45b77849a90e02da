import Testing
import SluiceCompiler
import SluiceLanguage
@testable import SluiceWatch

/// The learner's index gives, for every name, exactly the destinations the compiled binding's
/// own matching gives (`DNSBinding.destinations(admitting:)`), in the same order.
@Suite struct NameIndexTests {
    static let policy = """
        policy t {
          egress "wan0"
          management soc
          dns 192.0.2.53
        }
        group compute 10.20.0.0/16
        group soc     10.0.0.0/28
        destination pypi    "pypi.org", "*.pythonhosted.org"
        destination hosted  "files.pythonhosted.org", "*.files.pythonhosted.org"
        destination cdn     "*.example.net", "*.a.example.net", "example.net"
        destination partner "*.transfer.example.net", 198.51.100.0/24
        destination mirror  "mirror.example.org"
        allow compute to pypi, hosted, cdn, partner, mirror on tcp/443

        """

    static let names = [
        "pypi.org", "www.pypi.org", "pythonhosted.org", "files.pythonhosted.org", "a.files.pythonhosted.org",
        "b.a.files.pythonhosted.org", "example.net", "x.example.net", "a.example.net", "b.a.example.net",
        "transfer.example.net", "up.transfer.example.net", "a.b.transfer.example.net", "mirror.example.org",
        "example.org", "org", "", ".", "net", "xexample.net", "x.xexample.net", "files.pythonhosted.org.evil",
        "pythonhosted.org.example.net", "a..example.net", ".example.net",
    ]

    @Test func agreesWithTheBindingOnEveryName() throws {
        let binding = try #require(TestPolicies.compile(Self.policy).dns)
        let index = NameIndex(binding)
        for name in Self.names {
            let expected = binding.destinations(admitting: name).map(\.destination)
            let found = index.destinations(admitting: name).map { binding.destinations[$0].destination }
            #expect(found == expected, "\(name)")
        }
        // Spot checks, so that agreement with a broken reference cannot pass unnoticed.
        #expect(index.destinations(admitting: "b.a.example.net").map { binding.destinations[$0].destination } == ["cdn"])
        #expect(index.destinations(admitting: "a.files.pythonhosted.org").map { binding.destinations[$0].destination }
                == ["pypi", "hosted"])
        #expect(index.destinations(admitting: "up.transfer.example.net").map { binding.destinations[$0].destination }
                == ["cdn", "partner"])
        #expect(index.destinations(admitting: "pythonhosted.org").isEmpty)
        #expect(index.destinations(admitting: "transfer.example.net").map { binding.destinations[$0].destination } == ["cdn"])
    }
}
