/// Builds DNS responses for tests: a header, one question (type A unless the test says, class IN
/// unless it says), and answer records written as the test says (names with or without
/// compression pointers, any TTL, any record data).
struct DNSMessageBuilder {
    var bytes: [UInt8] = []
    private var answers = 0

    init(id: UInt16 = 0x1234, question: String, type: UInt16 = 1, questionClass: UInt16 = 1, flags: UInt16 = 0x8180,
         questionCount: UInt16 = 1) {
        bytes = Self.u16(id) + Self.u16(flags) + Self.u16(questionCount) + [0, 0, 0, 0, 0, 0]
        bytes += Self.name(question) + Self.u16(type) + Self.u16(questionClass)
    }

    /// The offset of the question's name, for pointers to it.
    static let questionOffset = 12

    static func u16(_ v: UInt16) -> [UInt8] { [UInt8(v >> 8), UInt8(v & 0xFF)] }
    static func u32(_ v: UInt32) -> [UInt8] { u16(UInt16(v >> 16)) + u16(UInt16(v & 0xFFFF)) }

    static func name(_ text: String) -> [UInt8] {
        guard !text.isEmpty else { return [0] }
        return text.split(separator: ".").flatMap { [UInt8($0.utf8.count)] + Array($0.utf8) } + [0]
    }

    static func pointer(_ offset: Int) -> [UInt8] { [0xC0 | UInt8(offset >> 8), UInt8(offset & 0xFF)] }

    /// Appends a record whose owner is written as `owner` bytes (a name or a pointer).
    mutating func record(owner: [UInt8], type: UInt16, ttl: UInt32, data: [UInt8]) {
        bytes += owner + Self.u16(type) + Self.u16(1) + Self.u32(ttl) + Self.u16(UInt16(data.count)) + data
        answers += 1
        bytes[6] = UInt8(answers >> 8)
        bytes[7] = UInt8(answers & 0xFF)
    }

    mutating func a(_ owner: String, _ address: [UInt8], ttl: UInt32 = 300) {
        record(owner: Self.name(owner), type: 1, ttl: ttl, data: address)
    }

    mutating func aaaa(_ owner: String, _ address: [UInt8], ttl: UInt32 = 300) {
        record(owner: Self.name(owner), type: 28, ttl: ttl, data: address)
    }

    mutating func cname(_ owner: String, _ target: String, ttl: UInt32 = 300) {
        record(owner: Self.name(owner), type: 5, ttl: ttl, data: Self.name(target))
    }
}
