/// Renders a `Ruleset` in libnftables' JSON schema (libnftables-json(5)), loadable with
/// `nft -j -f`. Objects come in the order of the text form; keys in a fixed order.
public enum NFTJSONRenderer {
    /// The ruleset as a JSON document `{"nftables": [...]}`.
    public static func document(_ ruleset: Ruleset) -> JSONValue {
        let base: [(String, JSONValue)] = [("family", .string(Ruleset.family)), ("table", .string(ruleset.table))]
        var items: [JSONValue] = [
            .object([("metainfo", .object([("json_schema_version", .int(1))]))]),
            .object([("table", .object([("family", .string(Ruleset.family)), ("name", .string(ruleset.table))]))]),
        ]
        for q in ruleset.quotas {
            var fields = base + [("name", .string(q.name))]
            if let c = q.comment { fields.append(("comment", .string(c))) }
            fields += [("bytes", .uint(q.bytes)), ("used", .uint(q.used)), ("inv", .bool(q.over))]
            items.append(.object([("quota", .object(fields))]))
        }
        for c in ruleset.counters {
            var fields = base + [("name", .string(c.name))]
            if let comment = c.comment { fields.append(("comment", .string(comment))) }
            fields += [("packets", .uint(c.value.packets)), ("bytes", .uint(c.value.bytes))]
            items.append(.object([("counter", .object(fields))]))
        }
        for set in ruleset.sets {
            items.append(.object([("set", .object(base + setFields(set)))]))
        }
        items += chainItems(ruleset.chains, base: base)
        for table in ruleset.familyTables {
            let family = JSONValue.string(table.keyword)
            items.append(.object([("table", .object([("family", family), ("name", .string(ruleset.table))]))]))
            items += chainItems(table.chains, base: [("family", family), ("table", .string(ruleset.table))])
        }
        return .object([("nftables", .array(items))])
    }

    /// The chains, then their rules, of one table.
    private static func chainItems(_ chains: [Chain], base: [(String, JSONValue)]) -> [JSONValue] {
        var items: [JSONValue] = []
        for chain in chains {
            var fields = base + [("name", .string(chain.name))]
            if let hook = chain.hook {
                fields += [("type", .string("filter")), ("hook", .string(hook.hook.rawValue)),
                           ("prio", .int(Int64(hook.priority))), ("policy", .string(hook.policy.rawValue))]
            }
            items.append(.object([("chain", .object(fields))]))
        }
        for chain in chains {
            for rule in chain.rules {
                var fields = base + [("chain", .string(chain.name))]
                if let c = rule.comment { fields.append(("comment", .string(c))) }
                fields.append(("expr", .array(rule.statements.flatMap(statements))))
                items.append(.object([("rule", .object(fields))]))
            }
        }
        return items
    }

    /// The document as indented text, ending in a newline.
    public static func render(_ ruleset: Ruleset) -> String {
        document(ruleset).pretty() + "\n"
    }

    private static func setFields(_ set: NFTSet) -> [(String, JSONValue)] {
        var fields: [(String, JSONValue)] = [("name", .string(set.name)), ("type", .string(set.keyType.rawValue))]
        if let c = set.comment { fields.append(("comment", .string(c))) }
        // nft 1.0.6's JSON parser refuses "dynamic" and infers it from the `update` statements.
        let flags = set.flags.subtracting(.dynamic)
        if !flags.isEmpty { fields.append(("flags", .array(flags.names.map { .string($0) }))) }
        if let size = set.size { fields.append(("size", .uint(UInt64(size)))) }
        if let t = set.timeout { fields.append(("timeout", .uint(t / 1000))) }
        switch set.stateful {
        case .quotaOver(let bytes):
            fields.append(("stmt", .array([.object([("quota", .object([("val", .uint(bytes)), ("val_unit", .string("bytes")),
                                                                      ("inv", .bool(true))]))])])))
        case .counter:
            fields.append(("stmt", .array([.object([("counter", .null)])])))
        case nil:
            break
        }
        if !set.elements.isEmpty { fields.append(("elem", .array(set.elements.map(element)))) }
        return fields
    }

    private static func element(_ e: SetElement) -> JSONValue {
        let value: JSONValue
        switch e.key {
        case .address(let r):
            if r.lower == r.upper {
                value = .string(r.lower.description)
            } else if let length = r.prefixLength {
                value = .object([("prefix", .object([("addr", .string(r.lower.description)), ("len", .int(Int64(length)))]))])
            } else {
                value = .object([("range", .array([.string(r.lower.description), .string(r.upper.description)]))])
            }
        case .ports(let p):
            value = p.lowerBound == p.upperBound ? .uint(UInt64(p.lowerBound))
                : .object([("range", .array([.uint(UInt64(p.lowerBound)), .uint(UInt64(p.upperBound))]))])
        case .ifname(let name): value = .string(name)
        case .l4proto(let p): value = .string(NFTText.l4proto(p))
        case .nfproto(let p): value = .string(NFTText.nfproto(p))
        case .uid(let uid): value = .uint(UInt64(uid))
        }
        var extra: [(String, JSONValue)] = []
        if let t = e.timeout { extra.append(("timeout", .uint(t / 1000))) }
        if let c = e.comment { extra.append(("comment", .string(c))) }
        guard !extra.isEmpty else { return value }
        return .object([("elem", .object([("val", value)] + extra))])
    }

    private static func left(_ key: MatchKey) -> JSONValue {
        func payload(_ proto: String, _ field: String) -> JSONValue {
            .object([("payload", .object([("protocol", .string(proto)), ("field", .string(field))]))])
        }
        switch key {
        case .ipSaddr: return payload("ip", "saddr")
        case .ipDaddr: return payload("ip", "daddr")
        case .ip6Saddr: return payload("ip6", "saddr")
        case .ip6Daddr: return payload("ip6", "daddr")
        case .tcpDport: return payload("tcp", "dport")
        case .udpDport: return payload("udp", "dport")
        case .tcpSport: return payload("tcp", "sport")
        case .udpSport: return payload("udp", "sport")
        case .l4proto: return .object([("meta", .object([("key", .string("l4proto"))]))])
        case .nfproto: return .object([("meta", .object([("key", .string("nfproto"))]))])
        case .oifname: return .object([("meta", .object([("key", .string("oifname"))]))])
        case .iifname: return .object([("meta", .object([("key", .string("iifname"))]))])
        case .ctState: return .object([("ct", .object([("key", .string("state"))]))])
        case .ctDirection: return .object([("ct", .object([("key", .string("direction"))]))])
        case .skuid: return .object([("meta", .object([("key", .string("skuid"))]))])
        case .ctMark: return .object([("ct", .object([("key", .string("mark"))]))])
        // nft cannot read the recorded uid (see `NFTText.ownerLabel`): the socket's stands in.
        case .owner: return left(.skuid)
        }
    }

    /// A statement's expressions; `ct owner` takes two, as in `NFTText.statement`.
    private static func statements(_ s: Statement) -> [JSONValue] {
        guard case .match(let m) = s, m.key == .owner else { return [statement(s)] }
        let label = JSONValue.uint(UInt64(NFTText.ownerLabel))
        let recorded = JSONValue.object([("match", .object([("op", .string("==")),
                                                            ("left", .object([("&", .array([ctLabel, label]))])),
                                                            ("right", label)]))])
        return [recorded, statement(s)]
    }

    private static let ctLabel = JSONValue.object([("ct", .object([("key", .string("label"))]))])

    private static func statement(_ s: Statement) -> JSONValue {
        switch s {
        case .match(let m):
            let right: JSONValue
            var op = m.negated ? "!=" : "=="
            var left = left(m.key)
            switch m.value {
            case .set(let name): right = .string("@\(name)")
            case .l4proto(let p): right = .string(NFTText.l4proto(p))
            case .nfproto(let p): right = .string(NFTText.nfproto(p))
            case .ifname(let n): right = .string(n)
            case .ctState(let states):
                let names = states.names.map { JSONValue.string($0) }
                right = names.count == 1 ? names[0] : .array(names)
                op = m.negated ? "!=" : "in"
            case .ctDirection(let direction): right = .string(direction.name)
            case .ctMarkBits(let bits):
                // `ct mark & BITS == BITS`, as nft lists it.
                left = .object([("&", .array([left, .uint(UInt64(bits))]))])
                right = .uint(UInt64(bits))
            case .address(let a): right = .string(a.description)
            case .port(let p): right = .uint(UInt64(p))
            case .present:
                op = ">="
                right = .uint(0)
            }
            return .object([("match", .object([("op", .string(op)), ("left", left), ("right", right)]))])
        case .counter(let name): return .object([("counter", .string(name))])
        case .quota(let name): return .object([("quota", .string(name))])
        case .update(let u):
            return .object([("set", .object([("op", .string(u.operation.rawValue)), ("elem", left(u.key)),
                                             ("set", .string("@\(u.set)"))]))])
        case .setCtMarkBits(let bits):
            let value = JSONValue.object([("|", .array([left(.ctMark), .uint(UInt64(bits))]))])
            return .object([("mangle", .object([("key", left(.ctMark)), ("value", value)]))])
        case .recordOwner:
            return .object([("mangle", .object([("key", ctLabel), ("value", .uint(UInt64(NFTText.ownerLabel)))]))])
        case .limit(let l):
            return .object([("limit", .object([("rate", .uint(UInt64(l.rate.count))), ("burst", .uint(UInt64(l.burst))),
                                               ("per", .string(l.rate.unit.rawValue))]))])
        case .log(let l):
            var fields: [(String, JSONValue)] = [("prefix", .string(l.prefix))]
            if let g = l.group { fields.append(("group", .uint(UInt64(g)))) }
            return .object([("log", .object(fields))])
        case .queue(let q):
            // libnftables' form of `queue num N bypass` (the native queue expression; Sluice's
            // kernel backend sends the NFQUEUE target, which nft lists the same way).
            var fields: [(String, JSONValue)] = [("num", .uint(UInt64(q.num)))]
            if q.bypass { fields.append(("flags", .string("bypass"))) }
            return .object([("queue", .object(fields))])
        case .verdict(let v):
            switch v {
            case .accept: return .object([("accept", .null)])
            case .drop: return .object([("drop", .null)])
            case .return: return .object([("return", .null)])
            case .jump(let c): return .object([("jump", .object([("target", .string(c))]))])
            case .goto(let c): return .object([("goto", .object([("target", .string(c))]))])
            }
        }
    }
}
