import CNetfilter

/// One nf_tables expression as the kernel stores it: what a rule is made of on the wire.
/// Statements are linearized into these and delinearized from them, and the planner compares rules
/// at this level, where two spellings of the same rule are equal.
enum KernelExpression: Hashable, Sendable {
    case payload(base: UInt32, offset: UInt32, length: UInt32, dreg: UInt32)
    case meta(key: UInt32, dreg: UInt32)
    case ct(key: UInt32, dreg: UInt32)
    /// `ct set KEY with reg`: writes a connection field (Sluice: its mark).
    case ctSet(key: UInt32, sreg: UInt32)
    case cmp(sreg: UInt32, op: UInt32, data: [UInt8])
    case bitwise(sreg: UInt32, dreg: UInt32, length: UInt32, mask: [UInt8], xor: [UInt8])
    case lookup(sreg: UInt32, set: String, flags: UInt32)
    case verdict(code: UInt32, chain: String?)
    case dynset(op: UInt32, sregKey: UInt32, set: String, timeout: UInt64)
    case objref(type: UInt32, name: String)
    case limit(rate: UInt64, unit: UInt64, burst: UInt32, type: UInt32, flags: UInt32)
    case log(prefix: String?, group: UInt16?)
    /// An xtables target through nft_compat (`[ target name NFQUEUE rev 3 ]`): its name,
    /// revision and info struct as the kernel keeps it (padded to 8 bytes).
    case target(name: String, revision: UInt32, info: [UInt8])
    /// An expression, or attributes of one, that Sluice never emits: kept by name and raw
    /// attributes so it compares unequal to anything Sluice would send.
    case other(name: String, attributes: [UInt8])

    static let register1: UInt32 = UInt32(NFT_REG_1.rawValue)
    static let registerVerdict: UInt32 = UInt32(NFT_REG_VERDICT.rawValue)
    static let networkHeader = UInt32(NFT_PAYLOAD_NETWORK_HEADER.rawValue)
    static let transportHeader = UInt32(NFT_PAYLOAD_TRANSPORT_HEADER.rawValue)
    static let metaNFProto = UInt32(NFT_META_NFPROTO.rawValue)
    static let metaL4Proto = UInt32(NFT_META_L4PROTO.rawValue)
    static let metaIIFName = UInt32(NFT_META_IIFNAME.rawValue)
    static let metaOIFName = UInt32(NFT_META_OIFNAME.rawValue)
    static let metaSKUID = UInt32(NFT_META_SKUID.rawValue)
    static let ctState = UInt32(NFT_CT_STATE.rawValue)
    static let ctMark = UInt32(NFT_CT_MARK.rawValue)
    static let ctDirection = UInt32(NFT_CT_DIRECTION.rawValue)
    static let ctLabels = UInt32(NFT_CT_LABELS.rawValue)
    static let cmpEq = UInt32(NFT_CMP_EQ.rawValue)
    static let cmpNeq = UInt32(NFT_CMP_NEQ.rawValue)
    static let cmpGte = UInt32(NFT_CMP_GTE.rawValue)
    static let lookupInvert = UInt32(NFT_LOOKUP_F_INV.rawValue)
    static let dynsetAdd = UInt32(NFT_DYNSET_OP_ADD.rawValue)
    static let dynsetUpdate = UInt32(NFT_DYNSET_OP_UPDATE.rawValue)
    static let limitPackets = UInt32(NFT_LIMIT_PKTS.rawValue)
    /// NFTA_TARGET_NAME, NFTA_TARGET_REV, NFTA_TARGET_INFO (linux/netfilter/nf_tables_compat.h).
    static let targetName: UInt16 = 1
    static let targetRevision: UInt16 = 2
    static let targetInfo: UInt16 = 3
    /// NFT_LOGLEVEL_WARNING: what the kernel uses when `log` gives no level.
    static let defaultLogLevel: UInt32 = 4

    /// The expression's kernel name.
    var name: String {
        switch self {
        case .payload: "payload"
        case .meta: "meta"
        case .ct, .ctSet: "ct"
        case .cmp: "cmp"
        case .bitwise: "bitwise"
        case .lookup: "lookup"
        case .verdict: "immediate"
        case .dynset: "dynset"
        case .objref: "objref"
        case .limit: "limit"
        case .log: "log"
        case .target: "target"
        case .other(let name, _): name
        }
    }
}
