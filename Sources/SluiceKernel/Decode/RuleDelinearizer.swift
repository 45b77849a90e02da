import SluiceCompiler
import SluiceLanguage

/// Turns a dumped rule's expressions back into statements, for the patterns `RuleLinearizer` (and
/// nft, for the same rule text) produces. Anything else gives nil: the caller keeps the rule as an
/// undecodable stand-in rather than dropping it. `family` is the table's for an `ip`/`ip6` table
/// (its network protocol is given), nil for `inet`.
enum RuleDelinearizer {
    static func statements(_ expressions: [KernelExpression], family: AddressFamily? = nil) -> [Statement]? {
        // A table of cases, one per expression pattern the linearizer emits; it reads better whole
        // than split, since each case consumes a run of expressions the next case must not see.
        var out: [Statement] = []
        var network: UInt8? = family?.nfproto
        var transport: UInt8?
        var i = 0
        let r1 = KernelExpression.register1
        func at(_ k: Int) -> KernelExpression? { k < expressions.count ? expressions[k] : nil }

        while i < expressions.count {
            switch expressions[i] {
            case .meta(let key, r1) where key == KernelExpression.metaNFProto || key == KernelExpression.metaL4Proto:
                let isNetwork = key == KernelExpression.metaNFProto
                switch at(i + 1) {
                case .lookup(r1, let set, let flags)?:
                    guard flags & ~KernelExpression.lookupInvert == 0 else { return nil }
                    out.append(.match(Match(isNetwork ? .nfproto : .l4proto, .set(set),
                                            negated: flags & KernelExpression.lookupInvert != 0)))
                    i += 2
                case .cmp(r1, let op, let data)? where data.count == 1
                    && (op == KernelExpression.cmpEq || op == KernelExpression.cmpNeq):
                    let value = data[0]
                    let negated = op == KernelExpression.cmpNeq
                    // Followed by a load of a field of that protocol, an equality is the field's
                    // dependency, which nft (and the linearizer) write only once per rule. Only a
                    // field that depends on this very match: `meta l4proto tcp` before a load of
                    // `ip saddr` (a set update's key) is a match of its own.
                    if !negated, case .payload(let base, let offset, let length, r1)? = at(i + 2),
                       let field = PacketField(base: base, offset: offset, length: length,
                                               network: isNetwork ? value : network,
                                               transport: isNetwork ? transport : value),
                       field.depends(onNetwork: isNetwork, value),
                       (isNetwork ? network : transport) == nil {
                        if isNetwork { network = value } else { transport = value }
                        i += 2
                        continue
                    }
                    out.append(.match(Match(isNetwork ? .nfproto : .l4proto,
                                            isNetwork ? .nfproto(value) : .l4proto(value), negated: negated)))
                    if !negated {
                        if isNetwork { network = value } else { transport = value }
                    }
                    i += 2
                default:
                    return nil
                }
            case .meta(let key, r1) where key == KernelExpression.metaOIFName || key == KernelExpression.metaIIFName:
                let matchKey: MatchKey = key == KernelExpression.metaOIFName ? .oifname : .iifname
                switch at(i + 1) {
                case .lookup(r1, let set, let flags)?:
                    guard flags & ~KernelExpression.lookupInvert == 0 else { return nil }
                    out.append(.match(Match(matchKey, .set(set), negated: flags & KernelExpression.lookupInvert != 0)))
                case .cmp(r1, let op, let data)? where data.count == 16
                    && (op == KernelExpression.cmpEq || op == KernelExpression.cmpNeq):
                    guard case .ifname(let name)? = ElementCodec.key(data[...], as: .ifname),
                          ElementCodec.interfaceName(name) == data else { return nil }
                    out.append(.match(Match(matchKey, .ifname(name), negated: op == KernelExpression.cmpNeq)))
                default:
                    return nil
                }
                i += 2
            case .meta(KernelExpression.metaSKUID, r1):
                switch at(i + 1) {
                case .lookup(r1, let set, let flags)?:
                    guard flags & ~KernelExpression.lookupInvert == 0 else { return nil }
                    out.append(.match(Match(.skuid, .set(set), negated: flags & KernelExpression.lookupInvert != 0)))
                case .dynset(let op, r1, let set, 0)?:
                    guard op == KernelExpression.dynsetAdd || op == KernelExpression.dynsetUpdate else { return nil }
                    out.append(.update(SetUpdate(op == KernelExpression.dynsetAdd ? .add : .update, set: set, key: .skuid)))
                case .cmp(r1, KernelExpression.cmpGte, [0, 0, 0, 0])?:
                    out.append(.match(Match(.skuid, .present)))
                default:
                    return nil
                }
                i += 2
            case .payload(let base, let offset, let length, r1):
                guard let field = PacketField(base: base, offset: offset, length: length,
                                              network: network, transport: transport) else { return nil }
                switch at(i + 1) {
                case .lookup(r1, let set, let flags)?:
                    guard flags & ~KernelExpression.lookupInvert == 0 else { return nil }
                    out.append(.match(Match(field.key, .set(set), negated: flags & KernelExpression.lookupInvert != 0)))
                case .dynset(let op, r1, let set, 0)?:
                    guard op == KernelExpression.dynsetAdd || op == KernelExpression.dynsetUpdate else { return nil }
                    out.append(.update(SetUpdate(op == KernelExpression.dynsetAdd ? .add : .update, set: set, key: field.key)))
                case .cmp(r1, let op, let data)? where data.count == Int(length)
                    && (op == KernelExpression.cmpEq || op == KernelExpression.cmpNeq):
                    let value: MatchValue
                    if base == KernelExpression.networkHeader {
                        guard let address = IPAddress(bytes: data) else { return nil }
                        value = .address(address)
                    } else if length == 2 {
                        value = .port(UInt16(data[0]) << 8 | UInt16(data[1]))
                    } else {
                        return nil
                    }
                    out.append(.match(Match(field.key, value, negated: op == KernelExpression.cmpNeq)))
                default:
                    return nil
                }
                i += 2
            case .target(let name, let revision, let info):
                guard let queue = QueueTarget.statement(name: name, revision: revision, info: info) else { return nil }
                out.append(.queue(queue))
                i += 1
            case .ct(KernelExpression.ctState, r1):
                switch (at(i + 1), at(i + 2)) {
                case (.bitwise(r1, r1, 4, let mask, [0, 0, 0, 0])?, .cmp(r1, KernelExpression.cmpNeq, [0, 0, 0, 0])?)
                    where mask.count == 4:
                    out.append(.match(Match(.ctState, .ctState(CtState(rawValue: littleEndian(mask))))))
                    i += 3
                case (.cmp(r1, KernelExpression.cmpNeq, let data)?, _) where data.count == 4:
                    out.append(.match(Match(.ctState, .ctState(CtState(rawValue: littleEndian(data))), negated: true)))
                    i += 2
                default:
                    return nil
                }
            case .ct(KernelExpression.ctDirection, r1):
                guard case .cmp(r1, let op, let data)? = at(i + 1), data.count == 1,
                      op == KernelExpression.cmpEq || op == KernelExpression.cmpNeq,
                      let direction = CtDirection(rawValue: data[0]) else { return nil }
                out.append(.match(Match(.ctDirection, .ctDirection(direction), negated: op == KernelExpression.cmpNeq)))
                i += 2
            case .ct(KernelExpression.ctMark, r1):
                guard case .bitwise(r1, r1, 4, let mask, let xor)? = at(i + 1), mask.count == 4, xor.count == 4 else { return nil }
                let (m, x) = (littleEndian(mask), littleEndian(xor))
                switch at(i + 2) {
                case .cmp(r1, let op, let data)? where x == 0 && m != 0 && data.count == 4 && littleEndian(data) == m
                    && (op == KernelExpression.cmpEq || op == KernelExpression.cmpNeq):
                    out.append(.match(Match(.ctMark, .ctMarkBits(m), negated: op == KernelExpression.cmpNeq)))
                case .ctSet(KernelExpression.ctMark, r1)? where x != 0 && m == ~x:
                    out.append(.setCtMarkBits(x))
                default:
                    return nil
                }
                i += 3
            case .ct(KernelExpression.ctLabels, r1):
                guard let (statement, length) = OwnerLabels.decode(expressions[i...]) else { return nil }
                out.append(statement)
                i += length
            case .objref(let type, let name):
                if type == NFT.objectCounter { out.append(.counter(name: name)) }
                else if type == NFT.objectQuota { out.append(.quota(name: name)) }
                else { return nil }
                i += 1
            case .limit(let rate, let unit, let burst, let type, 0):
                guard type == KernelExpression.limitPackets, let count = UInt32(exactly: rate), count > 0,
                      let u = [RateLimit.Unit.second, .minute, .hour].first(where: { $0.seconds == unit })
                else { return nil }
                out.append(.limit(LimitStatement(RateLimit(count: count, per: u), burst: burst)))
                i += 1
            case .log(let prefix, let group):
                guard let prefix else { return nil }
                out.append(.log(LogStatement(prefix: prefix, group: group)))
                i += 1
            case .verdict(let code, let chain):
                switch (code, chain) {
                case (NFT.verdictAccept, nil): out.append(.verdict(.accept))
                case (NFT.verdictDrop, nil): out.append(.verdict(.drop))
                case (NFT.verdictReturn, nil): out.append(.verdict(.return))
                case (NFT.verdictJump, let c?): out.append(.verdict(.jump(c)))
                case (NFT.verdictGoto, let c?): out.append(.verdict(.goto(c)))
                default: return nil
                }
                i += 1
            default:
                return nil
            }
        }
        return out
    }

    private static func littleEndian(_ b: [UInt8]) -> UInt32 {
        UInt32(b[0]) | UInt32(b[1]) << 8 | UInt32(b[2]) << 16 | UInt32(b[3]) << 24
    }

    /// A one-line description of expressions, for an undecodable rule's stand-in.
    static func summary(_ expressions: [KernelExpression]) -> String {
        expressions.map(\.name).joined(separator: " ")
    }
}
