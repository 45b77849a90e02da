import SluiceCompiler

/// A quota or counter expression as a set template or an element's state carries it
/// (NFTA_SET_EXPR, NFTA_SET_ELEM_EXPR): name and data, without the NFTA_LIST_ELEM wrapper.
enum StatefulExpression: Hashable {
    case quota(bytes: UInt64, consumed: UInt64, flags: UInt32)
    case counter(packets: UInt64, bytes: UInt64)
    case other(String)

    /// The template of a set's `ElementStateful`.
    init(template: ElementStateful) {
        switch template {
        case .quotaOver(let bytes): self = .quota(bytes: bytes, consumed: 0, flags: NFT.quotaFlagInvert)
        case .counter: self = .counter(packets: 0, bytes: 0)
        }
    }

    /// The model's template this expression stands for, if any.
    var template: ElementStateful? {
        switch self {
        case .quota(let bytes, _, let flags) where flags & NFT.quotaFlagInvert != 0: .quotaOver(bytes: bytes)
        case .counter: .counter
        default: nil
        }
    }

    /// Parses the name + data body.
    init(body: ArraySlice<UInt8>) {
        var name = ""
        var data = ArraySlice<UInt8>()
        for a in NetlinkAttributes(body) {
            if a.type == NFT.exprName { name = a.string }
            if a.type == NFT.exprData { data = a.value }
        }
        let t = NetlinkAttributes(data).table(max: 8)
        switch name {
        case "quota":
            self = .quota(bytes: t[Int(NFT.quotaBytes)]?.be64 ?? 0, consumed: t[Int(NFT.quotaConsumed)]?.be64 ?? 0,
                          flags: t[Int(NFT.quotaFlags)]?.be32 ?? 0)
        case "counter":
            self = .counter(packets: t[Int(NFT.counterPackets)]?.be64 ?? 0, bytes: t[Int(NFT.counterBytes)]?.be64 ?? 0)
        default:
            self = .other(name)
        }
    }

    /// Writes NFTA_EXPR_NAME and NFTA_EXPR_DATA, as libnftnl's `nftnl_expr_build_payload` does:
    /// a quota with bytes, consumed and flags; a counter with only its non-zero values (nft).
    func encodeBody(into w: inout NetlinkWriter) {
        switch self {
        case .quota(let bytes, let consumed, let flags):
            w.putString(NFT.exprName, "quota")
            let data = w.beginNest(NFT.exprData)
            w.putBE64(NFT.quotaBytes, bytes)
            w.putBE64(NFT.quotaConsumed, consumed)
            w.putBE32(NFT.quotaFlags, flags)
            w.endNest(data)
        case .counter(let packets, let bytes):
            w.putString(NFT.exprName, "counter")
            let data = w.beginNest(NFT.exprData)
            // Bytes first, as libnftnl's counter expression writes them.
            if bytes != 0 { w.putBE64(NFT.counterBytes, bytes) }
            if packets != 0 { w.putBE64(NFT.counterPackets, packets) }
            w.endNest(data)
        case .other(let name):
            w.putString(NFT.exprName, name)
        }
    }
}
