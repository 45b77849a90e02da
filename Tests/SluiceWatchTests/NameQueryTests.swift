import Testing
@testable import SluiceWatch

/// The query `sluice apply` and the watcher send: one question, recursion desired, and an EDNS0
/// OPT record offering 1,232-byte answers (without it a resolver cuts answers at 512 bytes, and
/// a truncated answer teaches nothing).
@Suite struct NameQueryTests {
    @Test("the query is the question followed by an OPT record, and counts it")
    func edns() throws {
        let message = try #require(NameQuery(id: 0xBEEF, name: "pypi.org", type: .aaaa).message)
        #expect(Array(message.prefix(12)) == [0xBE, 0xEF, 0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 1])
        let question: [UInt8] = [4] + Array("pypi".utf8) + [3] + Array("org".utf8) + [0, 0, 28, 0, 1]
        #expect(Array(message[12..<(12 + question.count)]) == question)
        #expect(Array(message.suffix(11)) == [0, 0, 41, 0x04, 0xD0, 0, 0, 0, 0, 0, 0])
        #expect(message.count == 12 + question.count + 11)
    }

    @Test("a name that cannot be asked has no message")
    func unaskable() {
        #expect(NameQuery(id: 1, name: String(repeating: "a", count: 64) + ".org", type: .a).message == nil)
        #expect(NameQuery(id: 1, name: "a..org", type: .a).message == nil)
    }
}
