/// Builds netlink messages (nlmsghdr + nfgenmsg + attributes) into one contiguous buffer, so a
/// whole transaction goes to the kernel in one `sendmsg`.
///
/// Header fields and attribute headers are in host order, as netlink wants; the `putBE*` helpers
/// write the big-endian values nf_tables attributes carry. The buffer is raw memory that grows by
/// doubling: a 100k-element transaction is millions of small writes.
struct NetlinkWriter {
    /// The bytes, owned by one writer (a class so the memory is freed with it).
    final class Storage {
        var base: UnsafeMutableRawPointer
        var count = 0
        var capacity: Int

        init(capacity: Int) {
            self.capacity = max(capacity, 256)
            base = UnsafeMutableRawPointer.allocate(byteCount: self.capacity, alignment: 8)
        }

        deinit { base.deallocate() }

        @inline(__always)
        func reserve(_ extra: Int) {
            guard count + extra > capacity else { return }
            var grown = capacity * 2
            while grown < count + extra { grown *= 2 }
            let fresh = UnsafeMutableRawPointer.allocate(byteCount: grown, alignment: 8)
            fresh.copyMemory(from: base, byteCount: count)
            base.deallocate()
            base = fresh
            capacity = grown
        }
    }

    private let storage: Storage

    /// Creates an empty writer with room for `capacity` bytes.
    init(capacity: Int = 4096) {
        storage = Storage(capacity: capacity)
    }

    var count: Int { storage.count }

    /// A copy of the bytes written so far.
    var bytes: [UInt8] {
        [UInt8](UnsafeRawBufferPointer(start: storage.base, count: storage.count))
    }

    /// Runs `body` over the bytes written so far, without copying them.
    func withUnsafeBytes<T>(_ body: (UnsafeRawBufferPointer) throws -> T) rethrows -> T {
        try body(UnsafeRawBufferPointer(start: storage.base, count: storage.count))
    }

    /// Lets `body` write up to `room` bytes in place at the end and keeps as many as it says it
    /// wrote, padded to 4 bytes. The room is zeroed first: libmnl 1.0.4 leaves attribute padding
    /// as it finds it, and the bytes sent must not depend on what the buffer held before.
    mutating func appendInPlace(room: Int, _ body: (UnsafeMutableRawPointer) -> Int) {
        storage.reserve(room + 3)
        (storage.base + storage.count).initializeMemory(as: UInt8.self, repeating: 0, count: room)
        let written = min(max(body(storage.base + storage.count), 0), room)
        storage.count += written
        pad()
    }

    /// Drops everything after `length` (used to take back an element that overflowed a nest).
    mutating func truncate(to length: Int) {
        storage.count = min(storage.count, length)
    }

    /// Starts a message with an nfgenmsg header; returns its offset for `endMessage`.
    mutating func beginMessage(type: UInt16, flags: UInt16, seq: UInt32, family: UInt8,
                               resID: UInt16 = 0, nfgen: Bool = true) -> Int {
        let start = storage.count
        storage.reserve(20)
        appendHost(UInt32(0))  // nlmsg_len, patched by endMessage
        appendHost(type)
        appendHost(flags)
        appendHost(seq)
        appendHost(UInt32(0))  // nlmsg_pid: the kernel
        if nfgen {
            appendByte(family)
            appendByte(0)  // NFNETLINK_V0
            appendBE(resID)
        }
        return start
    }

    /// Patches the message length.
    mutating func endMessage(_ start: Int) {
        patchHost(UInt32(storage.count - start), at: start)
    }

    /// Appends raw payload bytes (a fixed header such as a netlink struct), padded to 4 bytes.
    mutating func appendPayload(_ payload: [UInt8]) {
        storage.reserve(payload.count + 3)
        for b in payload { appendByte(b) }
        pad()
    }

    /// An attribute with raw bytes.
    mutating func put(_ type: UInt16, _ value: [UInt8]) {
        storage.reserve(value.count + 7)
        appendHost(UInt16(4 + value.count))
        appendHost(type)
        value.withUnsafeBytes { raw in
            if let source = raw.baseAddress {
                (storage.base + storage.count).copyMemory(from: source, byteCount: raw.count)
            }
        }
        storage.count += value.count
        pad()
    }

    /// An attribute holding the low `length` bytes of `value`, big-endian (an address or port
    /// key written straight from its number).
    mutating func putBigEndian(_ type: UInt16, _ value: UInt128, length: Int) {
        ElementCodec.withBigEndianBytes(of: value, count: length) { bytes in
            storage.reserve(bytes.count + 7)
            appendHost(UInt16(4 + bytes.count))
            appendHost(type)
            if let source = bytes.baseAddress {
                (storage.base + storage.count).copyMemory(from: source, byteCount: bytes.count)
            }
            storage.count += bytes.count
        }
        pad()
    }

    /// A NUL-terminated string attribute.
    mutating func putString(_ type: UInt16, _ value: String) {
        var utf8 = Array(value.utf8)
        utf8.append(0)
        put(type, utf8)
    }

    mutating func putBE16(_ type: UInt16, _ value: UInt16) {
        put(type, [UInt8(value >> 8), UInt8(value & 0xff)])
    }

    mutating func putBE32(_ type: UInt16, _ value: UInt32) {
        storage.reserve(8)
        appendHost(UInt16(8))
        appendHost(type)
        appendBE(value)
    }

    mutating func putBE64(_ type: UInt16, _ value: UInt64) {
        storage.reserve(12)
        appendHost(UInt16(12))
        appendHost(type)
        appendBE(value)
    }

    /// Starts a nested attribute; returns its offset for `endNest`.
    mutating func beginNest(_ type: UInt16) -> Int {
        let start = storage.count
        storage.reserve(4)
        appendHost(UInt16(0))
        appendHost(type | NetlinkWriter.nestedFlag)
        return start
    }

    /// Patches the nest's length; returns the nest's length, which may exceed what the 16-bit
    /// field can hold (the caller checks and splits, as nft's `mnl_nft_attr_nest_overflow` does).
    @discardableResult
    mutating func endNest(_ start: Int) -> Int {
        let length = storage.count - start
        patchHost(UInt16(truncatingIfNeeded: length), at: start)
        return length
    }

    /// NLA_F_NESTED.
    static let nestedFlag: UInt16 = 0x8000

    @inline(__always)
    private mutating func pad() {
        storage.reserve(3)
        while storage.count % 4 != 0 { appendByte(0) }
    }

    @inline(__always)
    private mutating func appendByte(_ b: UInt8) {
        storage.base.storeBytes(of: b, toByteOffset: storage.count, as: UInt8.self)
        storage.count += 1
    }

    /// Callers reserve first.
    @inline(__always)
    private mutating func appendHost<T: FixedWidthInteger>(_ value: T) {
        storage.base.storeBytes(of: value.littleEndian, toByteOffset: storage.count, as: T.self)
        storage.count += MemoryLayout<T>.size
    }

    @inline(__always)
    private mutating func appendBE<T: FixedWidthInteger>(_ value: T) {
        storage.base.storeBytes(of: value.bigEndian, toByteOffset: storage.count, as: T.self)
        storage.count += MemoryLayout<T>.size
    }

    private mutating func patchHost<T: FixedWidthInteger>(_ value: T, at offset: Int) {
        storage.base.storeBytes(of: value.littleEndian, toByteOffset: offset, as: T.self)
    }
}
