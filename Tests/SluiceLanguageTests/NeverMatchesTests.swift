import Testing
@testable import SluiceLanguage

/// Which "never matches" cases the front end reports, and which it leaves to the compiler.
@Suite struct NeverMatchesTests {
    @Test("sources and targets of different families: family-mismatch")
    func addressFamilies() {
        let result = load(gatewayHeader + "group lab 10.1.0.0/16\nallow lab to 2001:db8::1\n")
        #expect(ids(result) == [.familyMismatch])
        #expect(result.diagnostics[0].message == "this allow can never match: its sources are IPv4 only and its targets IPv6 only")
    }

    @Test("only the protocol rules the allow out: left to the compiler's protocol-family-mismatch")
    func protocolOnly() {
        let result = load(gatewayHeader + "group lab 10.1.0.0/16\nallow lab to 192.0.2.1 on icmpv6\n")
        #expect(ids(result) == [])
    }
}
