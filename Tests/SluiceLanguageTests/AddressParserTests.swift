import Testing
@testable import SluiceLanguage

/// The byte-level address parser must accept exactly what `IPAddress(_:)` accepts.
@Suite struct AddressParserTests {
    static let samples = [
        "0.0.0.0", "255.255.255.255", "192.0.2.1", "10.0.0.256", "01.2.3.4", "1.2.3", "1.2.3.4.5", "1..2.3",
        "1.2.3.4.", "", ".", "::", "::1", "1::", "2001:db8::1", "2001:DB8:0:0:0:0:0:1", "1:2:3:4:5:6:7:8",
        "1:2:3:4:5:6:7:8:9", "1:2:3:4:5:6:7::", "::1:2:3:4:5:6:7", "::1:2:3:4:5:6:7:8", "1::2::3", ":::",
        ":1::", "1:", ":1", "::ffff:192.0.2.1", "64:ff9b::192.0.2.33", "1:2:3:4:5:6:1.2.3.4", "1:2:3:4:5:6:7:1.2.3.4",
        "::1.2.3", "::1.2.3.4:5", "12345::", "g::1", "fe80::1%eth0", "::ffff:1a.2.3.4", "1:2:3:4:5:6::1.2.3.4",
        "00001::", "0:0:0:0:0:0:0:0", "abcd:ef01:2345:6789:abcd:ef01:2345:6789", "1.2.3.04", "1.2.3.-4",
    ]

    @Test(arguments: samples)
    func agreesWithModel(_ text: String) {
        #expect(AddressParser.parse(text) == IPAddress(text), "\(text)")
    }

    @Test("random strings over the address alphabet agree with the model")
    func randomAgreement() {
        var random = SeededRandom(seed: 42)
        let alphabet = Array("0123456789abcdefABCDEF:.:")
        for _ in 0..<5000 {
            let length = random.next(upTo: 20)
            let text = String((0..<length).map { _ in alphabet[random.next(upTo: alphabet.count)] })
            #expect(AddressParser.parse(text) == IPAddress(text), "\(text)")
        }
    }
}
