import CNetfilter

extension KernelExpression {
    private static func a(_ v: UInt32) -> UInt16 { UInt16(v) }

    /// Writes the expression as one NFTA_LIST_ELEM of a rule's NFTA_RULE_EXPRESSIONS, with the
    /// attributes nft 1.0.6 (through libnftnl) sends.
    func encode(into w: inout NetlinkWriter, setIDs: [String: UInt32]) {
        // A table of cases, one per expression kind (see `decode`, its mirror).
        let element = w.beginNest(NFT.listElem)
        w.putString(NFT.exprName, name)
        let data = w.beginNest(NFT.exprData)
        switch self {
        case .payload(let base, let offset, let length, let dreg):
            w.putBE32(Self.a(NFTA_PAYLOAD_DREG.rawValue), dreg)
            w.putBE32(Self.a(NFTA_PAYLOAD_BASE.rawValue), base)
            w.putBE32(Self.a(NFTA_PAYLOAD_OFFSET.rawValue), offset)
            w.putBE32(Self.a(NFTA_PAYLOAD_LEN.rawValue), length)
        case .meta(let key, let dreg):
            w.putBE32(Self.a(NFTA_META_KEY.rawValue), key)
            w.putBE32(Self.a(NFTA_META_DREG.rawValue), dreg)
        case .ct(let key, let dreg):
            w.putBE32(Self.a(NFTA_CT_KEY.rawValue), key)
            w.putBE32(Self.a(NFTA_CT_DREG.rawValue), dreg)
        case .ctSet(let key, let sreg):
            w.putBE32(Self.a(NFTA_CT_KEY.rawValue), key)
            w.putBE32(Self.a(NFTA_CT_SREG.rawValue), sreg)
        case .cmp(let sreg, let op, let bytes):
            w.putBE32(Self.a(NFTA_CMP_SREG.rawValue), sreg)
            w.putBE32(Self.a(NFTA_CMP_OP.rawValue), op)
            Self.putData(&w, Self.a(NFTA_CMP_DATA.rawValue), bytes)
        case .bitwise(let sreg, let dreg, let length, let mask, let xor):
            w.putBE32(Self.a(NFTA_BITWISE_SREG.rawValue), sreg)
            w.putBE32(Self.a(NFTA_BITWISE_DREG.rawValue), dreg)
            w.putBE32(Self.a(NFTA_BITWISE_LEN.rawValue), length)
            Self.putData(&w, Self.a(NFTA_BITWISE_MASK.rawValue), mask)
            Self.putData(&w, Self.a(NFTA_BITWISE_XOR.rawValue), xor)
        case .lookup(let sreg, let set, let flags):
            w.putString(Self.a(NFTA_LOOKUP_SET.rawValue), set)
            w.putBE32(Self.a(NFTA_LOOKUP_SREG.rawValue), sreg)
            w.putBE32(Self.a(NFTA_LOOKUP_SET_ID.rawValue), setIDs[set] ?? 0)
            if flags != 0 { w.putBE32(Self.a(NFTA_LOOKUP_FLAGS.rawValue), flags) }
        case .verdict(let code, let chain):
            w.putBE32(Self.a(NFTA_IMMEDIATE_DREG.rawValue), KernelExpression.registerVerdict)
            let immediate = w.beginNest(Self.a(NFTA_IMMEDIATE_DATA.rawValue))
            let verdict = w.beginNest(NFT.dataVerdict)
            w.putBE32(NFT.verdictCode, code)
            if let chain { w.putString(NFT.verdictChain, chain) }
            w.endNest(verdict)
            w.endNest(immediate)
        case .dynset(let op, let sregKey, let set, let timeout):
            w.putBE32(Self.a(NFTA_DYNSET_SREG_KEY.rawValue), sregKey)
            if timeout > 0 { w.putBE64(Self.a(NFTA_DYNSET_TIMEOUT.rawValue), timeout) }
            w.putBE32(Self.a(NFTA_DYNSET_OP.rawValue), op)
            w.putString(Self.a(NFTA_DYNSET_SET_NAME.rawValue), set)
            w.putBE32(Self.a(NFTA_DYNSET_SET_ID.rawValue), setIDs[set] ?? 0)
        case .objref(let type, let name):
            w.putBE32(Self.a(NFTA_OBJREF_IMM_TYPE.rawValue), type)
            w.putString(Self.a(NFTA_OBJREF_IMM_NAME.rawValue), name)
        case .limit(let rate, let unit, let burst, let type, let flags):
            w.putBE64(Self.a(NFTA_LIMIT_RATE.rawValue), rate)
            w.putBE64(Self.a(NFTA_LIMIT_UNIT.rawValue), unit)
            if burst > 0 { w.putBE32(Self.a(NFTA_LIMIT_BURST.rawValue), burst) }
            w.putBE32(Self.a(NFTA_LIMIT_TYPE.rawValue), type)
            w.putBE32(Self.a(NFTA_LIMIT_FLAGS.rawValue), flags)
        case .log(let prefix, let group):
            if let prefix { w.putString(Self.a(NFTA_LOG_PREFIX.rawValue), prefix) }
            if let group { w.putBE16(Self.a(NFTA_LOG_GROUP.rawValue), group) }
        case .target(let name, let revision, let info):
            w.putString(Self.targetName, name)
            w.putBE32(Self.targetRevision, revision)
            w.put(Self.targetInfo, info)
        case .other(_, let attributes):
            w.appendPayload(attributes)
        }
        w.endNest(data)
        w.endNest(element)
    }

    private static func putData(_ w: inout NetlinkWriter, _ type: UInt16, _ bytes: [UInt8]) {
        let nest = w.beginNest(type)
        w.put(NFT.dataValue, bytes)
        w.endNest(nest)
    }

    /// Reads one NFTA_LIST_ELEM of a dumped rule. Attributes the kernel adds with default values
    /// (lookup flags 0, dynset timeout 0, log snaplen 0) read the same as when absent; anything
    /// Sluice does not emit becomes `.other`.
    static func decode(_ element: NetlinkAttribute) -> KernelExpression {
        // A table of cases, one per expression kind, kept whole beside `encode` so the two read as
        // one mapping.
        var name = ""
        var data = ArraySlice<UInt8>()
        for a in element.nested {
            if a.type == NFT.exprName { name = a.string }
            if a.type == NFT.exprData { data = a.value }
        }
        let t = NetlinkAttributes(data).table(max: 16)
        let other = KernelExpression.other(name: name, attributes: Array(data))
        func u32(_ v: UInt32) -> UInt32? { t[Int(v)]?.be32 }
        func u64(_ v: UInt32) -> UInt64? { t[Int(v)]?.be64 }
        func str(_ v: UInt32) -> String? { t[Int(v)]?.string }
        func value(_ v: UInt32) -> [UInt8]? {
            guard let nest = t[Int(v)] else { return nil }
            for a in nest.nested where a.type == NFT.dataValue { return Array(a.value) }
            return nil
        }
        func only(_ allowed: [UInt32]) -> Bool {
            NetlinkAttributes(data).allSatisfy { allowed.contains(UInt32($0.type)) }
        }
        switch name {
        case "payload":
            guard only([NFTA_PAYLOAD_DREG.rawValue, NFTA_PAYLOAD_BASE.rawValue, NFTA_PAYLOAD_OFFSET.rawValue,
                        NFTA_PAYLOAD_LEN.rawValue]),
                  let dreg = u32(NFTA_PAYLOAD_DREG.rawValue), let base = u32(NFTA_PAYLOAD_BASE.rawValue),
                  let offset = u32(NFTA_PAYLOAD_OFFSET.rawValue), let length = u32(NFTA_PAYLOAD_LEN.rawValue)
            else { return other }
            return .payload(base: base, offset: offset, length: length, dreg: dreg)
        case "meta":
            guard only([NFTA_META_KEY.rawValue, NFTA_META_DREG.rawValue]),
                  let key = u32(NFTA_META_KEY.rawValue), let dreg = u32(NFTA_META_DREG.rawValue) else { return other }
            return .meta(key: key, dreg: dreg)
        case "ct":
            guard let key = u32(NFTA_CT_KEY.rawValue) else { return other }
            if only([NFTA_CT_KEY.rawValue, NFTA_CT_DREG.rawValue]), let dreg = u32(NFTA_CT_DREG.rawValue) {
                return .ct(key: key, dreg: dreg)
            }
            if only([NFTA_CT_KEY.rawValue, NFTA_CT_SREG.rawValue]), let sreg = u32(NFTA_CT_SREG.rawValue) {
                return .ctSet(key: key, sreg: sreg)
            }
            return other
        case "cmp":
            guard only([NFTA_CMP_SREG.rawValue, NFTA_CMP_OP.rawValue, NFTA_CMP_DATA.rawValue]),
                  let sreg = u32(NFTA_CMP_SREG.rawValue), let op = u32(NFTA_CMP_OP.rawValue),
                  let bytes = value(NFTA_CMP_DATA.rawValue) else { return other }
            return .cmp(sreg: sreg, op: op, data: bytes)
        case "bitwise":
            guard let sreg = u32(NFTA_BITWISE_SREG.rawValue), let dreg = u32(NFTA_BITWISE_DREG.rawValue),
                  let length = u32(NFTA_BITWISE_LEN.rawValue), let mask = value(NFTA_BITWISE_MASK.rawValue),
                  let xor = value(NFTA_BITWISE_XOR.rawValue),
                  (u32(NFTA_BITWISE_OP.rawValue) ?? 0) == 0,
                  only([NFTA_BITWISE_SREG.rawValue, NFTA_BITWISE_DREG.rawValue, NFTA_BITWISE_LEN.rawValue,
                        NFTA_BITWISE_MASK.rawValue, NFTA_BITWISE_XOR.rawValue, NFTA_BITWISE_OP.rawValue])
            else { return other }
            return .bitwise(sreg: sreg, dreg: dreg, length: length, mask: mask, xor: xor)
        case "lookup":
            guard only([NFTA_LOOKUP_SET.rawValue, NFTA_LOOKUP_SREG.rawValue, NFTA_LOOKUP_SET_ID.rawValue,
                        NFTA_LOOKUP_FLAGS.rawValue]),
                  let set = str(NFTA_LOOKUP_SET.rawValue), let sreg = u32(NFTA_LOOKUP_SREG.rawValue) else { return other }
            return .lookup(sreg: sreg, set: set, flags: u32(NFTA_LOOKUP_FLAGS.rawValue) ?? 0)
        case "immediate":
            guard u32(NFTA_IMMEDIATE_DREG.rawValue) == KernelExpression.registerVerdict,
                  let immediate = t[Int(NFTA_IMMEDIATE_DATA.rawValue)] else { return other }
            for v in immediate.nested where v.type == NFT.dataVerdict {
                var code: UInt32?
                var chain: String?
                for a in v.nested {
                    if a.type == NFT.verdictCode { code = a.be32 }
                    if a.type == NFT.verdictChain { chain = a.string }
                }
                if let code { return .verdict(code: code, chain: chain) }
            }
            return other
        case "dynset":
            guard only([NFTA_DYNSET_SET_NAME.rawValue, NFTA_DYNSET_SET_ID.rawValue, NFTA_DYNSET_OP.rawValue,
                        NFTA_DYNSET_SREG_KEY.rawValue, NFTA_DYNSET_TIMEOUT.rawValue, NFTA_DYNSET_FLAGS.rawValue,
                        NFTA_DYNSET_EXPR.rawValue, NFTA_DYNSET_EXPRESSIONS.rawValue]),
                  (u32(NFTA_DYNSET_FLAGS.rawValue) ?? 0) == 0,
                  let set = str(NFTA_DYNSET_SET_NAME.rawValue), let op = u32(NFTA_DYNSET_OP.rawValue),
                  let sreg = u32(NFTA_DYNSET_SREG_KEY.rawValue) else { return other }
            // The kernel dumps the set's template expressions inside the dynset; they belong to
            // the set, which is compared on its own.
            return .dynset(op: op, sregKey: sreg, set: set, timeout: u64(NFTA_DYNSET_TIMEOUT.rawValue) ?? 0)
        case "objref":
            guard only([NFTA_OBJREF_IMM_TYPE.rawValue, NFTA_OBJREF_IMM_NAME.rawValue]),
                  let type = u32(NFTA_OBJREF_IMM_TYPE.rawValue), let name = str(NFTA_OBJREF_IMM_NAME.rawValue)
            else { return other }
            return .objref(type: type, name: name)
        case "limit":
            guard only([NFTA_LIMIT_RATE.rawValue, NFTA_LIMIT_UNIT.rawValue, NFTA_LIMIT_BURST.rawValue,
                        NFTA_LIMIT_TYPE.rawValue, NFTA_LIMIT_FLAGS.rawValue]),
                  let rate = u64(NFTA_LIMIT_RATE.rawValue), let unit = u64(NFTA_LIMIT_UNIT.rawValue) else { return other }
            return .limit(rate: rate, unit: unit, burst: u32(NFTA_LIMIT_BURST.rawValue) ?? 0,
                          type: u32(NFTA_LIMIT_TYPE.rawValue) ?? 0, flags: u32(NFTA_LIMIT_FLAGS.rawValue) ?? 0)
        case "log":
            let group = t[Int(NFTA_LOG_GROUP.rawValue)]?.be16
            // The kernel dumps the level of a kernel-log `log` always (warning, 4, by default),
            // and snaplen/qthreshold of an NFLOG `log` when set. Anything non-default is not
            // Sluice's.
            let level = u32(NFTA_LOG_LEVEL.rawValue)
            guard only([NFTA_LOG_PREFIX.rawValue, NFTA_LOG_GROUP.rawValue, NFTA_LOG_SNAPLEN.rawValue,
                        NFTA_LOG_QTHRESHOLD.rawValue, NFTA_LOG_LEVEL.rawValue]),
                  level == nil || (level == KernelExpression.defaultLogLevel && group == nil),
                  (u32(NFTA_LOG_SNAPLEN.rawValue) ?? 0) == 0,
                  (t[Int(NFTA_LOG_QTHRESHOLD.rawValue)]?.be16 ?? 0) == 0 else { return other }
            return .log(prefix: str(NFTA_LOG_PREFIX.rawValue), group: group)
        case "target":
            guard only([UInt32(targetName), UInt32(targetRevision), UInt32(targetInfo)]),
                  let target = str(UInt32(targetName)), let revision = u32(UInt32(targetRevision)),
                  let info = t[Int(targetInfo)] else { return other }
            return .target(name: target, revision: revision, info: Array(info.value))
        default:
            return other
        }
    }
}
