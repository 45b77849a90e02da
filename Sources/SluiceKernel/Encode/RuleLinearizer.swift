import SluiceCompiler
import SluiceLanguage

/// Turns a rule's statements into the expressions nft 1.0.6 generates for the same rule text
/// (`netlink_linearize.c`), with the protocol dependencies nft's evaluator adds in an `inet` table:
/// `meta nfproto` before an `ip`/`ip6` field and `meta l4proto` before a `tcp`/`udp` field, each
/// once per rule, and none where an explicit match already established the protocol. In an `ip`
/// or `ip6` table (`family`) the network protocol is the table's, and nft adds no `meta nfproto`.
enum RuleLinearizer {
    /// What the rule has established so far, as nft's protocol context does.
    private struct Context {
        var network: UInt8?
        var transport: UInt8?
    }

    /// The rule's expressions; throws `KernelError.unsupported` for what nft could not express the
    /// same way.
    static func linearize(_ rule: Rule, family: AddressFamily? = nil) throws -> [KernelExpression] {
        if rule.isUndecodable {
            throw KernelError.unsupported("a rule read from the kernel that Sluice cannot decode (\(rule.comment ?? ""))")
        }
        var out: [KernelExpression] = []
        var context = Context(network: family?.nfproto)
        for statement in rule.statements {
            switch statement {
            case .match(let match):
                try linearize(match, into: &out, context: &context)
            case .counter(let name):
                out.append(.objref(type: NFT.objectCounter, name: name))
            case .quota(let name):
                out.append(.objref(type: NFT.objectQuota, name: name))
            case .update(let update) where update.key == .owner:
                out += OwnerLabels.update(update)
            case .recordOwner:
                out += OwnerLabels.record()
            case .update(let update) where update.key == .skuid:
                out.append(.meta(key: KernelExpression.metaSKUID, dreg: KernelExpression.register1))
                out.append(.dynset(op: update.operation == .add ? KernelExpression.dynsetAdd : KernelExpression.dynsetUpdate,
                                   sregKey: KernelExpression.register1, set: update.set, timeout: 0))
            case .update(let update):
                guard let field = PacketField(update.key) else {
                    throw KernelError.unsupported("`\(update.operation.rawValue) @\(update.set) { \(update.key.rawValue) }`: only address and port fields can key a set update")
                }
                try dependency(for: field, into: &out, context: &context)
                out.append(field.load)
                out.append(.dynset(op: update.operation == .add ? KernelExpression.dynsetAdd : KernelExpression.dynsetUpdate,
                                   sregKey: KernelExpression.register1, set: update.set, timeout: 0))
            case .limit(let limit):
                guard limit.rate.count > 0 else { throw KernelError.unsupported("`limit rate 0/\(limit.rate.unit.rawValue)`") }
                out.append(.limit(rate: UInt64(limit.rate.count), unit: limit.rate.unit.seconds, burst: limit.burst,
                                  type: KernelExpression.limitPackets, flags: 0))
            case .setCtMarkBits(let bits):
                // `ct mark set ct mark | BITS`: load, keep the other bits and set these, store.
                let r1 = KernelExpression.register1
                out.append(.ct(key: KernelExpression.ctMark, dreg: r1))
                out.append(.bitwise(sreg: r1, dreg: r1, length: 4, mask: littleEndian(~bits), xor: littleEndian(bits)))
                out.append(.ctSet(key: KernelExpression.ctMark, sreg: r1))
            case .log(let log):
                // NF_LOG_PREFIXLEN is 128 with the NUL; the kernel truncates longer prefixes
                // silently, which would make the rule read back differently.
                guard log.prefix.utf8.count <= LogStatement.longestPrefix, !log.prefix.utf8.contains(0) else {
                    throw KernelError.unsupported("log prefix longer than \(LogStatement.longestPrefix) bytes: \(log.prefix)")
                }
                out.append(.log(prefix: log.prefix, group: log.group))
            case .queue(let queue):
                out.append(QueueTarget.expression(queue))
            case .verdict(let verdict):
                out.append(expression(for: verdict))
            }
        }
        return out
    }

    static func expression(for verdict: RuleVerdict) -> KernelExpression {
        switch verdict {
        case .accept: .verdict(code: NFT.verdictAccept, chain: nil)
        case .drop: .verdict(code: NFT.verdictDrop, chain: nil)
        case .jump(let chain): .verdict(code: NFT.verdictJump, chain: chain)
        case .goto(let chain): .verdict(code: NFT.verdictGoto, chain: chain)
        case .return: .verdict(code: NFT.verdictReturn, chain: nil)
        }
    }

    /// A table of cases, one per match key and value, each mirrored by `RuleDelinearizer`; it
    /// reads better whole than split.
    private static func linearize(_ match: Match, into out: inout [KernelExpression], context: inout Context) throws {
        let r1 = KernelExpression.register1
        let compare: UInt32 = match.negated ? KernelExpression.cmpNeq : KernelExpression.cmpEq
        func lookup(_ set: String) -> KernelExpression {
            .lookup(sreg: r1, set: set, flags: match.negated ? KernelExpression.lookupInvert : 0)
        }
        func unsupported() -> KernelError {
            KernelError.unsupported("`\(match.key.rawValue) \(match.negated ? "!= " : "")\(describe(match.value))`")
        }
        if let field = PacketField(match.key) {
            let compared: KernelExpression
            switch match.value {
            case .set(let name): compared = lookup(name)
            // Single values in network byte order, as the packet holds them.
            case .address(let address) where address.family == (field.length == 4 ? .ipv4 : .ipv6) && field.base == KernelExpression.networkHeader:
                compared = .cmp(sreg: r1, op: compare, data: address.bytes)
            case .port(let port) where field.length == 2:
                compared = .cmp(sreg: r1, op: compare, data: [UInt8(port >> 8), UInt8(port & 0xff)])
            default: throw unsupported()
            }
            try dependency(for: field, into: &out, context: &context)
            out.append(field.load)
            out.append(compared)
            return
        }
        switch (match.key, match.value) {
        case (.nfproto, .set(let name)):
            out.append(.meta(key: KernelExpression.metaNFProto, dreg: r1))
            out.append(lookup(name))
        case (.nfproto, .nfproto(let family)):
            out.append(.meta(key: KernelExpression.metaNFProto, dreg: r1))
            out.append(.cmp(sreg: r1, op: compare, data: [family]))
            if !match.negated { context.network = family }
        case (.l4proto, .set(let name)):
            out.append(.meta(key: KernelExpression.metaL4Proto, dreg: r1))
            out.append(lookup(name))
        case (.skuid, .set(let name)):
            // A plain (never interval) uid set: nft adds no byteorder conversion before the lookup.
            out.append(.meta(key: KernelExpression.metaSKUID, dreg: r1))
            out.append(lookup(name))
        case (.skuid, .present) where !match.negated:
            // Any owner: the load alone would do, but a comparison keeps the rule in nft's shape.
            out.append(.meta(key: KernelExpression.metaSKUID, dreg: r1))
            out.append(.cmp(sreg: r1, op: KernelExpression.cmpGte, data: [0, 0, 0, 0]))
        case (.owner, .set(let name)):
            out += OwnerLabels.lookup(name, negated: match.negated)
        case (.l4proto, .l4proto(let proto)):
            out.append(.meta(key: KernelExpression.metaL4Proto, dreg: r1))
            out.append(.cmp(sreg: r1, op: compare, data: [proto]))
            if !match.negated { context.transport = proto }
        case (.oifname, .set(let name)), (.iifname, .set(let name)):
            out.append(.meta(key: match.key == .oifname ? KernelExpression.metaOIFName : KernelExpression.metaIIFName, dreg: r1))
            out.append(lookup(name))
        case (.oifname, .ifname(let name)), (.iifname, .ifname(let name)):
            guard let bytes = ElementCodec.interfaceName(name) else { throw unsupported() }
            out.append(.meta(key: match.key == .oifname ? KernelExpression.metaOIFName : KernelExpression.metaIIFName, dreg: r1))
            out.append(.cmp(sreg: r1, op: compare, data: bytes))
        case (.ctState, .ctState(let state)):
            guard state.rawValue != 0 else { throw unsupported() }
            out.append(.ct(key: KernelExpression.ctState, dreg: r1))
            let bits = littleEndian(state.rawValue)
            if match.negated {
                // nft compares the whole state word for `!=` (`ct state != established` is
                // `cmp neq 0x2`), and tests the bits for a plain match.
                out.append(.cmp(sreg: r1, op: KernelExpression.cmpNeq, data: bits))
            } else {
                out.append(.bitwise(sreg: r1, dreg: r1, length: 4, mask: bits, xor: [0, 0, 0, 0]))
                out.append(.cmp(sreg: r1, op: KernelExpression.cmpNeq, data: [0, 0, 0, 0]))
            }
        case (.ctDirection, .ctDirection(let direction)):
            // One byte, as nft loads it: `[ ct load direction => reg 1 ] [ cmp eq reg 1 0x01 ]`.
            out.append(.ct(key: KernelExpression.ctDirection, dreg: r1))
            out.append(.cmp(sreg: r1, op: compare, data: [direction.rawValue]))
        case (.ctMark, .ctMarkBits(let bits)):
            // `ct mark & BITS == BITS` (or `!=`): the mark is a host-order word in the register.
            guard bits != 0 else { throw unsupported() }
            out.append(.ct(key: KernelExpression.ctMark, dreg: r1))
            out.append(.bitwise(sreg: r1, dreg: r1, length: 4, mask: littleEndian(bits), xor: [0, 0, 0, 0]))
            out.append(.cmp(sreg: r1, op: compare, data: littleEndian(bits)))
        default:
            throw unsupported()
        }
    }

    /// `meta nfproto` / `meta l4proto` before a header field, unless the rule already has it.
    private static func dependency(for field: PacketField, into out: inout [KernelExpression], context: inout Context) throws {
        let r1 = KernelExpression.register1
        switch field.dependency {
        case .network(let family):
            if let established = context.network {
                guard established == family else {
                    throw KernelError.unsupported("a rule mixing IPv4 and IPv6 fields")
                }
                return
            }
            out.append(.meta(key: KernelExpression.metaNFProto, dreg: r1))
            out.append(.cmp(sreg: r1, op: KernelExpression.cmpEq, data: [family]))
            context.network = family
        case .transport(let proto):
            if let established = context.transport {
                guard established == proto else {
                    throw KernelError.unsupported("a rule mixing TCP and UDP fields")
                }
                return
            }
            out.append(.meta(key: KernelExpression.metaL4Proto, dreg: r1))
            out.append(.cmp(sreg: r1, op: KernelExpression.cmpEq, data: [proto]))
            context.transport = proto
        }
    }

    static func littleEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value & 0xff), UInt8((value >> 8) & 0xff), UInt8((value >> 16) & 0xff), UInt8(value >> 24)]
    }

    private static func describe(_ value: MatchValue) -> String {
        switch value {
        case .set(let name): "@\(name)"
        case .l4proto(let p): "\(p)"
        case .nfproto(let f): "\(f)"
        case .ifname(let n): "\"\(n)\""
        case .ctState(let s): s.names.joined(separator: ",")
        case .ctDirection(let d): d.name
        case .ctMarkBits(let bits): "& \(NFTText.hex(bits)) == \(NFTText.hex(bits))"
        case .address(let a): a.description
        case .port(let p): "\(p)"
        case .present: ">= 0"
        }
    }
}
