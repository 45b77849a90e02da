/// Builds netlink messages (nlmsghdr + nfgenmsg + attributes) into one contiguous buffer, so a
/// whole transaction goes to the kernel in one `sendmsg`.
///
/// Header fields and attribute headers are in host order, as netlink wants; the `putBE*` helpers
/// write the big-endian values nf_tables attributes carry.
struct NetlinkWriter {
    private(set) var bytes: [UInt8] = []

    /// Creates an empty writer with room for `capacity` bytes.
    init(capacity: Int = 4096) {
        bytes.reserveCapacity(capacity)
    }

    var count: Int { bytes.count }

    /// Drops everything after `length` (used to take back an element that overflowed a nest).
    mutating func truncate(to length: Int) {
        bytes.removeSubrange(length...)
    }

    /// Starts a message with an nfgenmsg header; returns its offset for `endMessage`.
    mutating func beginMessage(type: UInt16, flags: UInt16, seq: UInt32, family: UInt8,
                               resID: UInt16 = 0, nfgen: Bool = true) -> Int {
        let start = bytes.count
        appendHost(UInt32(0))  // nlmsg_len, patched by endMessage
        appendHost(type)
        appendHost(flags)
        appendHost(seq)
        appendHost(UInt32(0))  // nlmsg_pid: the kernel
        if nfgen {
            bytes.append(family)
            bytes.append(0)  // NFNETLINK_V0
            appendBE(resID)
        }
        return start
    }

    /// Patches the message length.
    mutating func endMessage(_ start: Int) {
        patchHost(UInt32(bytes.count - start), at: start)
    }

    /// Appends raw payload bytes (a fixed header such as a netlink struct), padded to 4 bytes.
    mutating func appendPayload(_ payload: [UInt8]) {
        bytes.append(contentsOf: payload)
        pad()
    }

    /// An attribute with raw bytes.
    mutating func put(_ type: UInt16, _ value: some Collection<UInt8>) {
        appendHost(UInt16(4 + value.count))
        appendHost(type)
        bytes.append(contentsOf: value)
        pad()
    }

    /// A NUL-terminated string attribute.
    mutating func putString(_ type: UInt16, _ value: String) {
        var utf8 = Array(value.utf8)
        utf8.append(0)
        put(type, utf8)
    }

    mutating func putU8(_ type: UInt16, _ value: UInt8) { put(type, [value]) }

    mutating func putBE16(_ type: UInt16, _ value: UInt16) {
        put(type, [UInt8(value >> 8), UInt8(value & 0xff)])
    }

    mutating func putBE32(_ type: UInt16, _ value: UInt32) {
        appendHost(UInt16(8))
        appendHost(type)
        appendBE(value)
    }

    mutating func putBE64(_ type: UInt16, _ value: UInt64) {
        appendHost(UInt16(12))
        appendHost(type)
        appendBE(value)
    }

    /// Starts a nested attribute; returns its offset for `endNest`.
    mutating func beginNest(_ type: UInt16) -> Int {
        let start = bytes.count
        appendHost(UInt16(0))
        appendHost(type | NetlinkWriter.nestedFlag)
        return start
    }

    /// Patches the nest's length; returns the nest's length, which may exceed what the 16-bit
    /// field can hold (the caller checks and splits, as nft's `mnl_nft_attr_nest_overflow` does).
    @discardableResult
    mutating func endNest(_ start: Int) -> Int {
        let length = bytes.count - start
        patchHost(UInt16(truncatingIfNeeded: length), at: start)
        return length
    }

    /// NLA_F_NESTED.
    static let nestedFlag: UInt16 = 0x8000

    private mutating func pad() {
        while bytes.count % 4 != 0 { bytes.append(0) }
    }

    private mutating func appendHost<T: FixedWidthInteger>(_ value: T) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    private mutating func appendBE<T: FixedWidthInteger>(_ value: T) {
        withUnsafeBytes(of: value.bigEndian) { bytes.append(contentsOf: $0) }
    }

    private mutating func patchHost<T: FixedWidthInteger>(_ value: T, at offset: Int) {
        withUnsafeBytes(of: value.littleEndian) { raw in
            for (i, b) in raw.enumerated() { bytes[offset + i] = b }
        }
    }
}
