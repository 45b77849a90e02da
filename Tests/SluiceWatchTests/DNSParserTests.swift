import Testing
import SluiceLanguage
@testable import SluiceWatch

/// The DNS response reader: A, AAAA and CNAME records, compression, the chain from the question
/// to its addresses, only the addresses the question asked for, and strict bounds on whatever
/// else arrives.
@Suite struct DNSParserTests {
    @Test("the address records of the question's type, lowercased, with their TTLs")
    func addresses() throws {
        for (type, expected) in [(UInt16(1), ["192.0.2.7 30"]), (28, ["2001:db8::7 40"])] {
            var m = DNSMessageBuilder(question: "PyPI.org", type: type)
            m.a("pypi.org", [192, 0, 2, 7], ttl: 30)
            m.aaaa("PYPI.ORG", [0x20, 0x01, 0x0d, 0xb8] + [UInt8](repeating: 0, count: 11) + [7], ttl: 40)
            let answer = try #require(DNSParser.parse(m.bytes))
            #expect(answer.id == 0x1234 && answer.rcode == 0 && answer.question == "pypi.org")
            let resolution = answer.resolution()
            #expect(resolution.names == ["pypi.org"])
            #expect(resolution.addresses.map { "\($0.address) \($0.ttl)" } == expected)
        }
    }

    @Test("an address the question did not ask for answers nothing: A in AAAA, AAAA in A, any in ANY or MX")
    func addressesOfAnotherType() throws {
        let mapped = [UInt8](repeating: 0, count: 10) + [0xFF, 0xFF, 192, 0, 2, 9]
        for type: UInt16 in [1, 28, 255, 15] {
            var m = DNSMessageBuilder(question: "pypi.org", type: type)
            m.cname("pypi.org", "edge.example")
            if type != 1 { m.a("edge.example", [192, 0, 2, 7]) }
            if type != 28 { m.aaaa("edge.example", mapped) }
            let answer = try #require(DNSParser.parse(m.bytes))
            #expect(answer.resolution().names == ["pypi.org", "edge.example"], "type \(type)")
            #expect(answer.resolution().addresses.isEmpty, "type \(type)")
        }
        // A question of another class is not one the watcher reads.
        var chaos = DNSMessageBuilder(question: "pypi.org", questionClass: 3)
        chaos.a("pypi.org", [192, 0, 2, 7])
        #expect(DNSParser.parse(chaos.bytes) == nil)
    }

    @Test("a CNAME chain leads to the addresses, each with the smallest TTL on the way")
    func chain() throws {
        var m = DNSMessageBuilder(question: "files.pythonhosted.org")
        m.cname("files.pythonhosted.org", "dualstack.cdn.example", ttl: 20)
        m.cname("dualstack.cdn.example", "edge.cdn.example", ttl: 600)
        m.a("edge.cdn.example", [198, 51, 100, 1], ttl: 90)
        m.a("unrelated.example", [203, 0, 113, 9], ttl: 90)
        let resolution = try #require(DNSParser.parse(m.bytes)).resolution()
        #expect(resolution.names == ["files.pythonhosted.org", "dualstack.cdn.example", "edge.cdn.example"])
        #expect(resolution.addresses.map { "\($0.address) \($0.ttl)" } == ["198.51.100.1 20"])
    }

    @Test("a CNAME loop ends, and teaches nothing off the chain")
    func loop() throws {
        var m = DNSMessageBuilder(question: "a.example")
        m.cname("a.example", "b.example")
        m.cname("b.example", "a.example")
        let resolution = try #require(DNSParser.parse(m.bytes)).resolution()
        #expect(resolution.names == ["a.example", "b.example"])
        #expect(resolution.addresses.isEmpty)
    }

    @Test("compression pointers to the question are followed")
    func compression() throws {
        var m = DNSMessageBuilder(question: "pypi.org")
        m.record(owner: DNSMessageBuilder.pointer(DNSMessageBuilder.questionOffset), type: 1, ttl: 5, data: [192, 0, 2, 8])
        let answer = try #require(DNSParser.parse(m.bytes))
        #expect(answer.records == [DNSRecord(name: "pypi.org", ttl: 5, data: .address(try #require(IPAddress("192.0.2.8"))))])
    }

    @Test("a TTL with the top bit set counts as zero")
    func negativeTTL() throws {
        var m = DNSMessageBuilder(question: "pypi.org")
        m.a("pypi.org", [192, 0, 2, 7], ttl: 0x8000_0001)
        #expect(try #require(DNSParser.parse(m.bytes)).records.first?.ttl == 0)
    }

    @Test("forward pointers, self pointers, queries, truncated and odd messages are refused")
    func refused() {
        var forward = DNSMessageBuilder(question: "pypi.org")
        forward.record(owner: DNSMessageBuilder.pointer(4000), type: 1, ttl: 5, data: [192, 0, 2, 8])
        var looping = DNSMessageBuilder(question: "pypi.org")
        let at = looping.bytes.count
        looping.record(owner: DNSMessageBuilder.pointer(at), type: 1, ttl: 5, data: [192, 0, 2, 8])
        var cut = DNSMessageBuilder(question: "pypi.org")
        cut.a("pypi.org", [192, 0, 2, 7])
        var dotted = DNSMessageBuilder(question: "pypi.org")
        dotted.record(owner: [6] + Array("a.pypi".utf8) + [3] + Array("org".utf8) + [0], type: 1, ttl: 5, data: [192, 0, 2, 8])
        let cases: [(String, [UInt8])] = [
            ("forward pointer", forward.bytes),
            ("self pointer", looping.bytes),
            ("query", DNSMessageBuilder(question: "pypi.org", flags: 0x0100).bytes),
            ("truncated flag", DNSMessageBuilder(question: "pypi.org", flags: 0x8380).bytes),
            ("two questions", DNSMessageBuilder(question: "pypi.org", questionCount: 2).bytes),
            ("cut short", Array(cut.bytes.dropLast(2))),
            ("dot in a label", dotted.bytes),
            ("empty", []),
        ]
        for (what, bytes) in cases { #expect(DNSParser.parse(bytes) == nil, "\(what)") }
    }

    @Test("an answer of thousands of records reads at most the cap")
    func manyRecords() throws {
        var m = DNSMessageBuilder(question: "many.example")
        for i in 0..<3_000 { m.a("many.example", [192, 0, 2, UInt8(i % 256)], ttl: 60) }
        let answer = try #require(DNSParser.parse(m.bytes))
        #expect(answer.records.count == DNSParser.maximumRecords)
    }

    @Test("seeded fuzz: mutated and random messages never crash and stay bounded")
    func fuzz() {
        var m = DNSMessageBuilder(question: "files.pythonhosted.org")
        m.cname("files.pythonhosted.org", "edge.cdn.example", ttl: 20)
        m.record(owner: DNSMessageBuilder.pointer(DNSMessageBuilder.questionOffset), type: 1, ttl: 5, data: [192, 0, 2, 8])
        m.aaaa("edge.cdn.example", [UInt8](repeating: 0x20, count: 16))
        let seed = m.bytes
        var random = XorShift(state: 0x9E37_79B9_7F4A_7C15)
        func next() -> UInt64 { random.next() }
        for iteration in 0..<20_000 {
            var bytes = seed
            if iteration % 10 == 0 {
                bytes = (0..<Int(next() % 600)).map { _ in UInt8(truncatingIfNeeded: next()) }
            } else {
                for _ in 0..<(1 + Int(next() % 8)) {
                    let i = Int(next() % UInt64(bytes.count))
                    switch next() % 3 {
                    case 0: bytes[i] = UInt8(truncatingIfNeeded: next())
                    case 1: bytes.insert(UInt8(truncatingIfNeeded: next()), at: i)
                    default: bytes.remove(at: i)
                    }
                    if bytes.isEmpty { break }
                }
            }
            if let answer = DNSParser.parse(bytes) {
                #expect(answer.records.count <= DNSParser.maximumRecords)
                let resolution = answer.resolution()
                #expect(resolution.names.count <= DNSAnswer.maximumChain + 1, "iteration \(iteration)")
                #expect(answer.question.utf8.count <= 255)
            }
        }
    }
}
