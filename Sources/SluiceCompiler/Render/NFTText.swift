import SluiceLanguage

/// nft syntax for the pieces of a ruleset: shared by the renderer, the diff and `explain`.
public enum NFTText {
    /// A double-quoted nft string; nft has no escape for `"`, so it becomes `'`.
    public static func quoted(_ text: String) -> String {
        "\"" + String(text.map { $0 == "\"" ? "'" : $0.isNewline ? " " : $0 }) + "\""
    }

    /// `tcp`, `udp`, `icmp`, `ipv6-icmp`, or the number.
    public static func l4proto(_ number: UInt8) -> String {
        switch number {
        case 6: "tcp"
        case 17: "udp"
        case 1: "icmp"
        case 58: "ipv6-icmp"
        default: String(number)
        }
    }

    /// `ipv4`, `ipv6`, or the number.
    public static func nfproto(_ number: UInt8) -> String {
        switch number {
        case 2: "ipv4"
        case 10: "ipv6"
        default: String(number)
        }
    }

    /// A duration in nft's notation, from milliseconds: `10s`, `1h`, `1d2h`, `500ms`.
    public static func duration(milliseconds: UInt64) -> String {
        var rest = milliseconds
        var out = ""
        for (unit, size) in [("d", UInt64(86_400_000)), ("h", 3_600_000), ("m", 60_000), ("s", 1000)] where rest >= size {
            out += "\(rest / size)\(unit)"
            rest %= size
        }
        if rest > 0 || out.isEmpty { out += "\(rest)ms" }
        return out
    }

    /// One element key as nft writes it.
    public static func key(_ key: ElementKey) -> String {
        switch key {
        case .address(let range): range.description
        case .ports(let ports):
            ports.lowerBound == ports.upperBound ? "\(ports.lowerBound)" : "\(ports.lowerBound)-\(ports.upperBound)"
        case .ifname(let name): quoted(name)
        case .l4proto(let p): l4proto(p)
        case .nfproto(let p): nfproto(p)
        case .uid(let uid): String(uid)
        }
    }

    /// One element with its runtime state (`10.20.0.5 timeout 1h expires 10m quota over ... used ...`).
    public static func element(_ element: SetElement, stateful: ElementStateful?) -> String {
        var out = key(element.key)
        if let t = element.timeout { out += " timeout \(duration(milliseconds: t))" }
        if let e = element.expires { out += " expires \(duration(milliseconds: e))" }
        if case .quotaOver(let bytes) = stateful {
            out += " quota over \(element.quotaLimit ?? bytes) bytes"
            if let used = element.quotaUsed, used > 0 { out += " used \(used) bytes" }
        }
        if case .counter = stateful, let c = element.counter {
            out += " counter packets \(c.packets) bytes \(c.bytes)"
        }
        if let comment = element.comment { out += " comment \(quoted(comment))" }
        return out
    }

    /// One statement as nft writes it.
    public static func statement(_ statement: Statement) -> String {
        switch statement {
        case .match(let m):
            if case .ctMarkBits(let bits) = m.value {
                return "\(m.key.rawValue) & \(hex(bits)) \(m.negated ? "!=" : "==") \(hex(bits))"
            }
            if case .present = m.value { return "\(m.key.rawValue) >= 0" }
            let op = m.negated ? "!= " : ""
            if m.key == .owner {
                return "ct label & \(ownerLabel) == \(ownerLabel) \(MatchKey.skuid.rawValue) \(op)\(value(m.value))"
            }
            return "\(m.key.rawValue) \(op)\(value(m.value))"
        case .counter(let name): return "counter name \(quoted(name))"
        case .quota(let name): return "quota name \(quoted(name))"
        case .update(let u): return "\(u.operation.rawValue) @\(u.set) { \((u.key == .owner ? .skuid : u.key).rawValue) }"
        case .setCtMarkBits(let bits): return "ct mark set ct mark | \(hex(bits))"
        case .recordOwner: return "ct label set \(ownerLabel)"
        case .limit(let l): return "limit rate \(l.rate.count)/\(l.rate.unit.rawValue) burst \(l.burst) packets"
        case .log(let l):
            return "log prefix \(quoted(l.prefix))" + (l.group.map { " group \($0)" } ?? "")
        case .queue(let q): return "queue num \(q.num)" + (q.bypass ? " bypass" : "")
        case .verdict(let v): return verdict(v)
        }
    }

    /// A match value: `@set`, `tcp`, `ipv4`, `"lo"`, `established,related`.
    public static func value(_ value: MatchValue) -> String {
        switch value {
        case .set(let name): "@\(name)"
        case .l4proto(let p): l4proto(p)
        case .nfproto(let p): nfproto(p)
        case .ifname(let name): quoted(name)
        case .ctState(let s): s.names.joined(separator: ",")
        case .ctDirection(let d): d.name
        case .ctMarkBits(let bits): "& \(hex(bits)) == \(hex(bits))"
        case .address(let a): a.description
        case .port(let p): String(p)
        case .present: ">= 0"
        }
    }

    /// The conntrack label that says a connection recorded its owner. nft 1.0.6 cannot write the
    /// rest of it (the uid, in labels 0-31, set from `meta skuid` and looked up in uid sets: a type
    /// mismatch to nft), so the text shows `ct owner @SET` as `ct label & 64 == 64 meta skuid @SET`
    /// and recording the owner as `ct label set 64`. Loaded with `nft -f`, those rules only mark
    /// connections, and the ownerless chains they stand in never match (their packets have no
    /// `meta skuid`); Sluice's own kernel backend loads the real ones (docs/language.md).
    public static let ownerLabel = 64

    /// `0x40000000`, as nft writes marks.
    public static func hex(_ value: UInt32) -> String { "0x" + String(value, radix: 16) }

    /// A verdict: `accept`, `drop`, `jump egress`, `goto x`, `return`.
    public static func verdict(_ verdict: RuleVerdict) -> String {
        switch verdict {
        case .accept: "accept"
        case .drop: "drop"
        case .jump(let c): "jump \(c)"
        case .goto(let c): "goto \(c)"
        case .return: "return"
        }
    }

    /// A whole rule on one line, its comment last, as nft lists it.
    public static func rule(_ rule: Rule) -> String {
        var out = rule.statements.map(statement).joined(separator: " ")
        if let comment = rule.comment { out += " comment \(quoted(comment))" }
        return out
    }

    /// `type filter hook forward priority filter; policy accept;`
    public static func hook(_ hook: ChainHook) -> String {
        let priority = hook.priority == 0 ? "filter"
            : hook.priority > 0 ? "filter + \(hook.priority)" : "filter - \(-Int64(hook.priority))"
        return "type filter hook \(hook.hook.rawValue) priority \(priority); policy \(hook.policy.rawValue);"
    }
}
