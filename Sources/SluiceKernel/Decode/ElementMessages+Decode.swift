import SluiceCompiler

extension ElementMessages {
    /// One element of a dump, before intervals are put back together.
    struct RawElement {
        var key: ArraySlice<UInt8>
        var flags: UInt32
        var timeout: UInt64?
        var expiration: UInt64?
        var comment: String?
        var state: [StatefulExpression]
    }

    /// The elements of one dumped NEWSETELEM message.
    static func decode(_ message: NetlinkMessage, into out: inout [RawElement]) {
        for list in message.attributes where list.type == NFT.elemListElements {
            for element in list.nested {
                var raw = RawElement(key: [], flags: 0, timeout: nil, expiration: nil, comment: nil, state: [])
                for a in element.nested {
                    switch a.type {
                    case NFT.elemKey:
                        for v in a.nested where v.type == NFT.dataValue { raw.key = v.value }
                    case NFT.elemFlags: raw.flags = a.be32 ?? 0
                    case NFT.elemTimeout: raw.timeout = a.be64
                    case NFT.elemExpiration: raw.expiration = a.be64
                    case NFT.elemUserdata: raw.comment = UserData(a.value).string(UserData.elemComment)
                    case NFT.elemExpr: raw.state.append(StatefulExpression(body: a.value))
                    case NFT.elemExpressions:
                        for e in a.nested { raw.state.append(StatefulExpression(body: e.value)) }
                    default: break
                    }
                }
                out.append(raw)
            }
        }
    }

    /// The set's elements in key order; interval sets as ranges (start element to the next end
    /// element minus one, or to the top of the type when no end follows), skipping nft's leading
    /// end element at zero.
    static func assemble(_ raw: [RawElement], of set: NFTSet) throws -> [SetElement] {
        set.flags.contains(.interval) ? try assembleIntervals(raw, of: set) : try assembleSingles(raw, of: set)
    }

    /// Single-key elements in key order. Keys are big-endian and at most 16 bytes, so sorting them
    /// as numbers gives key order without comparing decoded keys (the watcher reads 10,000-element
    /// sets every second).
    private static func assembleSingles(_ raw: [RawElement], of set: NFTSet) throws -> [SetElement] {
        var out: [SetElement] = []
        out.reserveCapacity(raw.count)
        for (_, r) in raw.map({ (ElementCodec.number($0.key), $0) }).sorted(by: { $0.0 < $1.0 }) {
            guard let key = ElementCodec.key(r.key, as: set.keyType) else {
                throw malformed(set, "a \(r.key.count)-byte key in a set of type \(set.keyType.rawValue)")
            }
            out.append(element(key, r, of: set))
        }
        return out
    }

    /// Ranges: each start element to the next end element minus one, or to the top of the type.
    private static func assembleIntervals(_ raw: [RawElement], of set: NFTSet) throws -> [SetElement] {
        let end = NFT.elemFlagIntervalEnd
        let ordered = raw.map { (number: ElementCodec.number($0.key), raw: $0) }.sorted {
            // At one key an end element closes the previous range before a start opens the next.
            ($0.number, $0.raw.flags & end == 0 ? 1 : 0) < ($1.number, $1.raw.flags & end == 0 ? 1 : 0)
        }
        var out: [SetElement] = []
        out.reserveCapacity(ordered.count / 2 + 1)
        var open: (number: UInt128, raw: RawElement)?
        func close(at upper: UInt128) throws {
            guard let o = open else { return }
            guard let key = ElementCodec.rangeKey(lower: o.number, upper: upper, as: set.keyType) else {
                throw malformed(set, "interval \(o.number)-\(upper) of type \(set.keyType.rawValue)")
            }
            out.append(element(key, o.raw, of: set))
            open = nil
        }
        for item in ordered {
            guard item.raw.key.count == set.keyType.length else {
                throw malformed(set, "a \(item.raw.key.count)-byte key in a set of type \(set.keyType.rawValue)")
            }
            if item.raw.flags & end != 0 {
                if open != nil {
                    guard item.number > 0 else { throw malformed(set, "an interval ending at zero") }
                    try close(at: item.number - 1)
                }
            } else {
                if open != nil {
                    guard item.number > 0 else { throw malformed(set, "two intervals starting at zero") }
                    try close(at: item.number - 1)
                }
                open = item
            }
        }
        try close(at: ElementCodec.maxNumber(set.keyType))
        return out
    }

    /// One element with the runtime state the kernel reported for it; a quota limit only when it
    /// is the element's own (not the set's).
    private static func element(_ key: ElementKey, _ r: RawElement, of set: NFTSet) -> SetElement {
        var e = SetElement(key, timeout: r.timeout, expires: r.expiration, comment: r.comment)
        for s in r.state {
            switch s {
            case .quota(let bytes, let consumed, _):
                e.quotaUsed = consumed
                if case .quotaOver(let setLimit)? = set.stateful, bytes != setLimit { e.quotaLimit = bytes }
            case .counter(let packets, let bytes): e.counter = CounterState(packets: packets, bytes: bytes)
            case .other: break
            }
        }
        return e
    }

    private static func malformed(_ set: NFTSet, _ detail: String) -> KernelError {
        KernelError.malformed(operation: "read the elements of set \(set.name)", detail: detail)
    }
}
