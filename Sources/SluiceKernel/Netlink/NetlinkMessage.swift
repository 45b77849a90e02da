import CNetfilterShims

/// One received netlink message: its header and, for nfnetlink, the nfgenmsg and attributes.
struct NetlinkMessage {
    var length: UInt32
    var type: UInt16
    var flags: UInt16
    var seq: UInt32
    var portID: UInt32
    /// Everything after the netlink header.
    var payload: ArraySlice<UInt8>

    static let headerLength = Int(sluice_nlmsg_hdrlen())
    static let nfgenLength = 4

    /// nfgenmsg.nfgen_family.
    var family: UInt8 { payload.count >= 1 ? payload[payload.startIndex] : 0 }
    /// nfgenmsg.res_id (big-endian on the wire): the low 16 bits of the generation for nf_tables.
    var resID: UInt16 {
        guard payload.count >= 4 else { return 0 }
        let s = payload.startIndex
        return UInt16(payload[s + 2]) << 8 | UInt16(payload[s + 3])
    }
    /// The attributes after the nfgenmsg header.
    var attributes: NetlinkAttributes {
        NetlinkAttributes(payload.dropFirst(NetlinkMessage.nfgenLength))
    }

    /// Splits a datagram into messages.
    static func parse(_ buffer: ArraySlice<UInt8>) -> [NetlinkMessage] {
        var out: [NetlinkMessage] = []
        var rest = buffer
        while rest.count >= headerLength {
            let s = rest.startIndex
            func u32(_ o: Int) -> UInt32 {
                UInt32(rest[s + o]) | UInt32(rest[s + o + 1]) << 8 | UInt32(rest[s + o + 2]) << 16
                    | UInt32(rest[s + o + 3]) << 24
            }
            func u16(_ o: Int) -> UInt16 { UInt16(rest[s + o]) | UInt16(rest[s + o + 1]) << 8 }
            let length = Int(u32(0))
            guard length >= headerLength, length <= rest.count else { break }
            out.append(NetlinkMessage(length: UInt32(length), type: u16(4), flags: u16(6), seq: u32(8),
                                      portID: u32(12), payload: rest[(s + headerLength)..<(s + length)]))
            rest = rest[(s + min(rest.count, (length + 3) & ~3))...]
        }
        return out
    }

    /// For NLMSG_ERROR: the (positive) errno, 0 for an ack, the kernel's ext-ack message, and the
    /// sequence number of the message it answers.
    var errorReport: (errno: Int32, message: String?, offset: UInt32?)? {
        guard type == UInt16(NetlinkConstants.nlmsgError), payload.count >= 4 else { return nil }
        let s = payload.startIndex
        var raw: UInt32 = 0
        for i in 0..<4 { raw |= UInt32(payload[s + i]) << (8 * UInt32(i)) }
        let error = Int32(bitPattern: raw)
        // struct nlmsgerr is the error and the offending message's header, plus its payload unless
        // the kernel capped it; the ext-ack TLVs follow.
        var tlvStart = s + 4 + NetlinkMessage.headerLength
        if flags & NetlinkConstants.flagCapped == 0, payload.count >= 4 + NetlinkMessage.headerLength {
            var inner: UInt32 = 0
            for i in 0..<4 { inner |= UInt32(payload[s + 4 + i]) << (8 * UInt32(i)) }
            tlvStart = s + 4 + Int(inner)
        }
        var message: String?
        var offset: UInt32?
        if flags & NetlinkConstants.flagAckTLVs != 0, tlvStart <= payload.endIndex {
            for a in NetlinkAttributes(payload[min(tlvStart, payload.endIndex)...]) {
                if a.type == NetlinkConstants.errAttrMessage { message = a.string }
                if a.type == NetlinkConstants.errAttrOffset { offset = a.host32 }
            }
        }
        // The kernel sends a negated errno (or 0); negating Int32.min would trap, so a value
        // no kernel sends is clamped rather than trusted.
        return (Int32(clamping: -Int64(error)), message, offset)
    }
}
