@testable import SluiceKernel
import Testing

/// Inputs the netlink fuzzer (`Fuzz/netlink`, docs/fuzzing.md) found that made a decoder trap,
/// each fed to the decoders again: they must be refused or read, never crash.
struct DecoderRegressionTests {
    /// A netlink header (host order) followed by `payload`.
    static func message(type: UInt16, flags: UInt16 = 0, payload: [UInt8]) -> [UInt8] {
        var bytes: [UInt8] = []
        func host<T: FixedWidthInteger>(_ v: T) { withUnsafeBytes(of: v.littleEndian) { bytes += $0 } }
        host(UInt32(16 + payload.count))
        host(type)
        host(flags)
        host(UInt32(0))
        host(UInt32(0))
        return bytes + payload
    }

    /// NLMSG_ERROR carries a negated errno; one of INT32_MIN made `errorReport` negate it and
    /// trap (arithmetic overflow).
    @Test func anErrorOfInt32MinIsClampedNotNegated() {
        let bytes = Self.message(type: UInt16(NetlinkConstants.nlmsgError), payload: [0x00, 0x00, 0x00, 0x80])
        #expect(KernelReplyDecoding.decodeAll(bytes) == 1)
        let report = NetlinkMessage.parse(bytes[...]).first?.errorReport
        #expect(report?.errno == Int32.max)
    }
}
